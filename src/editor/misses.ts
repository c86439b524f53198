/**
 * The unanswered-questions inbox. Collects citizens' messages the bot could not answer well — out of scope,
 * low confidence, a clarification the citizen abandoned, a thumbs-down on an answer — with personal data
 * masked before anything is stored, and groups similar messages (shared content words, without diacritics)
 * so editors see one line per topic with a count and the latest examples.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import type { TurnEvent } from '../conversation/engine';
import type { Collection } from '../store/ports';
import { fold } from '../understanding/vietnamese';
import { maskPersonalData } from './mask';

export const REASONS = ['out_of_scope', 'low_confidence', 'abandoned_clarification', 'thumbs_down'] as const;
export type Reason = (typeof REASONS)[number];

export const REASON_LABELS: Record<Reason, string> = {
  out_of_scope: 'Ngoài phạm vi',
  low_confidence: 'Độ tin cậy thấp',
  abandoned_clarification: 'Bỏ dở câu hỏi lại',
  thumbs_down: 'Người dân chê câu trả lời',
};

export interface MissExample { text: string; at: Date; reason: Reason; channel: string; procedure?: string | null }

export interface MissGroupDoc {
  _id: string;
  agencyId: string;
  status: 'open' | 'converted' | 'dismissed';
  terms: Record<string, number>;
  count: number;
  reasons: Partial<Record<Reason, number>>;
  /** Latest examples first (masked). */
  examples: MissExample[];
  /** Distinct masked texts, for turning the group into training phrases. */
  samples: string[];
  firstAt: Date;
  lastAt: Date;
  resolvedBy?: string;
  resolvedAt?: Date;
  resolution?: { action: 'train' | 'new_procedure' | 'dismiss'; procedure?: string; drafts?: string[] };
}

interface TurnTrackDoc {
  _id: string;
  agencyId: string;
  /** A clarification question the citizen has not answered yet. */
  pending?: { text: string; at: Date; channel: string };
  /** The last answer, for a thumbs-down. */
  lastAnswer?: { text: string; at: Date; channel: string; procedure: string | null };
  updatedAt: Date;
}

/** Below this, an answer counts as a low-confidence one. */
export const LOW_CONFIDENCE = 0.35;
/** A clarification not answered within this time was abandoned. */
export const ABANDON_AFTER_MS = 10 * 60_000;
const MAX_EXAMPLES = 5;
const MAX_SAMPLES = 40;

/** Words every question has ("cho hỏi", "thủ tục", "ở đâu", "bao nhiêu"…): they say nothing about the topic. */
const STOPWORDS = new Set(
  `cho hoi thu tuc lam sao the nao nhu nao o dau can giay to gi bao nhieu tien lau mat het duoc khong ko k kh a ah ak em anh chi minh toi tui
   muon xin dang ky dky dk co phai va la cua voi thi roi nha nhe nhen ad oi cac nhung mot nay do day kia ve tai tu den trong ngoai neu khi sau
   truoc da se bi vay nao ai may online truc tuyen nop ho so le phi thoi gian giai quyet dieu kien biet duoc j gium giup dum vui long xem
   hay thay nhi u uh ok ha hem hong hok cai con nguoi`.split(/\s+/).filter(Boolean),
);

/** Content words of a (masked) message, folded. */
export function contentTerms(text: string): string[] {
  const plain = fold(text.replace(/\[[^\]]*\]/g, ' ').normalize('NFC').toLowerCase());
  return [...new Set(plain.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w)))];
}

/** How much of a message's content a group already covers (0..1), and how many words it shares. */
export function similarity(terms: string[], group: Pick<MissGroupDoc, 'terms' | 'count'>): { score: number; shared: number } {
  if (!terms.length) return { score: 0, shared: 0 };
  const floor = group.count >= 5 ? Math.max(1, Math.floor(group.count * 0.2)) : 1; // ignore words a large group saw only once
  const shared = terms.filter((t) => (group.terms[t] ?? 0) >= floor).length;
  return { score: shared / terms.length, shared };
}

export function missReason(e: Pick<TurnEvent, 'kind' | 'parse'>): Reason | null {
  if (e.kind === 'intent' && e.parse.intent === 'out_of_scope') return 'out_of_scope';
  if (e.kind === 'ask_topic') return 'low_confidence';
  if (e.kind === 'answer' && e.parse.confidence < LOW_CONFIDENCE) return 'low_confidence';
  return null;
}

export class MissesService {
  readonly groups: Collection<MissGroupDoc>;
  private readonly turns: Collection<TurnTrackDoc>;
  /** Serialises grouping inside this process, so a burst of similar messages lands in one group. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: AppContext) {
    this.groups = ctx.store.collection<MissGroupDoc>('editor_miss_groups', [{ fields: { agencyId: 1, status: 1 } }]);
    this.turns = ctx.store.collection<TurnTrackDoc>('editor_turns', [{ fields: { agencyId: 1 } }]);
  }

  record(agencyId: string, text: string, reason: Reason, channel: string, procedure: string | null = null): Promise<void> {
    const run = this.chain.then(() => this.recordNow(agencyId, text, reason, channel, procedure));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async recordNow(agencyId: string, text: string, reason: Reason, channel: string, procedure: string | null): Promise<void> {
    const masked = maskPersonalData(text).replace(/\s+/g, ' ').trim().slice(0, 300);
    const terms = contentTerms(masked);
    if (!terms.length) return;
    const now = this.ctx.now();
    const example: MissExample = { text: masked, at: now, reason, channel, ...(procedure ? { procedure } : {}) };
    const open = await this.groups.find({ agencyId, status: 'open' }, { limit: 2000 });
    let best: MissGroupDoc | null = null;
    let bestScore = 0;
    for (const g of open) {
      const s = similarity(terms, g);
      if (s.shared >= Math.min(2, terms.length) && s.score >= 0.5 && s.score > bestScore) { best = g; bestScore = s.score; }
    }
    if (!best) {
      await this.groups.insert({
        _id: randomUUID(), agencyId, status: 'open', terms: Object.fromEntries(terms.map((t) => [t, 1])), count: 1, reasons: { [reason]: 1 },
        examples: [example], samples: [masked], firstAt: now, lastAt: now,
      });
      return;
    }
    const inc: Record<string, number> = { count: 1, [`reasons.${reason}`]: 1 };
    for (const t of terms) inc[`terms.${t}`] = 1;
    const samples = best.samples.some((s) => s.toLowerCase() === masked.toLowerCase()) ? best.samples : [...best.samples, masked].slice(-MAX_SAMPLES);
    await this.groups.updateOne({ _id: best._id }, { $inc: inc, $set: { examples: [example, ...best.examples].slice(0, MAX_EXAMPLES), samples, lastAt: now } });
  }

  /** Observer of every understood turn (engine.onTurn). */
  async onTurn(e: TurnEvent): Promise<void> {
    const _id = `${e.agencyId}:${e.conversationId}`;
    const now = this.ctx.now();
    const track = await this.turns.findOne({ _id });
    const set: Record<string, unknown> = { updatedAt: now };
    const unset: Record<string, ''> = {};
    if (track?.pending) {
      if (e.kind === 'answer') unset.pending = '';
      else if (e.kind !== 'clarify') {
        await this.record(e.agencyId, track.pending.text, 'abandoned_clarification', track.pending.channel);
        unset.pending = '';
      }
    }
    const reason = missReason(e);
    if (reason) await this.record(e.agencyId, e.text, reason, e.channel, e.parse.procedure);
    const masked = maskPersonalData(e.text).slice(0, 300);
    if (e.kind === 'clarify' && !track?.pending) set.pending = { text: masked, at: now, channel: e.channel };
    if (e.kind === 'answer') set.lastAnswer = { text: masked, at: now, channel: e.channel, procedure: e.parse.procedure };
    else if (track?.lastAnswer) unset.lastAnswer = '';
    await this.turns.updateOne(
      { _id },
      { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}), $setOnInsert: { agencyId: e.agencyId } },
      { upsert: true },
    );
  }

  /** A citizen's vote on the last answer of a conversation (web chat thumbs-down). */
  async feedback(agencyId: string, conversationId: string, vote: 'up' | 'down'): Promise<void> {
    if (vote !== 'down') return;
    const _id = `${agencyId}:${conversationId}`;
    const track = await this.turns.findOne({ _id });
    if (!track?.lastAnswer) return;
    await this.turns.updateOne({ _id }, { $unset: { lastAnswer: '' } });
    await this.record(agencyId, track.lastAnswer.text, 'thumbs_down', track.lastAnswer.channel, track.lastAnswer.procedure);
  }

  /** Clarifications nobody answered in time count as abandoned. */
  async sweep(): Promise<number> {
    const cutoff = new Date(this.ctx.now().getTime() - ABANDON_AFTER_MS);
    const stale = await this.turns.find({ agencyId: this.ctx.agencyId, 'pending.at': { $lt: cutoff } }, { limit: 500 });
    for (const t of stale) {
      const n = await this.turns.updateOne({ _id: t._id, 'pending.at': t.pending!.at }, { $unset: { pending: '' } });
      if (n) await this.record(t.agencyId, t.pending!.text, 'abandoned_clarification', t.pending!.channel);
    }
    return stale.length;
  }

  async list(status: MissGroupDoc['status'] = 'open'): Promise<MissGroupDoc[]> {
    const groups = await this.groups.find({ agencyId: this.ctx.agencyId, status }, { limit: 500 });
    return groups.sort((a, b) => b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime());
  }

  async get(id: string): Promise<MissGroupDoc | null> {
    return this.groups.findOne({ _id: id, agencyId: this.ctx.agencyId });
  }

  async resolve(id: string, by: string, resolution: NonNullable<MissGroupDoc['resolution']>): Promise<boolean> {
    const status = resolution.action === 'dismiss' ? 'dismissed' : 'converted';
    return (await this.groups.updateOne({ _id: id, agencyId: this.ctx.agencyId, status: 'open' }, { $set: { status, resolvedBy: by, resolvedAt: this.ctx.now(), resolution } })) > 0;
  }
}

/** A group's samples as training phrases: placeholders of masked data removed, duplicates dropped. */
export function phrasesFrom(samples: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of samples) {
    const p = s.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
    const k = fold(p.toLowerCase());
    if (p.length >= 3 && !seen.has(k)) { seen.add(k); out.push(p); }
  }
  return out;
}

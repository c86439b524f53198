/**
 * "Try it" and answer previews, through the same code the citizen's answer goes through: the conversation
 * engine's turn (understanding + dialog + replies) and the Zalo / Messenger renderers; the web chat shows the
 * message as POST /api/v1/chat returns it.
 */
import type { OutboundMessage } from '../channels/message';
import { renderMessenger, type MessengerMessage } from '../channels/messenger/render';
import type { ZaloChoiceStyle } from '../channels/config';
import { renderZalo, type ZaloPart } from '../channels/zalo/render';
import type { AppContext } from '../context';
import { ConversationEngine } from '../conversation/engine';
import { answerMessage } from '../conversation/replies';
import { MemoryStateRepository, newState } from '../conversation/state';
import type { Procedure } from '../knowledge/procedure';
import { ASPECTS, type Aspect } from '../understanding/types';

export interface ChannelPreview {
  web: { text: string; choices?: { title: string; payload: string }[]; links?: { title: string; url: string }[] }[];
  zalo: ZaloPart['message'][];
  messenger: MessengerMessage[];
}

export function previewMessages(messages: OutboundMessage[], zaloStyle: ZaloChoiceStyle = 'both'): ChannelPreview {
  return {
    web: messages.map((m) => ({
      text: m.text,
      ...(m.choices?.length ? { choices: m.choices.map((c) => ({ title: c.title, payload: c.payload })) } : {}),
      ...(m.links?.length ? { links: m.links.map((l) => ({ title: l.title, url: l.url })) } : {}),
    })),
    zalo: messages.flatMap((m) => renderZalo(m, zaloStyle).map((p) => p.message)),
    messenger: messages.flatMap((m) => renderMessenger(m)),
  };
}

export function previewProcedure(p: Procedure, aspect: Aspect): ChannelPreview {
  return previewMessages([answerMessage(p, aspect)]);
}

export function isAspect(x: unknown): x is Aspect {
  return typeof x === 'string' && (ASPECTS as readonly string[]).includes(x);
}

export interface TryResult {
  intent: string;
  procedure: string | null;
  procedureName: string | null;
  aspect: string | null;
  confidence: number;
  kind: string;
  candidates: { procedure: string; name: string; score: number }[];
  normalized: string;
  answer: ChannelPreview;
}

/** What the running bot would do with one message in a new conversation. */
export function tryIt(ctx: AppContext, text: string): TryResult {
  const kb = ctx.knowledge.get(ctx.agencyId);
  const engine = new ConversationEngine({ knowledge: () => kb, states: new MemoryStateRepository(), agency: () => ctx.profile });
  const result = engine.turn(newState(ctx.agencyId, 'editor-try'), text);
  const snap = kb.current();
  const analysis = snap.matcher.analyze(text);
  const name = (id: string | null) => (id ? snap.procedures.get(id)?.name ?? id : null);
  return {
    intent: result.parse.intent,
    procedure: result.parse.procedure,
    procedureName: name(result.parse.procedure),
    aspect: result.parse.aspect,
    confidence: result.parse.confidence,
    kind: result.kind,
    candidates: analysis.candidates.map((c) => ({ procedure: c.procedure, name: name(c.procedure) ?? c.procedure, score: Math.round(c.score * 1000) / 1000 })),
    normalized: analysis.normalized,
    answer: previewMessages(result.messages),
  };
}

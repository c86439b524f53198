/**
 * Keeps each agency's running knowledge in step with the store: builds the first snapshot at start,
 * then rebuilds only when the stored procedures changed (any instance may have published an edit).
 */
import type { Logger } from 'pino';
import type { Procedure } from './procedure';
import { buildSnapshotAsync, KnowledgeBase, type KnowledgeSource } from './kb';
import { hashProcedure, type ProcedureRepository } from './repository';

/** Training phrases and lexicon, with an optional fingerprint of their stored records. */
export type RestSource = Omit<KnowledgeSource, 'procedures'> & { fingerprint?: string };

export class KnowledgeService {
  private readonly bases = new Map<string, { kb: KnowledgeBase; fingerprint: string }>();
  private timer?: NodeJS.Timeout;
  private readonly running = new Map<string, Promise<boolean>>();

  constructor(
    private readonly repo: ProcedureRepository,
    /**
     * Training phrases and lexicon of an agency (the store, seeded from intents/ and data/lexicon/). A
     * `fingerprint` makes their changes trigger a rebuild too; without one only procedure changes do.
     */
    private readonly rest: (agencyId: string) => RestSource | Promise<RestSource>,
    private readonly logger: Logger,
  ) {}

  private fingerprint(procedures: Procedure[]): string {
    return procedures.map((p) => `${p.id}:${hashProcedure(p).slice(0, 12)}`).join(',');
  }

  /**
   * Load (or reload when changed) one agency's knowledge. Returns true when a new snapshot was swapped in.
   * Refreshes of one agency run one after the other, so a slow older build never replaces a newer one.
   */
  refresh(agencyId: string): Promise<boolean> {
    const run = (this.running.get(agencyId) ?? Promise.resolve(false)).catch(() => false).then(() => this.refreshNow(agencyId));
    this.running.set(agencyId, run);
    return run;
  }

  private async refreshNow(agencyId: string): Promise<boolean> {
    const procedures = await this.repo.list(agencyId);
    const { fingerprint: restPrint, ...rest } = await this.rest(agencyId);
    const fingerprint = restPrint === undefined ? this.fingerprint(procedures) : `${this.fingerprint(procedures)}|${restPrint}`;
    const current = this.bases.get(agencyId);
    if (current && current.fingerprint === fingerprint) return false;
    const snapshot = await buildSnapshotAsync({ ...rest, procedures });
    if (current) current.kb.replace(snapshot);
    this.bases.set(agencyId, { kb: current?.kb ?? new KnowledgeBase(snapshot), fingerprint });
    this.logger.info({ agencyId, procedures: procedures.length, buildMs: Math.round(snapshot.buildMs) }, 'knowledge loaded');
    // (a keyword or marker read as another word fires on that word: the editor should list the word as known)
    if (snapshot.matcher.misread.length) this.logger.warn({ agencyId, misread: snapshot.matcher.misread }, 'keywords or markers read as other words: add them to the known-words lexicon');
    return true;
  }

  get(agencyId: string): KnowledgeBase {
    const entry = this.bases.get(agencyId);
    if (!entry) throw new Error(`knowledge for agency "${agencyId}" is not loaded`);
    return entry.kb;
  }

  has(agencyId: string): boolean {
    return this.bases.has(agencyId) && this.get(agencyId).current().procedures.size > 0;
  }

  /** Poll the store so that an edit published on another instance reaches this one. */
  watch(agencyIds: string[], everyMs: number): void {
    if (!everyMs) return;
    this.timer = setInterval(() => {
      for (const id of agencyIds) this.refresh(id).catch((e) => this.logger.error({ err: e, agencyId: id }, 'knowledge refresh failed'));
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

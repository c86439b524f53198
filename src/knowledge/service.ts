/**
 * Keeps each agency's running knowledge in step with the store: builds the first snapshot at start,
 * then rebuilds only when the stored procedures changed (any instance may have published an edit).
 */
import type { Logger } from 'pino';
import type { Procedure } from './procedure';
import { buildSnapshot, KnowledgeBase, type KnowledgeSource } from './kb';
import { hashProcedure, type ProcedureRepository } from './repository';

export class KnowledgeService {
  private readonly bases = new Map<string, { kb: KnowledgeBase; fingerprint: string }>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repo: ProcedureRepository,
    /** Training phrases and lexicon (files today; the editor console will store them too). */
    private readonly rest: () => Omit<KnowledgeSource, 'procedures'>,
    private readonly logger: Logger,
  ) {}

  private fingerprint(procedures: Procedure[]): string {
    return procedures.map((p) => `${p.id}:${hashProcedure(p).slice(0, 12)}`).join(',');
  }

  /** Load (or reload when changed) one agency's knowledge. Returns true when a new snapshot was swapped in. */
  async refresh(agencyId: string): Promise<boolean> {
    const procedures = await this.repo.list(agencyId);
    const fingerprint = this.fingerprint(procedures);
    const current = this.bases.get(agencyId);
    if (current && current.fingerprint === fingerprint) return false;
    const snapshot = buildSnapshot({ ...this.rest(), procedures });
    if (current) current.kb.replace(snapshot);
    this.bases.set(agencyId, { kb: current?.kb ?? new KnowledgeBase(snapshot), fingerprint });
    this.logger.info({ agencyId, procedures: procedures.length, buildMs: Math.round(snapshot.buildMs) }, 'knowledge loaded');
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

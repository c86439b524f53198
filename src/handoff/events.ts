/**
 * Live updates for the consoles without in-process state shared between instances: every change is appended
 * to `handoff_events` in the store, and each instance polls it (one query per `pollMs` while at least one
 * console is connected to that instance) and fans the new events out to its own SSE streams. A reply typed on
 * instance A therefore reaches a console connected to instance B within about one poll interval, with MongoDB
 * as with any other shared store.
 *
 * Events are read with a look-back window and de-duplicated by id, so an event written by another instance
 * whose clock is slightly behind, or whose insert became visible late, is not missed.
 */
import type { Logger } from 'pino';
import type { EventDoc } from './model';
import type { HandoffRepo } from './repo';

export type EventListener = (ev: EventDoc) => void;

interface Subscriber {
  agencyId: string;
  fn: EventListener;
}

export class EventFeed {
  private readonly subs = new Set<Subscriber>();
  private timer?: NodeJS.Timeout;
  private cursor = 0;
  private readonly seen = new Map<string, number>();
  private polling?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly repo: HandoffRepo,
    private readonly now: () => Date,
    private readonly pollMs: number,
    private readonly logger: Logger,
    private readonly lookbackMs = 5_000,
  ) {}

  /** Starts receiving events from now on; returns the unsubscribe function. */
  subscribe(agencyId: string, fn: EventListener): () => void {
    const sub = { agencyId, fn };
    if (this.subs.size === 0) {
      this.cursor = this.now().getTime();
      this.seen.clear();
    }
    this.subs.add(sub);
    this.schedule();
    return () => {
      this.subs.delete(sub);
      if (this.subs.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  }

  get listeners(): number {
    return this.subs.size;
  }

  private schedule(): void {
    if (this.timer || this.stopped || this.subs.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.polling = this.poll()
        .then(() => undefined)
        .catch((err) => this.logger.warn({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'handoff event poll failed'))
        .finally(() => {
          this.polling = undefined;
          this.schedule();
        });
    }, this.pollMs);
    this.timer.unref?.();
  }

  /** One poll (exposed for tests). */
  async poll(): Promise<number> {
    const started = this.now().getTime();
    const events = await this.repo.events.find({ at: { $gte: new Date(this.cursor - this.lookbackMs) } }, { sort: { at: 1 }, limit: 1000 });
    let delivered = 0;
    for (const ev of events) {
      if (this.seen.has(ev._id)) continue;
      this.seen.set(ev._id, ev.at.getTime());
      for (const s of this.subs) {
        if (s.agencyId !== ev.agencyId) continue;
        try {
          s.fn(ev);
          delivered++;
        } catch {
          /* a broken stream never stops the others */
        }
      }
    }
    this.cursor = Math.max(this.cursor, started);
    const horizon = this.cursor - 2 * this.lookbackMs;
    for (const [id, at] of this.seen) if (at < horizon) this.seen.delete(id);
    return delivered;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.subs.clear();
    await this.polling;
  }
}

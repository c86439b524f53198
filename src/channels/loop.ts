/** Polling loop and a tiny mutex, so `drain()` and the background loop never run the same tick twice at once. */
import type { ChannelLogger } from './types';

export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class PollingLoop {
  private running = false;
  private done: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly name: string,
    private readonly tick: () => Promise<number>,
    private readonly intervalMs: number,
    private readonly logger: ChannelLogger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.done;
    this.done = null;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let worked = 0;
      try {
        worked = await this.tick();
      } catch (err) {
        this.logger.error({ loop: this.name, err: errorSummary(err) }, 'channel loop tick failed');
      }
      if (!this.running) break;
      if (worked === 0) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, this.intervalMs);
          this.wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }
}

/** Error → loggable summary without request configs (which may carry tokens). */
export function errorSummary(err: unknown): { name: string; message: string } {
  // an error message may quote input: long digit runs (phone, ID numbers) never reach the log
  const safe = (m: string) => m.slice(0, 200).replace(/\d{6,}/g, '***');
  if (err instanceof Error) return { name: err.name, message: safe(err.message) };
  return { name: 'unknown', message: safe(String(err)) };
}

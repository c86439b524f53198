/**
 * Editor room wiring: editor console (pages /editor, JSON /editor/api), review and versions, the scheduler
 * that publishes due versions, and the unanswered-questions inbox fed by the engine's turn observer and the
 * web chat's thumbs-down.
 */
import express from 'express';
import type { AppContext, RoomWiring } from '../context';
import type { TurnEvent } from '../conversation/engine';
import { TrainingRepository } from '../knowledge/training';
import { ContentService } from './content';
import { MissesService } from './misses';
import { editorPublicDir, editorRouter, pageRouter } from './routes';

export interface EditorWiring extends RoomWiring {
  /** Observes understood turns (the unanswered-questions inbox). */
  onTurn?: (event: TurnEvent) => void | Promise<void>;
  /** A citizen's vote on the last answer (web chat thumbs-down). */
  feedback?: (agencyId: string, conversationId: string, vote: 'up' | 'down') => Promise<void>;
  /** Publishes due scheduled versions and sweeps abandoned clarifications (also runs on a timer and on every editor request). */
  tick?: () => Promise<void>;
}

export interface EditorOptions {
  /** How often the scheduler checks for due versions (default 30 s; 0 = only on editor requests). */
  scheduleMs?: number;
}

export function wireEditor(ctx: AppContext, options: EditorOptions = {}): EditorWiring {
  const training = ctx.training ?? new TrainingRepository(ctx.store);
  const content = new ContentService(ctx, training);
  const misses = new MissesService(ctx);
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;

  /** One tick at a time in this process; several instances may tick together (claims are atomic). */
  const tick = (): Promise<void> => {
    ticking ??= (async () => {
      try {
        await content.recoverStuck();
        await content.publishDue();
        await misses.sweep();
      } finally {
        ticking = null;
      }
    })();
    return ticking;
  };

  return {
    tick,
    onTurn: (e) => misses.onTurn(e),
    feedback: (agencyId, conversationId, vote) => misses.feedback(agencyId, conversationId, vote),
    mount(app) {
      app.use('/editor/assets', express.static(editorPublicDir(), { index: false, dotfiles: 'ignore', redirect: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
      app.use(pageRouter(ctx));
      app.use('/editor/api', editorRouter({ ctx, content, misses, training, tick }));
    },
    async start() {
      await tick().catch((e) => ctx.logger.error({ err: e }, 'editor scheduler tick failed'));
      const every = options.scheduleMs ?? 30_000;
      if (every > 0) {
        timer = setInterval(() => void tick().catch((e) => ctx.logger.error({ err: e }, 'editor scheduler tick failed')), every);
        timer.unref();
      }
    },
    async stop() {
      if (timer) clearInterval(timer);
      await ticking?.catch(() => undefined);
    },
  };
}

/**
 * Handoff room wiring (complaints, queue, staff console, status lookup).
 *
 * Configuration (environment; see README "Complaints and the staff console"):
 *   HANDOFF_HOLDING_MINUTES  10     holding message when nobody took a queued conversation (office hours)
 *   HANDOFF_CHECK_SECONDS    30     how often the holding check runs
 *   HANDOFF_EVENTS_POLL_MS   1000   how often each instance polls the store for console live updates
 *   HANDOFF_WINDOW_WARN_HOURS 2     console warning before a Messenger/Zalo messaging window closes
 *   OFFICE_HOURS             "Mon-Fri 07:30-11:30,13:30-17:00" ("always" for 24/7)
 *   OFFICE_TIMEZONE          Asia/Ho_Chi_Minh
 */
import type { Response } from 'express';
import { loadChannelConfig } from '../channels/config';
import type { AppContext, DeliveryPort, RoomWiring } from '../context';
import type { HandoffHooks, TurnEvent } from '../conversation/engine';
import { EventFeed } from './events';
import { maskText } from './mask';
import { parseOfficeHours } from './office-hours';
import { HandoffRepo } from './repo';
import { mountHandoffRoutes, pushedMessages } from './routes';
import { HandoffService, type HandoffOptions } from './service';
import { StoreStatusLookup } from './status';
import { UploadStore } from './uploads';
import type { WebAppDeps } from '../web/app';

export interface HandoffWiring extends RoomWiring {
  /** Hooks the conversation engine calls (human takeover, complaint intake, status lookup, transcript). */
  hooks?: HandoffHooks;
  /** Masks personal data in a turn before it leaves for analytics or editor views. */
  maskTurn?: (event: TurnEvent) => TurnEvent;
  service?: HandoffService;
  /** Reads what was pushed to a web chat conversation (the chat page polls it through the web app). */
  pushed?: WebAppDeps['pushed'];
  /** Keeps a file sent from the web chat (shown to staff in the console). */
  upload?: WebAppDeps['upload'];
}

const num = (v: string | undefined, fallback: number): number => {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

export function handoffOptions(env: NodeJS.ProcessEnv): HandoffOptions {
  const channels = loadChannelConfig(env);
  return {
    holdingMs: num(env.HANDOFF_HOLDING_MINUTES, 10) * 60_000,
    checkIntervalMs: Math.max(50, num(env.HANDOFF_CHECK_SECONDS, 30) * 1000),
    eventsPollMs: Math.max(50, num(env.HANDOFF_EVENTS_POLL_MS, 1000)),
    officeHours: parseOfficeHours(env.OFFICE_HOURS, env.OFFICE_TIMEZONE),
    windows: channels.windows,
    messengerHumanAgent: channels.messengerHumanAgent,
    windowWarnMs: num(env.HANDOFF_WINDOW_WARN_HOURS, 2) * 3_600_000,
    intakeMaxMs: 2 * 3_600_000,
  };
}

/** Complaint texts are personal narratives: analytics and editors get the intent, not the words. */
export function maskTurn(event: TurnEvent): TurnEvent {
  if (event.parse.intent === 'complaint') return { ...event, text: '[phản ánh — nội dung chỉ cán bộ xem]', parse: { ...event.parse, reply: '' } };
  return { ...event, text: maskText(event.text) };
}

export function wireHandoff(ctx: AppContext, delivery: DeliveryPort): HandoffWiring {
  const options = handoffOptions(ctx.env ?? process.env);
  const repo = new HandoffRepo(ctx.store, ctx.now);
  const status = new StoreStatusLookup(ctx.store, ctx.now);
  const service = new HandoffService(repo, { delivery, accounts: ctx.accounts, status, agency: () => ctx.profile, logger: ctx.logger, now: ctx.now }, options);
  const feed = new EventFeed(repo, ctx.now, options.eventsPollMs, ctx.logger);
  const uploads = new UploadStore(ctx.store, ctx.now);
  const streams = new Set<Response>();
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<unknown> | undefined;

  return {
    hooks: service.hooks,
    maskTurn,
    service,
    pushed: (agencyId, conversationId, after) => pushedMessages(repo, agencyId, conversationId, after),
    upload: (agencyId, conversationId, bytes, name) => uploads.save(agencyId, conversationId, bytes, name),
    mount(app) {
      mountHandoffRoutes(app, { service, feed, accounts: ctx.accounts, status, uploads, agencyId: ctx.agencyId, logger: ctx.logger, streams });
    },
    start() {
      const tick = () => {
        checking ??= service.checkHolding()
          .catch((err) => ctx.logger.warn({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'holding check failed'))
          .finally(() => (checking = undefined));
      };
      timer = setInterval(tick, options.checkIntervalMs);
      timer.unref?.();
    },
    async stop() {
      if (timer) clearInterval(timer);
      for (const res of streams) res.end();
      streams.clear();
      await feed.stop();
      await checking;
    },
  };
}

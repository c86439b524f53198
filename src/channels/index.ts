/**
 * Channels entry point for the composition root: Zalo OA + Facebook Messenger webhooks, the inbox worker
 * and the outbox dispatcher, all on the generic Store.
 *
 *   const channels = createChannels({ store, handler, config: loadChannelConfig(process.env), logger });
 *   app.use(channels.router);   // BEFORE app.use(express.json()): the webhooks verify signatures on raw bytes
 *   app.use(express.json());
 *   channels.start();           // on shutdown: await channels.stop()
 *
 * Routes: GET/POST /webhooks/messenger, POST /webhooks/zalo.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { Router } from 'express';
import type { ConversationHandler } from '../conversation/port';
import type { Store } from '../store/ports';
import { AccountRegistry } from './accounts';
import type { ChannelConfig } from './config';
import { Conversations } from './conversations';
import { OutboxDispatcher } from './dispatcher';
import { createHttp } from './http';
import { Inbox } from './inbox';
import { Mutex, PollingLoop, sleep } from './loop';
import type { OutboundMessage } from './message';
import { GraphClient } from './messenger/graph-client';
import { MessengerSender } from './messenger/sender';
import { messengerWebhook } from './messenger/webhook';
import { Outbox, type OutboxDoc } from './outbox';
import { pad, type ChannelLogger, type ChannelSender, type Clock, type PlatformChannel } from './types';
import { InboxWorker } from './worker';
import { ZaloApi } from './zalo/client';
import { ZaloSender } from './zalo/sender';
import { ZaloTokens } from './zalo/tokens';
import { zaloWebhook } from './zalo/webhook';

export { loadChannelConfig, defaultChannelConfig, type ChannelConfig } from './config';
export { AccountRegistry, loadAgencyAccounts, type AgencyAccounts } from './accounts';

export interface ChannelsDeps {
  store: Store;
  handler: ConversationHandler;
  config: ChannelConfig;
  logger: ChannelLogger;
  /** Injectable clock (tests); defaults to Date.now. */
  clock?: Clock;
  /** Lease owner id of this instance; defaults to host:pid:random. */
  instanceId?: string;
}

export interface DeliveryStatus {
  state: OutboxDoc['state'];
  reason?: string;
  attempts: number;
  platformMessageIds: string[];
}

export interface Channels {
  /** Mount at the app root BEFORE any global express.json(); it parses its own raw bodies. */
  router: Router;
  /** Start the background inbox worker and outbox dispatcher (also picks up work left by a crash). */
  start(): void;
  /** Stop both loops, waiting for the current tick to finish. */
  stop(): Promise<void>;
  /** Process inbox and outbox until nothing is left (scheduled retries included). For tests and scripts. */
  drain(options?: { timeoutMs?: number }): Promise<void>;
  /**
   * Queue messages (e.g. a staff reply from MotCua's console: author {kind:'staff'}) to a conversation the
   * citizen has already opened. `idempotencyKey` makes repeated calls safe. Returns outbox ids.
   */
  enqueue(conversationId: string, messages: OutboundMessage[], options: { idempotencyKey: string }): Promise<string[]>;
  /** Outcome of a queued message (e.g. reason 'outside_window' to show staff). */
  deliveryStatus(outboxId: string): Promise<DeliveryStatus | null>;
  accounts: AccountRegistry;
}

export function createChannels(deps: ChannelsDeps): Channels {
  const { store, handler, config, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const owner = deps.instanceId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
  const accounts = new AccountRegistry(config.agencies);
  const inbox = new Inbox(store);
  const outbox = new Outbox(store);
  const conversations = new Conversations(store);
  const http = createHttp(config.httpTimeoutMs);

  const zaloApi = new ZaloApi(http);
  const tokens = new ZaloTokens(
    store,
    zaloApi,
    { clock, owner, refreshAheadMs: config.zaloTokenRefreshAheadMs, leaseMs: Math.max(30_000, 3 * config.httpTimeoutMs), waitMs: 3 * config.httpTimeoutMs },
    logger,
  );
  const senders = new Map<PlatformChannel, ChannelSender>([
    ['messenger', new MessengerSender(accounts, new GraphClient(http), logger)],
    ['zalo', new ZaloSender(accounts, zaloApi, tokens, config.zaloChoiceStyle, logger)],
  ]);

  const worker = new InboxWorker({ inbox, outbox, conversations, handler, senders, config, clock, logger, owner });
  const dispatcher = new OutboxDispatcher({ outbox, conversations, senders, config, clock, logger, owner });
  const workerLock = new Mutex();
  const dispatchLock = new Mutex();
  const workerTick = () => workerLock.run(() => worker.tick());
  const dispatchTick = () => dispatchLock.run(() => dispatcher.tick());
  const loops = [
    new PollingLoop('inbox', workerTick, config.pollIntervalMs, logger),
    new PollingLoop('outbox', dispatchTick, config.pollIntervalMs, logger),
  ];

  const router = Router();
  router.use('/webhooks/messenger', messengerWebhook({ accounts, inbox, logger, clock, getStartedPayload: config.getStartedPayload }));
  router.use('/webhooks/zalo', zaloWebhook({ accounts, inbox, logger, clock }));

  return {
    router,
    accounts,
    start() {
      for (const l of loops) l.start();
    },
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
    },
    async drain({ timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const worked = (await workerTick()) + (await dispatchTick());
        if (worked > 0) continue;
        const wakes = [await inbox.nextWakeAt(), await outbox.nextWakeAt()].filter((w): w is number => w !== null);
        // done when nothing is due before the deadline (a reply held for a new token waits minutes)
        if (wakes.length === 0 || Math.min(...wakes) - clock() > deadline - Date.now()) return;
        if (Date.now() > deadline) throw new Error('channels.drain: timed out with work still pending');
        await sleep(Math.min(50, Math.max(5, Math.min(...wakes) - clock())));
      }
    },
    async enqueue(conversationId, messages, { idempotencyKey }) {
      const conv = await conversations.get(conversationId);
      if (!conv) throw new Error('unknown conversation');
      const now = clock();
      const target = { agencyId: conv.agencyId, channel: conv.channel, accountId: conv.accountId, userId: conv.userId, conversationId };
      return outbox.enqueue(target, messages, `api:${conversationId}:${idempotencyKey}`, `${pad(now, 15)}:${pad(now, 15)}:9999`, now);
    },
    async deliveryStatus(outboxId) {
      const d = await outbox.col.findOne({ _id: outboxId });
      return d ? { state: d.state, reason: d.reason, attempts: d.attempts, platformMessageIds: d.platformMessageIds } : null;
    },
  };
}

/**
 * Composition root: reads configuration, picks the store, seeds and loads the knowledge base, wires the
 * rooms (conversation, channels, handoff, editor, web). Nothing else in src/ knows how the parts are chosen.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { AccountService } from './accounts/users';
import { createChannels, loadChannelConfig, type Channels } from './channels';
import type { AppConfig } from './config';
import type { AppContext, DeliveryPort } from './context';
import { AgencyProfileSchema } from './conversation/agency';
import { loadAgencyProfile } from './conversation/agency-file';
import { ConversationEngine } from './conversation/engine';
import { StoreStateRepository } from './conversation/store-state';
import { wireEditor } from './editor/wire';
import { wireHandoff } from './handoff/wire';
import { ProcedureRepository } from './knowledge/repository';
import { seedKnowledge } from './knowledge/seed';
import { KnowledgeService } from './knowledge/service';
import { TrainingRepository } from './knowledge/training';
import { defaultPaths, type Paths } from './knowledge/source';
import { createStore, type Store } from './store';
import { authRouter, bootstrapAdmin } from './web/auth';
import { createWebApp } from './web/app';
import express from 'express';

export interface RunningApp {
  server: Server;
  store: Store;
  knowledge: KnowledgeService;
  channels: Channels;
  engine: ConversationEngine;
  context: AppContext;
  logger: Logger;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  paths?: Paths;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const paths = options.paths ?? defaultPaths();
  const agencyId = config.AGENCY_ID;
  const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: config.DATA_DIR });
  logger.info({ store: store.kind }, 'store opened');

  // knowledge base, training phrases and lexicons: seeded from the files (idempotent; editors' edits are kept)
  const seeded = await seedKnowledge(store, agencyId, paths);
  for (const e of seeded.errors) logger.warn({ file: e.file, error: e.message }, 'knowledge file rejected');
  logger.info({ inserted: seeded.procedures.inserted.length, updated: seeded.procedures.updated.length, unchanged: seeded.procedures.unchanged.length }, 'knowledge base seeded');
  const kept = [...seeded.procedures.keptStoreEdits, ...seeded.intents.keptStoreEdits, ...seeded.lexicons.keptStoreEdits];
  if (kept.length) logger.warn({ kept }, 'files changed but the store holds editors\' edits: kept the store copy');
  const procedures = new ProcedureRepository(store);
  const training = new TrainingRepository(store);
  const knowledge = new KnowledgeService(procedures, (id) => training.load(id), logger);
  await knowledge.refresh(agencyId);

  const accounts = new AccountService(store, options.now);
  const admin = await bootstrapAdmin(accounts, agencyId, env);
  if (admin) logger.info({ username: admin }, 'first admin account created');

  const profile = loadAgencyProfile(paths.dataDir, agencyId) ?? AgencyProfileSchema.parse({ id: agencyId });
  const states = new StoreStateRepository(store);
  const context: AppContext = { config, logger, store, accounts, knowledge, procedures, states, profile, paths, agencyId, training, env, now: options.now ?? (() => new Date()) };

  // channels need the engine and the handoff room needs the channels: break the cycle with a late-bound handler
  let engineRef: ConversationEngine | undefined;
  const channels = createChannels({
    store,
    handler: { handle: (msg) => engineRef!.handle(msg) },
    config: loadChannelConfig(env),
    logger,
  });
  // the web chat reads its messages from the conversation transcript (kept by the handoff room), so only
  // platform channels need a send here
  const delivery: DeliveryPort = {
    async deliver(_agency, conversationId, channel, messages, author) {
      if (channel !== 'zalo' && channel !== 'messenger') return;
      await channels.enqueue(conversationId, messages.map((m) => ({ ...m, author })), { idempotencyKey: `${conversationId}:${randomUUID()}` });
    },
  };
  const handoff = wireHandoff(context, delivery);
  const editor = wireEditor(context, { scheduleMs: env.EDITOR_SCHEDULE_MS ? Number(env.EDITOR_SCHEDULE_MS) : undefined });
  const engine = new ConversationEngine({
    knowledge: (id) => knowledge.get(knowledge.has(id) ? id : agencyId),
    states,
    agency: () => profile,
    // personal data is masked before a turn reaches the editors (complaint texts are withheld)
    onTurn: editor.onTurn && ((e) => editor.onTurn!(handoff.maskTurn ? handoff.maskTurn(e) : e)),
    handoff: handoff.hooks,
  });
  engineRef = engine;
  knowledge.watch([agencyId], config.KB_REFRESH_MS);

  // Secure cookies need HTTPS: on by default in production, COOKIE_SECURE=false for a plain-HTTP local stack
  const secureCookies = env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.NODE_ENV === 'production';
  const app = createWebApp({
    engine,
    states,
    logger,
    agencyId,
    feedback: editor.feedback,
    pushed: handoff.pushed,
    upload: handoff.upload,
    ready: async () => {
      const storeOk = await store.ping().catch(() => false);
      const kbOk = knowledge.has(agencyId);
      return { ok: storeOk && kbOk, checks: { store: storeOk, knowledge: kbOk } };
    },
    mount: (web) => {
      web.use(channels.router); // webhooks verify signatures on the raw body: before any JSON parser
      web.use('/console/api', express.json({ limit: '256kb' }), authRouter(accounts, agencyId, secureCookies));
      handoff.mount?.(web);
      editor.mount?.(web);
    },
  });

  channels.start();
  await handoff.start?.();
  await editor.start?.();

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  logger.info({ url }, 'MotCua is listening');

  return {
    server, store, knowledge, channels, engine, context, logger, url,
    async stop() {
      knowledge.stop();
      await handoff.stop?.(); // ends the consoles' live-update streams, which would keep server.close waiting
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await editor.stop?.();
      await channels.stop();
      await store.close();
    },
  };
}

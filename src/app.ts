/**
 * Composition root: reads configuration, picks the store, seeds and loads the knowledge base, wires the
 * conversation engine, the channels and the web app. Nothing else in src/ knows how the parts are chosen.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { AppConfig } from './config';
import { AgencyProfileSchema, type AgencyProfile } from './conversation/agency';
import { ConversationEngine } from './conversation/engine';
import { StoreStateRepository } from './conversation/store-state';
import { loadAgencyProfile } from './conversation/agency-file';
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles } from './knowledge/files';
import { ProcedureRepository } from './knowledge/repository';
import { KnowledgeService } from './knowledge/service';
import { defaultPaths, type Paths } from './knowledge/source';
import { createStore, type Store } from './store';
import { createWebApp } from './web/app';

export interface RunningApp {
  server: Server;
  store: Store;
  knowledge: KnowledgeService;
  logger: Logger;
  url: string;
  stop(): Promise<void>;
}

export async function startApp(config: AppConfig, options: { paths?: Paths; logger?: Logger } = {}): Promise<RunningApp> {
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const paths = options.paths ?? defaultPaths();
  const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: config.DATA_DIR });
  logger.info({ store: store.kind }, 'store opened');

  // seed the knowledge base from data/ (idempotent; never clobbers edits made in the store)
  const files = loadProcedureFiles(join(paths.dataDir, 'procedures'));
  for (const e of files.errors) logger.warn({ file: e.file, error: e.message }, 'procedure file rejected');
  const procedures = new ProcedureRepository(store);
  const report = await procedures.seed(config.AGENCY_ID, files.procedures);
  logger.info({ inserted: report.inserted.length, updated: report.updated.length, unchanged: report.unchanged.length }, 'knowledge base seeded');
  if (report.keptStoreEdits.length) logger.warn({ procedures: report.keptStoreEdits }, 'files changed but the store holds editors\' edits: kept the store copy');

  const rest = () => ({ intents: loadIntentFiles(paths.intentsDir).intents, lexicon: loadLexiconFiles(join(paths.dataDir, 'lexicon')).lexicon });
  const knowledge = new KnowledgeService(procedures, rest, logger);
  await knowledge.refresh(config.AGENCY_ID);
  knowledge.watch([config.AGENCY_ID], config.KB_REFRESH_MS);

  const profile: AgencyProfile = loadAgencyProfile(paths.dataDir, config.AGENCY_ID) ?? AgencyProfileSchema.parse({ id: config.AGENCY_ID });
  const states = new StoreStateRepository(store);
  const engine = new ConversationEngine({ knowledge: (id) => knowledge.get(knowledge.has(id) ? id : config.AGENCY_ID), states, agency: () => profile });

  const app = createWebApp({
    engine,
    states,
    logger,
    agencyId: config.AGENCY_ID,
    ready: async () => {
      const storeOk = await store.ping().catch(() => false);
      const kbOk = knowledge.has(config.AGENCY_ID);
      return { ok: storeOk && kbOk, checks: { store: storeOk, knowledge: kbOk } };
    },
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  logger.info({ url }, 'MotCua is listening');

  return {
    server, store, knowledge, logger, url,
    async stop() {
      knowledge.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/**
 * Store factory: MongoDB when a URI is configured (several app instances may share it), otherwise the
 * embedded single-process file store under `dataDir`.
 */
import type { Store } from './ports';
import { openEmbeddedStore } from './embedded';
import { createMongoStore } from './mongo';

export * from './ports';
export { EmbeddedStore, openEmbeddedStore, type EmbeddedStoreOptions } from './embedded';
export { MongoStore, createMongoStore, type MongoStoreOptions } from './mongo';

export interface StoreConfig {
  mongodbUri?: string;
  dataDir: string;
  /** Mongo only: how long to wait for a usable server (default 5000 ms). */
  serverSelectionTimeoutMS?: number;
  /** Embedded only: datafile compaction period (default 10 min, 0 disables). */
  autocompactionIntervalMs?: number;
}

export async function createStore(config: StoreConfig): Promise<Store> {
  if (config.mongodbUri) return createMongoStore(config.mongodbUri, { serverSelectionTimeoutMS: config.serverSelectionTimeoutMS });
  return openEmbeddedStore(config.dataDir, { autocompactionIntervalMs: config.autocompactionIntervalMs });
}

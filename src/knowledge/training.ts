/**
 * Training phrases (one record per `intents/<key>.yaml`) and normalisation lexicons (one record per
 * `data/lexicon/<name>.yaml`) in the store, per agency, so that editors' changes reach every instance through
 * the same polling as procedures. Seeding follows the procedure rules: new files are inserted, unedited
 * records follow the files, records edited in the store are kept.
 *
 * Lexicon pairs are stored as a list (keys such as "ct 07" or ones with dots are not safe as document keys).
 */
import type { Collection, Store } from '../store/ports';
import type { IntentData } from '../understanding/matcher';
import type { Lexicon } from '../understanding/normalize';
import type { IntentFile, LexiconFile } from './files';
import { dataHashes, hashData, markSeeded, seedRecords, type SeedReport } from './repository';

export type LexiconEntry = { from: string; to: string };

interface SeededDoc<T> {
  _id: string;
  agencyId: string;
  key: string;
  data: T;
  seededHash: string | null;
  dataHash: string;
  updatedAt: Date;
  updatedBy: string;
}

export type IntentDoc = SeededDoc<IntentData>;
export type LexiconDoc = SeededDoc<LexiconEntry[]>;

export type TrainingSeedReport = SeedReport;

export { hashData };

/** What the matcher needs besides the procedures, with a fingerprint of the stored records. */
export interface TrainingSource {
  intents: IntentData[];
  lexicon: Lexicon;
  fingerprint: string;
}

/** Drops undefined fields so that a stored copy hashes like the one read back. */
function cleanIntent(d: IntentData): IntentData {
  return JSON.parse(JSON.stringify(d)) as IntentData;
}

export class TrainingRepository {
  private readonly intents: Collection<IntentDoc>;
  private readonly lexicons: Collection<LexiconDoc>;
  constructor(store: Store) {
    this.intents = store.collection<IntentDoc>('intents', [{ fields: { agencyId: 1, key: 1 }, unique: true }]);
    this.lexicons = store.collection<LexiconDoc>('lexicons', [{ fields: { agencyId: 1, key: 1 }, unique: true }]);
  }

  async seed(agencyId: string, intents: IntentFile[], lexicons: LexiconFile[]): Promise<{ intents: TrainingSeedReport; lexicons: TrainingSeedReport }> {
    return {
      intents: await seedRecords(this.intents, agencyId, intents.map((f) => ({ key: f.key, data: cleanIntent(f.data) })), 'key'),
      lexicons: await seedRecords(this.lexicons, agencyId, lexicons.map((f) => ({ key: f.name, data: f.entries })), 'key'),
    };
  }

  /** Current data hashes of the intent and lexicon records (see ProcedureRepository.hashes). */
  async hashes(agencyId: string): Promise<{ intents: Map<string, string>; lexicons: Map<string, string> }> {
    return { intents: await dataHashes(this.intents, agencyId), lexicons: await dataHashes(this.lexicons, agencyId) };
  }

  /** The files now hold these records as they were: later file changes apply to them again (see `markSeeded`). */
  async markSeeded(hashes: { intents: Map<string, string>; lexicons: Map<string, string> }): Promise<void> {
    await markSeeded(this.intents, hashes.intents);
    await markSeeded(this.lexicons, hashes.lexicons);
  }

  async listIntents(agencyId: string): Promise<IntentFile[]> {
    return (await this.intents.find({ agencyId }, { sort: { key: 1 } })).map((d) => ({ key: d.key, data: d.data }));
  }

  async getIntent(agencyId: string, key: string): Promise<IntentData | null> {
    return (await this.intents.findOne({ _id: `${agencyId}:${key}` }))?.data ?? null;
  }

  async saveIntent(agencyId: string, key: string, data: IntentData, by: string): Promise<void> {
    const clean = cleanIntent(data);
    await this.intents.updateOne(
      { _id: `${agencyId}:${key}` },
      { $set: { data: clean, dataHash: hashData(clean), updatedAt: new Date(), updatedBy: by }, $setOnInsert: { agencyId, key, seededHash: null } },
      { upsert: true },
    );
  }

  async listLexicons(agencyId: string): Promise<LexiconFile[]> {
    return (await this.lexicons.find({ agencyId }, { sort: { key: 1 } })).map((d) => ({ name: d.key, entries: d.data }));
  }

  async getLexicon(agencyId: string, name: string): Promise<LexiconEntry[] | null> {
    return (await this.lexicons.findOne({ _id: `${agencyId}:${name}` }))?.data ?? null;
  }

  async saveLexicon(agencyId: string, name: string, entries: LexiconEntry[], by: string): Promise<void> {
    const data = entries.map((e) => ({ from: String(e.from), to: String(e.to) }));
    await this.lexicons.updateOne(
      { _id: `${agencyId}:${name}` },
      { $set: { data, dataHash: hashData(data), updatedAt: new Date(), updatedBy: by }, $setOnInsert: { agencyId, key: name, seededHash: null } },
      { upsert: true },
    );
  }

  /** Everything the matcher needs besides procedures; lexicon files merge in name order (as the files do). */
  async load(agencyId: string): Promise<TrainingSource> {
    const [intents, lexicons] = await Promise.all([
      this.intents.find({ agencyId }, { sort: { key: 1 } }),
      this.lexicons.find({ agencyId }, { sort: { key: 1 } }),
    ]);
    const lexicon: Lexicon = {};
    for (const l of lexicons) for (const e of l.data) lexicon[e.from] = e.to;
    const fingerprint = [...intents.map((d) => `i:${d.key}:${d.dataHash.slice(0, 12)}`), ...lexicons.map((d) => `l:${d.key}:${d.dataHash.slice(0, 12)}`)].join(',');
    return { intents: intents.map((d) => d.data), lexicon, fingerprint };
  }
}

/**
 * Seeding the store from the repository files (data/procedures, intents, data/lexicon): the same idempotent
 * step for the server at start-up and for `cli seed`. New records are inserted, unedited ones follow the
 * files, editors' edits are kept and reported.
 */
import { join } from 'node:path';
import type { Store } from '../store/ports';
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles, type FileError } from './files';
import { ProcedureRepository, type SeedReport } from './repository';
import { defaultPaths, type Paths } from './source';
import { TrainingRepository, type TrainingSeedReport } from './training';

export interface SeedSummary {
  agencyId: string;
  from: Paths;
  procedures: SeedReport;
  intents: TrainingSeedReport;
  lexicons: TrainingSeedReport;
  /** Files rejected (invalid content): skipped, as the server does. */
  errors: FileError[];
}

/** The seeding the server runs at start: idempotent, never overwrites what editors changed in the store. */
export async function seedKnowledge(store: Store, agencyId: string, paths: Paths = defaultPaths()): Promise<SeedSummary> {
  const p = loadProcedureFiles(join(paths.dataDir, 'procedures'));
  const i = loadIntentFiles(paths.intentsDir);
  const l = loadLexiconFiles(join(paths.dataDir, 'lexicon'));
  const procedures = await new ProcedureRepository(store).seed(agencyId, p.procedures);
  const training = await new TrainingRepository(store).seed(agencyId, i.files, l.files);
  return { agencyId, from: paths, procedures, intents: training.intents, lexicons: training.lexicons, errors: [...p.errors, ...i.errors, ...l.errors] };
}


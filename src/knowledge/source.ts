import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles, type FileError } from './files';
import type { KnowledgeSource } from './kb';

export interface Paths { dataDir: string; intentsDir: string }

/**
 * Project root: the nearest folder above this file with a package.json, so it is found from src/ under tsx, from dist/
 * after the build, and from the benchmark's build of src/ and scripts/ together (.bench/src/).
 */
export const PROJECT_ROOT = projectRoot(__dirname);

export function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(__dirname, '..', '..');
  }
}

export function defaultPaths(root = PROJECT_ROOT): Paths {
  return { dataDir: join(root, 'data'), intentsDir: join(root, 'intents') };
}

/** Everything the bot knows, as the files in the repository say it. */
export function loadSourceFromFiles(paths: Paths = defaultPaths()): { source: KnowledgeSource; errors: FileError[] } {
  const p = loadProcedureFiles(join(paths.dataDir, 'procedures'));
  const i = loadIntentFiles(paths.intentsDir);
  const l = loadLexiconFiles(join(paths.dataDir, 'lexicon'));
  return { source: { procedures: p.procedures, intents: i.intents, lexicon: l.lexicon }, errors: [...p.errors, ...i.errors, ...l.errors] };
}

/**
 * Export of the knowledge base back to the portable file format: `data/procedures/<id>.yaml`,
 * `intents/<key>.yaml`, `data/lexicon/<name>.yaml` — what start-up seeds from, so a knowledge base can be
 * kept in git and shared between agencies. Only published (live) content is exported, never drafts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { IntentFile, LexiconFile } from '../knowledge/files';
import type { Procedure } from '../knowledge/procedure';

export interface ExportedFiles {
  /** Relative path → YAML text. */
  files: Record<string, string>;
}

const yaml = (x: unknown) => YAML.stringify(x, { lineWidth: 0 });

export function renderFiles(procedures: Procedure[], intents: IntentFile[], lexicons: LexiconFile[]): ExportedFiles {
  const files: Record<string, string> = {};
  for (const p of procedures) files[`data/procedures/${p.id}.yaml`] = yaml(p);
  for (const i of intents) files[`intents/${i.key}.yaml`] = yaml(i.data);
  for (const l of lexicons) {
    files[`data/lexicon/${l.name}.yaml`] = `# Exported by MotCua (editor console)\n${yaml({ replace: Object.fromEntries(l.entries.map((e) => [e.from, e.to])) })}`;
  }
  return { files };
}

/** Writes the files under `root` (its data/ and intents/ folders are created as needed). */
export function writeFiles(root: string, exported: ExportedFiles): string[] {
  const written: string[] = [];
  for (const [rel, text] of Object.entries(exported.files)) {
    if (rel.includes('..')) continue;
    const file = join(root, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text, 'utf8');
    written.push(rel);
  }
  return written;
}

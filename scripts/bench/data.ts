/** The labelled sets the bench reads (single messages only; dialogs need context that peers do not have). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, type Label } from '../eval-lib';

export interface LabelledSet { name: string; file: string; labels: Label[] }

export const SET_FILES: { name: string; path: string }[] = [
  { name: 'dev-sample', path: '../shared/eval/dev-sample.jsonl' },
  { name: 'tune', path: 'test/data/tune.jsonl' },
  { name: 'holdout', path: 'test/data/holdout.jsonl' },
  { name: 'holdout-2', path: 'test/data/holdout-2.jsonl' },
  { name: 'holdout-3', path: 'test/data/holdout-3.jsonl' },
  { name: 'holdout-4', path: 'test/data/holdout-4.jsonl' },
  { name: 'holdout-5', path: 'test/data/holdout-5.jsonl' },
  { name: 'holdout-6', path: 'test/data/holdout-6.jsonl' },
  { name: 'holdout-7', path: 'test/data/holdout-7.jsonl' },
  { name: 'holdout-8', path: 'test/data/holdout-8.jsonl' },
  { name: 'holdout-9', path: 'test/data/holdout-9.jsonl' },
  { name: 'holdout-10', path: 'test/data/holdout-10.jsonl' },
  { name: 'holdout-11', path: 'test/data/holdout-11.jsonl' },
  { name: 'holdout-12', path: 'test/data/holdout-12.jsonl' },
  { name: 'holdout-13', path: 'test/data/holdout-13.jsonl' },
  { name: 'holdout-14', path: 'test/data/holdout-14.jsonl' },
  { name: 'holdout-15', path: 'test/data/holdout-15.jsonl' },
  { name: 'holdout-16', path: 'test/data/holdout-16.jsonl' },
  { name: 'holdout-17', path: 'test/data/holdout-17.jsonl' },
  { name: 'holdout-18', path: 'test/data/holdout-18.jsonl' },
  { name: 'holdout-19', path: 'test/data/holdout-19.jsonl' },
  { name: 'holdout-20', path: 'test/data/holdout-20.jsonl' },
  { name: 'holdout-21', path: 'test/data/holdout-21.jsonl' },
  { name: 'holdout-22', path: 'test/data/holdout-22.jsonl' },
  { name: 'holdout-23', path: 'test/data/holdout-23.jsonl' },
  { name: 'holdout-24', path: 'test/data/holdout-24.jsonl' },
];

/** Every set that exists now (others may be written while the bench runs: absence is reported, not fatal). */
export function loadLabelledSets(root: string): { sets: LabelledSet[]; missing: string[] } {
  const sets: LabelledSet[] = [];
  const missing: string[] = [];
  for (const { name, path } of SET_FILES) {
    const file = join(root, path);
    if (!existsSync(file)) { missing.push(path); continue; }
    try {
      const labels = readJsonl(file).singles.filter((l) => typeof l.text === 'string' && typeof l.intent === 'string');
      if (labels.length) sets.push({ name, file: path, labels });
      else missing.push(`${path} (no single messages)`);
    } catch (e) {
      missing.push(`${path} (unreadable: ${(e as Error).message.slice(0, 80)})`);
    }
  }
  return { sets, missing };
}

export const allTexts = (sets: readonly LabelledSet[]): string[] => sets.flatMap((s) => s.labels.map((l) => l.text));

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ProcedureSchema, type Procedure } from './procedure';
import type { IntentData } from '../understanding/matcher';
import type { Lexicon } from '../understanding/normalize';
import { ASPECTS } from '../understanding/types';

export interface FileError { file: string; message: string }

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/** Read and validate every `data/procedures/*.yaml`. Returns the valid ones and the errors, never throws on content. */
export function loadProcedureFiles(dir: string): { procedures: Procedure[]; errors: FileError[] } {
  const procedures: Procedure[] = [];
  const errors: FileError[] = [];
  if (!existsSync(dir)) return { procedures, errors: [{ file: dir, message: 'thư mục không tồn tại' }] };
  for (const name of yamlFiles(dir)) {
    const file = join(dir, name);
    try {
      const parsed = ProcedureSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        errors.push({ file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        continue;
      }
      if (`${parsed.data.id}.yaml` !== name) errors.push({ file, message: `id "${parsed.data.id}" khác tên tệp` });
      else procedures.push(parsed.data);
    } catch (e) {
      errors.push({ file, message: (e as Error).message });
    }
  }
  return { procedures, errors };
}

export const IntentFileSchema = z.object({
  intent: z.string(),
  procedure: z.string().optional(),
  aspect: z.enum(ASPECTS).optional(),
  keywords: z.array(z.coerce.string()).default([]),
  exactKeywords: z.array(z.coerce.string()).default([]),
  markers: z.array(z.coerce.string()).default([]),
  exactMarkers: z.array(z.coerce.string()).default([]),
  fallback: z.boolean().optional(),
  onlineByNature: z.boolean().optional(),
  includes: z.array(z.string()).default([]),
  variantOf: z.string().optional(),
  refines: z.array(z.string()).default([]),
  marks: z.array(z.coerce.string()).default([]),
  phrases: z.array(z.coerce.string()).default([]),
});

/** One intents file: its name without `.yaml` (the key editors and exports use) and its content. */
export interface IntentFile { key: string; data: IntentData }
/** One lexicon file: its name without `.yaml` (teencode, abbreviations, regional) and its pairs in file order. */
export interface LexiconFile { name: string; entries: { from: string; to: string }[] }

/** Read `intents/*.yaml` (training phrases and keyword cues). `files` keeps each file's key. */
export function loadIntentFiles(dir: string): { intents: IntentData[]; files: IntentFile[]; errors: FileError[] } {
  const intents: IntentData[] = [];
  const files: IntentFile[] = [];
  const errors: FileError[] = [];
  for (const name of yamlFiles(dir)) {
    const file = join(dir, name);
    try {
      const parsed = IntentFileSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) errors.push({ file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      else {
        intents.push(parsed.data as IntentData);
        files.push({ key: name.slice(0, -'.yaml'.length), data: parsed.data as IntentData });
      }
    } catch (e) {
      errors.push({ file, message: (e as Error).message });
    }
  }
  return { intents, files, errors };
}

/** Merge every `data/lexicon/*.yaml` `replace:` map into one lexicon (later files win). `files` keeps each file. */
export function loadLexiconFiles(dir: string): { lexicon: Lexicon; files: LexiconFile[]; errors: FileError[] } {
  const lexicon: Lexicon = {};
  const files: LexiconFile[] = [];
  const errors: FileError[] = [];
  for (const name of yamlFiles(dir)) {
    const file = join(dir, name);
    try {
      const doc = YAML.parse(readFileSync(file, 'utf8')) as { replace?: Record<string, unknown> };
      const entries = Object.entries(doc?.replace ?? {}).map(([k, v]) => ({ from: String(k), to: String(v) }));
      for (const e of entries) lexicon[e.from] = e.to;
      files.push({ name: name.slice(0, -'.yaml'.length), entries });
    } catch (e) {
      errors.push({ file, message: (e as Error).message });
    }
  }
  return { lexicon, files, errors };
}

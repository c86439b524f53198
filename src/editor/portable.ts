/**
 * Export of the knowledge base back to the portable file format: `data/procedures/<id>.yaml`,
 * `intents/<key>.yaml`, `data/lexicon/<name>.yaml` — what start-up seeds from, so a knowledge base can be
 * kept in git and shared between agencies. Only published (live) content is exported, never drafts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { IntentFileSchema, type IntentFile, type LexiconFile } from '../knowledge/files';
import { ProcedureSchema, type Procedure } from '../knowledge/procedure';

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

// ---- writing back into a checkout (command line `export`) ----

export type PortableKind = 'procedure' | 'intent' | 'lexicon';

/** Which kind of record a portable path holds (null: not one of the three folders). */
export function kindOf(rel: string): PortableKind | null {
  if (/^data\/procedures\/[^/]+\.yaml$/.test(rel)) return 'procedure';
  if (/^intents\/[^/]+\.yaml$/.test(rel)) return 'intent';
  if (/^data\/lexicon\/[^/]+\.yaml$/.test(rel)) return 'lexicon';
  return null;
}

/**
 * The knowledge a file's text holds, as the loaders read it (loadProcedureFiles, loadIntentFiles,
 * loadLexiconFiles), in a JSON-comparable form; null when it would not load.
 */
export function contentOf(kind: PortableKind, text: string): unknown | null {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch {
    return null;
  }
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  switch (kind) {
    case 'procedure': {
      const parsed = ProcedureSchema.safeParse(doc);
      return parsed.success ? json(parsed.data) : null;
    }
    case 'intent': {
      const parsed = IntentFileSchema.safeParse(doc);
      return parsed.success ? json(parsed.data) : null;
    }
    case 'lexicon':
      return Object.entries((doc as { replace?: Record<string, unknown> } | null)?.replace ?? {}).map(([k, v]) => ({ from: String(k), to: String(v) }));
  }
}

function sameContent(kind: PortableKind, a: string, b: string): boolean {
  const x = contentOf(kind, a);
  return x !== null && JSON.stringify(x) === JSON.stringify(contentOf(kind, b));
}

const isMap = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changes only what differs between `from` and `to` in the document (comments and layout elsewhere stay). */
function patchNode(doc: YAML.Document, path: (string | number)[], from: unknown, to: unknown): void {
  if (same(from, to)) return;
  if (isMap(from) && isMap(to)) {
    for (const [k, v] of Object.entries(to)) {
      if (!(k in from)) {
        if (Array.isArray(v) && v.length === 0) continue; // an absent list loads as [] (schema default)
        doc.setIn([...path, k], doc.createNode(v));
      } else patchNode(doc, [...path, k], from[k], v);
    }
    for (const k of Object.keys(from)) if (!(k in to)) doc.deleteIn([...path, k]);
    return;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    to.forEach((v, i) => patchNode(doc, [...path, i], from[i], v));
    return;
  }
  doc.setIn(path, doc.createNode(to));
}

/**
 * The existing file's text changed as little as possible to hold `wanted`'s content: comments, key order
 * and layout are kept, so that a git diff shows just the edit. Null when that cannot be done faithfully
 * (the caller then writes `wanted` as it is).
 */
export function patchText(kind: PortableKind, existing: string, wanted: string): string | null {
  try {
    const doc = YAML.parseDocument(existing);
    if (doc.errors.length) return null;
    const from: unknown = doc.toJS();
    const to: unknown = YAML.parse(wanted);
    if (!isMap(from) || !isMap(to)) return null;
    patchNode(doc, [], from, to);
    const text = doc.toString({ lineWidth: 0 });
    return sameContent(kind, text, wanted) ? text : null;
  } catch {
    return null;
  }
}

/** `text` under the existing file's leading comment block, if it has one (in place of a generated header). */
function withHeaderOf(existing: string, text: string): string {
  const header = /^(?:#[^\n]*\n)+/.exec(existing)?.[0];
  return header ? header + text.replace(/^(?:#[^\n]*\n)+/, '') : text;
}

export interface SyncResult {
  /** Files created (absent before). */
  created: string[];
  /** Existing files whose content changed (rewritten, keeping comments and layout where possible). */
  updated: string[];
  /** Existing files that already held the same content: left byte for byte as they were. */
  unchanged: string[];
}

/**
 * Writes the exported files into a checkout at `root`: a file that already says the same thing is not
 * touched, a changed one is patched in place, a new one is written; nothing else under `root` is removed.
 */
export function syncFiles(root: string, exported: ExportedFiles): SyncResult {
  const result: SyncResult = { created: [], updated: [], unchanged: [] };
  for (const [rel, text] of Object.entries(exported.files)) {
    const kind = kindOf(rel);
    if (!kind || rel.includes('..')) continue;
    const file = join(root, rel);
    if (existsSync(file)) {
      const existing = readFileSync(file, 'utf8');
      if (sameContent(kind, existing, text)) {
        result.unchanged.push(rel);
        continue;
      }
      writeFileSync(file, patchText(kind, existing, text) ?? withHeaderOf(existing, text), 'utf8');
      result.updated.push(rel);
    } else {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text, 'utf8');
      result.created.push(rel);
    }
  }
  return result;
}

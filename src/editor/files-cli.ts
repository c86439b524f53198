/**
 * Command-line import / export of the knowledge base in the portable file layout (data/procedures,
 * intents, data/lexicon), against the same store as the server (MONGODB_URI, or the embedded store under
 * DATA_DIR — which only one process may open, so the server must be stopped first).
 *
 * - `export [--out <dir>]`: writes the published (live) procedures, training phrases and lexicons of
 *   AGENCY_ID into <dir> (default: the project root, i.e. back into the checkout the server seeds from).
 *   Files that already say the same thing are left untouched, changed ones are patched in place (comments
 *   and layout kept), new ones created; nothing is removed. Drafts and versions scheduled for later are
 *   not exported.
 * - `seed [--from <dir>]`: the seeding the server does at start (new records inserted, unedited ones follow
 *   the files, editors' edits kept and reported).
 *
 * Reports go to stderr (one summary line); with `--json` the full report is printed on stdout as well.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { seedKnowledge, type SeedSummary } from '../knowledge/seed';

export { seedKnowledge, type SeedSummary };
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles, type FileError } from '../knowledge/files';
import { ProcedureRepository, type SeedReport } from '../knowledge/repository';
import { defaultPaths, PROJECT_ROOT, type Paths } from '../knowledge/source';
import { TrainingRepository, type TrainingSeedReport } from '../knowledge/training';
import { createStore, type Store } from '../store';
import type { DraftDoc } from './content';
import { kindOf, renderFiles, syncFiles, type SyncResult } from './portable';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface FilesCliOptions {
  /** Environment to read the configuration from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Default export target and seed source (default: the project root). */
  root?: string;
  /** Base for relative --out / --from (default process.cwd()). */
  cwd?: string;
  now?: () => Date;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

export const FILES_USAGE = [
  '  npm run --silent cli -- export [--out <thư mục>] [--json]   xuất bản đã xuất bản ra data/ và intents/ (mặc định: thư mục dự án)',
  '  npm run --silent cli -- seed [--from <thư mục>] [--json]    nạp data/ và intents/ vào kho (như khi máy chủ khởi động)',
].join('\n');

// ---- export ----

export interface ExportReport {
  agencyId: string;
  dir: string;
  procedures: number;
  intents: number;
  lexicons: number;
  files: SyncResult;
  /** Scheduled versions whose effective date has passed but that no running server has published yet. */
  duePending: { kind: string; key: string; effectiveDate?: string }[];
  /** Problems found when loading the written files back (should always be empty). */
  errors: FileError[];
}

/** Writes the published knowledge of `agencyId` into `dir` in the portable layout and checks it loads back. */
export async function exportKnowledge(store: Store, agencyId: string, dir: string, now: Date = new Date(), options: { seedSource?: boolean } = {}): Promise<ExportReport> {
  const repo = new ProcedureRepository(store);
  const training = new TrainingRepository(store);
  // read before the records themselves: a record edited meanwhile keeps a newer hash and is not marked below
  const hashes = options.seedSource ? { procedures: await repo.hashes(agencyId), training: await training.hashes(agencyId) } : null;
  const procedures = await repo.list(agencyId);
  const [intents, lexicons] = await Promise.all([training.listIntents(agencyId), training.listLexicons(agencyId)]);
  const exported = renderFiles(procedures, intents, lexicons);
  const files = syncFiles(dir, exported);

  // what was written must load again with the loaders the server seeds through
  const p = loadProcedureFiles(join(dir, 'data', 'procedures'));
  const i = loadIntentFiles(join(dir, 'intents'));
  const l = loadLexiconFiles(join(dir, 'data', 'lexicon'));
  const ours = new Set(Object.keys(exported.files).map((rel) => join(dir, rel)));
  const errors = [...p.errors, ...i.errors, ...l.errors].filter((e) => ours.has(e.file));
  const loaded = new Set([
    ...p.procedures.map((x) => `data/procedures/${x.id}.yaml`),
    ...i.files.map((x) => `intents/${x.key}.yaml`),
    ...l.files.map((x) => `data/lexicon/${x.name}.yaml`),
  ]);
  for (const rel of Object.keys(exported.files)) {
    if (kindOf(rel) && !loaded.has(rel) && !errors.some((e) => e.file === join(dir, rel))) errors.push({ file: join(dir, rel), message: 'không đọc lại được' });
  }

  // written into the files the server seeds from: the store and the files agree again, so a later change
  // made only in the files is applied by "seed" instead of being reported as a kept store edit
  if (hashes && errors.length === 0) {
    await repo.markSeeded(hashes.procedures);
    await training.markSeeded(hashes.training);
  }

  const drafts = store.collection<DraftDoc>('editor_drafts', [{ fields: { agencyId: 1, status: 1 } }]);
  const due = await drafts.find({ agencyId, status: 'scheduled', effectiveAt: { $lte: now } }, { sort: { effectiveAt: 1 } });
  return {
    agencyId, dir, procedures: procedures.length, intents: intents.length, lexicons: lexicons.length, files, errors,
    duePending: due.map((d) => ({ kind: d.kind, key: d.key, ...(d.effectiveDate ? { effectiveDate: d.effectiveDate } : {}) })),
  };
}

// ---- seed ----

// ---- commands ----

class UsageError extends Error {}

function parse(args: string[], dirOption: 'out' | 'from') {
  try {
    const { values } = parseArgs({ args, options: { [dirOption]: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false, strict: true });
    return { dir: values[dirOption] as string | undefined, json: values.json === true };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Opens the store the server would open; on failure (lock held, Mongo unreachable) says why and returns null. */
async function openStore(env: NodeJS.ProcessEnv, io: CliIO): Promise<{ store: Store; agencyId: string } | null> {
  let config;
  try {
    config = loadConfig(env);
  } catch (e) {
    io.err(`lỗi: ${(e as Error).message}\n`);
    return null;
  }
  try {
    const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: config.DATA_DIR, autocompactionIntervalMs: 0 });
    return { store, agencyId: config.AGENCY_ID };
  } catch (e) {
    const hint = config.MONGODB_URI ? '' : ' Hãy dừng máy chủ MotCua đang dùng thư mục này rồi chạy lại (stop the server first).';
    io.err(`lỗi: không mở được kho dữ liệu: ${(e as Error).message}${hint}\n`);
    return null;
  }
}

async function withStore(env: NodeJS.ProcessEnv, io: CliIO, run: (store: Store, agencyId: string) => Promise<number>): Promise<number> {
  const opened = await openStore(env, io);
  if (!opened) return 1;
  try {
    return await run(opened.store, opened.agencyId);
  } catch (e) {
    io.err(`lỗi: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await opened.store.close();
  }
}

const n = (xs: unknown[]) => xs.length;

export function exportSummary(r: ExportReport): string {
  return `Đã xuất ${r.procedures} thủ tục, ${r.intents} tệp câu mẫu, ${r.lexicons} từ điển của "${r.agencyId}" vào ${r.dir}: ` +
    `${n(r.files.created)} tệp mới, ${n(r.files.updated)} tệp cập nhật, ${n(r.files.unchanged)} tệp không đổi.`;
}

export function seedSummary(r: SeedSummary): string {
  const part = (label: string, s: SeedReport | TrainingSeedReport) =>
    `${label}: ${n(s.inserted)} mới, ${n(s.updated)} cập nhật, ${n(s.unchanged)} không đổi, ${n(s.keptStoreEdits)} giữ bản sửa`;
  return `Đã nạp vào kho "${r.agencyId}" — ${part('thủ tục', r.procedures)}; ${part('câu mẫu', r.intents)}; ${part('từ điển', r.lexicons)}` +
    `${r.errors.length ? `; ${r.errors.length} tệp bị bỏ qua` : ''}.`;
}

/** `export [--out <dir>] [--json]`: returns the exit code (0 ok, 1 failure, 2 usage). */
export async function exportCommand(args: string[], io: CliIO = processIO, options: FilesCliOptions = {}): Promise<number> {
  const { dir, json } = parse(args, 'out');
  const out = resolve(options.cwd ?? process.cwd(), dir ?? options.root ?? PROJECT_ROOT);
  return withStore(options.env ?? process.env, io, async (store, agencyId) => {
    const seedSource = out === resolve(options.root ?? PROJECT_ROOT);
    const report = await exportKnowledge(store, agencyId, out, (options.now ?? (() => new Date()))(), { seedSource });
    if (report.procedures + report.intents + report.lexicons === 0) {
      io.err(`lỗi: kho chưa có dữ liệu của cơ quan "${agencyId}" (kiểm tra AGENCY_ID, DATA_DIR / MONGODB_URI, hoặc chạy "seed" trước); không ghi tệp nào.\n`);
      return 1;
    }
    for (const d of report.duePending) {
      io.err(`cảnh báo: ${d.kind} ${d.key}: bản hẹn hiệu lực ${d.effectiveDate ?? ''} chưa được xuất bản (máy chủ sẽ xuất bản khi chạy); tệp giữ bản đang có hiệu lực.\n`);
    }
    for (const e of report.errors) io.err(`lỗi: ${e.file}: ${e.message}\n`);
    if (json) io.out(`${JSON.stringify(report)}\n`);
    io.err(`${exportSummary(report)}\n`);
    return report.errors.length ? 1 : 0;
  });
}

/** `seed [--from <dir>] [--json]`: returns the exit code (0 ok, 1 failure, 2 usage). */
export async function seedCommand(args: string[], io: CliIO = processIO, options: FilesCliOptions = {}): Promise<number> {
  const { dir, json } = parse(args, 'from');
  const root = resolve(options.cwd ?? process.cwd(), dir ?? options.root ?? PROJECT_ROOT);
  return withStore(options.env ?? process.env, io, async (store, agencyId) => {
    const paths = defaultPaths(root);
    const report = await seedKnowledge(store, agencyId, paths);
    for (const e of report.errors) io.err(`cảnh báo: ${e.file}: ${e.message}\n`);
    const seen = (s: SeedReport | TrainingSeedReport) => n(s.inserted) + n(s.updated) + n(s.unchanged) + n(s.keptStoreEdits);
    if (seen(report.procedures) + seen(report.intents) + seen(report.lexicons) === 0) {
      io.err(`lỗi: không có tệp nào để nạp trong ${paths.dataDir} và ${paths.intentsDir}.\n`);
      return 1;
    }
    const kept = [...report.procedures.keptStoreEdits, ...report.intents.keptStoreEdits, ...report.lexicons.keptStoreEdits];
    if (kept.length) io.err(`cảnh báo: tệp đã đổi nhưng kho có bản do biên tập viên sửa, giữ bản trong kho: ${kept.join(', ')}\n`);
    if (json) io.out(`${JSON.stringify(report)}\n`);
    io.err(`${seedSummary(report)}\n`);
    return 0;
  });
}

/** Runs `export` or `seed`; a usage error gives exit code 2. */
export async function runFilesCommand(command: 'export' | 'seed', args: string[], io: CliIO = processIO, options: FilesCliOptions = {}): Promise<number> {
  try {
    return await (command === 'export' ? exportCommand(args, io, options) : seedCommand(args, io, options));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`lỗi: ${e.message}\nCách dùng:\n${FILES_USAGE}\n`);
    return 2;
  }
}

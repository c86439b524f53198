/** Check data/procedures/*.yaml and intents/*.yaml: schema, ids against the shared catalog. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadProcedureFiles } from '../src/knowledge/files';

const root = join(__dirname, '..');
const { procedures, errors } = loadProcedureFiles(join(root, 'data/procedures'));
for (const e of errors) console.log(`ERROR ${e.file}: ${e.message}`);
const catalogPath = join(root, '../shared/catalog/catalog.json');
if (existsSync(catalogPath)) {
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as { procedures: { id: string }[] };
  const have = new Set(procedures.map((p) => p.id));
  const missing = catalog.procedures.filter((p) => !have.has(p.id)).map((p) => p.id);
  console.log(`procedures: ${procedures.length} valid, ${errors.length} invalid, missing from catalog: ${missing.length ? missing.join(', ') : 'none'}`);
}
process.exitCode = errors.length ? 1 : 0;

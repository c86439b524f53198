import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { ProcedureSchema, type Procedure } from './procedure';

export interface FileError { file: string; message: string }

/** Read and validate every `data/procedures/*.yaml`. Returns the valid ones and the errors, never throws on content. */
export function loadProcedureFiles(dir: string): { procedures: Procedure[]; errors: FileError[] } {
  const procedures: Procedure[] = [];
  const errors: FileError[] = [];
  if (!existsSync(dir)) return { procedures, errors: [{ file: dir, message: 'thư mục không tồn tại' }] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
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

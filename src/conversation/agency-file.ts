import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { AgencyProfileSchema, type AgencyProfile } from './agency';

/** `data/agency.yaml` (single agency) or `data/agencies/<id>.yaml`: office address, hours, phone. */
export function loadAgencyProfile(dataDir: string, agencyId: string): AgencyProfile | null {
  for (const file of [join(dataDir, 'agencies', `${agencyId}.yaml`), join(dataDir, 'agency.yaml')]) {
    if (existsSync(file)) return AgencyProfileSchema.parse({ id: agencyId, ...YAML.parse(readFileSync(file, 'utf8')) });
  }
  return null;
}

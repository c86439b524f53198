import { z } from 'zod';

/** Process configuration from the environment, validated once at start-up. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  MONGODB_URI: z.string().optional().transform((v) => (v ? v : undefined)),
  DATA_DIR: z.string().default('./var'),
  AGENCY_ID: z.string().regex(/^[a-z0-9-]+$/).default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How often each instance re-reads the knowledge base from the store (editors publish there). */
  KB_REFRESH_MS: z.coerce.number().int().min(0).default(30000),
});

export type AppConfig = z.infer<typeof EnvSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Cấu hình không hợp lệ (invalid configuration): ${details}`);
  }
  return parsed.data;
}

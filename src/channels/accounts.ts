/**
 * Multi-agency routing: which agency (and which credentials) a Messenger Page id or Zalo OA id belongs to.
 * Single agency from env vars, or several from the JSON file named by CHANNEL_ACCOUNTS_FILE.
 */
import fs from 'node:fs';
import { z } from 'zod';

export const DEFAULT_MESSENGER_API_BASE = 'https://graph.facebook.com/v25.0';
export const DEFAULT_ZALO_API_BASE = 'https://openapi.zalo.me';
export const DEFAULT_ZALO_OAUTH_BASE = 'https://oauth.zaloapp.com';

const id = z.string().trim().min(1);
const secret = z.string().min(1);
const url = z.string().url().transform((u) => u.replace(/\/+$/, ''));

const messengerAccountSchema = z.object({
  pageId: id,
  /** Our Meta app id: echoes with this app_id are our own. Optional (we also tag our sends with metadata). */
  appId: id.optional(),
  appSecret: secret,
  verifyToken: secret,
  pageAccessToken: secret,
  apiBase: url.optional(),
});

const zaloAccountSchema = z.object({
  oaId: id,
  appId: id,
  /** App Secret: the `secret_key` header of the OAuth token endpoint. */
  appSecret: secret,
  /** OA Secret Key: the webhook MAC key (not the App Secret). */
  oaSecretKey: secret,
  /** Initial refresh token; once the store holds a newer one, the stored one wins (single use). */
  refreshToken: secret.optional(),
  accessToken: secret.optional(),
  apiBase: url.optional(),
  oauthBase: url.optional(),
});

export const agencyAccountsSchema = z.object({
  agencyId: id,
  messenger: messengerAccountSchema.optional(),
  zalo: zaloAccountSchema.optional(),
});
export const accountsFileSchema = z.array(agencyAccountsSchema);

export type AgencyAccounts = z.infer<typeof agencyAccountsSchema>;

export interface MessengerAccount {
  agencyId: string;
  pageId: string;
  appId?: string;
  appSecret: string;
  verifyToken: string;
  pageAccessToken: string;
  apiBase: string;
}

export interface ZaloAccount {
  agencyId: string;
  oaId: string;
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  refreshToken?: string;
  accessToken?: string;
  apiBase: string;
  oauthBase: string;
}

type Env = Record<string, string | undefined>;

/** Build the agency list from env: CHANNEL_ACCOUNTS_FILE when set, else the single-agency variables. */
export function loadAgencyAccounts(env: Env, readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8')): AgencyAccounts[] {
  const file = env.CHANNEL_ACCOUNTS_FILE?.trim();
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFile(file));
    } catch (err) {
      throw new Error(`CHANNEL_ACCOUNTS_FILE: cannot read/parse ${file}: ${(err as Error).message}`);
    }
    const parsed = accountsFileSchema.safeParse(json);
    // Report paths only: zod issues never include the (secret) values here.
    if (!parsed.success) throw new Error(`CHANNEL_ACCOUNTS_FILE invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  }

  const agency: Record<string, unknown> = { agencyId: env.AGENCY_ID?.trim() || 'default' };
  if (env.MESSENGER_PAGE_ID) {
    agency.messenger = {
      pageId: env.MESSENGER_PAGE_ID,
      appId: env.MESSENGER_APP_ID || undefined,
      appSecret: env.MESSENGER_APP_SECRET,
      verifyToken: env.MESSENGER_VERIFY_TOKEN,
      pageAccessToken: env.MESSENGER_PAGE_ACCESS_TOKEN,
      apiBase: env.MESSENGER_API_BASE || undefined,
    };
  }
  if (env.ZALO_OA_ID) {
    agency.zalo = {
      oaId: env.ZALO_OA_ID,
      appId: env.ZALO_APP_ID,
      appSecret: env.ZALO_APP_SECRET,
      oaSecretKey: env.ZALO_OA_SECRET_KEY,
      refreshToken: env.ZALO_REFRESH_TOKEN || undefined,
      accessToken: env.ZALO_ACCESS_TOKEN || undefined,
      apiBase: env.ZALO_API_BASE || undefined,
      oauthBase: env.ZALO_OAUTH_BASE || undefined,
    };
  }
  if (!agency.messenger && !agency.zalo) return [];
  const parsed = agencyAccountsSchema.safeParse(agency);
  if (!parsed.success) throw new Error(`channel env invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return [parsed.data];
}

/** Lookup by platform account id. Built once at wiring time. */
export class AccountRegistry {
  private readonly messenger = new Map<string, MessengerAccount>();
  private readonly zalo = new Map<string, ZaloAccount>();

  constructor(agencies: AgencyAccounts[]) {
    for (const a of agencies) {
      if (a.messenger) {
        if (this.messenger.has(a.messenger.pageId)) throw new Error(`Messenger page configured twice (agency ${a.agencyId})`);
        this.messenger.set(a.messenger.pageId, { ...a.messenger, agencyId: a.agencyId, apiBase: a.messenger.apiBase ?? DEFAULT_MESSENGER_API_BASE });
      }
      if (a.zalo) {
        if (this.zalo.has(a.zalo.oaId)) throw new Error(`Zalo OA configured twice (agency ${a.agencyId})`);
        this.zalo.set(a.zalo.oaId, {
          ...a.zalo,
          agencyId: a.agencyId,
          apiBase: a.zalo.apiBase ?? DEFAULT_ZALO_API_BASE,
          oauthBase: a.zalo.oauthBase ?? DEFAULT_ZALO_OAUTH_BASE,
        });
      }
    }
  }

  messengerByPage(pageId: string): MessengerAccount | undefined {
    return this.messenger.get(pageId);
  }
  zaloByOa(oaId: string): ZaloAccount | undefined {
    return this.zalo.get(oaId);
  }
  messengerAccounts(): MessengerAccount[] {
    return [...this.messenger.values()];
  }
  zaloAccounts(): ZaloAccount[] {
    return [...this.zalo.values()];
  }
}

/**
 * Sets the Messenger Profile of every configured Page: Get Started button, greeting and persistent menu
 * (POST {MESSENGER_API_BASE}/me/messenger_profile). Get Started must exist before the menu, so it is sent
 * in the same call first in the body. Run: `npx tsx src/channels/messenger/setup-profile.ts`
 * Optional env: MESSENGER_GREETING, MESSENGER_PORTAL_URL (web_url menu item; empty string removes it).
 */
import pino from 'pino';
import { AccountRegistry, type MessengerAccount } from '../accounts';
import { loadChannelConfig } from '../config';
import { createHttp } from '../http';
import { GraphClient } from './graph-client';

export interface ProfileOptions {
  getStartedPayload?: string;
  greeting?: string;
  portalUrl?: string;
}

const DEFAULT_GREETING = 'Xin chào {{user_first_name}}! Đây là kênh hỗ trợ thủ tục hành chính của Bộ phận một cửa.';
const DEFAULT_PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';

export function buildMessengerProfile(o: ProfileOptions = {}): Record<string, unknown> {
  const portal = o.portalUrl ?? DEFAULT_PORTAL;
  return {
    get_started: { payload: o.getStartedPayload ?? 'GET_STARTED' },
    greeting: [{ locale: 'default', text: (o.greeting ?? DEFAULT_GREETING).slice(0, 160) }],
    persistent_menu: [
      {
        locale: 'default',
        composer_input_disabled: false,
        call_to_actions: [
          { type: 'postback', title: 'Hỏi thủ tục', payload: 'menu:procedures' },
          { type: 'postback', title: 'Tra cứu hồ sơ', payload: 'intent:status' },
          { type: 'postback', title: 'Gặp cán bộ', payload: 'intent:human' },
          ...(portal ? [{ type: 'web_url', title: 'Cổng Dịch vụ công', url: portal }] : []),
        ],
      },
    ],
  };
}

export async function setupMessengerProfile(account: MessengerAccount, graph: GraphClient, options: ProfileOptions = {}): Promise<void> {
  await graph.post(account, 'messenger_profile', buildMessengerProfile(options));
}

async function main(): Promise<void> {
  const logger = pino({ name: 'setup-profile' });
  const config = loadChannelConfig(process.env);
  const accounts = new AccountRegistry(config.agencies).messengerAccounts();
  if (accounts.length === 0) throw new Error('no Messenger page configured (MESSENGER_PAGE_ID… or CHANNEL_ACCOUNTS_FILE)');
  const graph = new GraphClient(createHttp(config.httpTimeoutMs));
  const options: ProfileOptions = {
    getStartedPayload: config.getStartedPayload,
    greeting: process.env.MESSENGER_GREETING || undefined,
    portalUrl: process.env.MESSENGER_PORTAL_URL,
  };
  let failed = 0;
  for (const account of accounts) {
    try {
      await setupMessengerProfile(account, graph, options);
      logger.info({ agencyId: account.agencyId, pageId: account.pageId }, 'Messenger profile set');
    } catch (err) {
      failed++;
      logger.error({ agencyId: account.agencyId, pageId: account.pageId, reason: (err as { reason?: string }).reason, code: (err as { code?: number }).code }, 'Messenger profile failed');
    }
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  });
}

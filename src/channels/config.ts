/**
 * Channel configuration: accounts plus the timing/limit knobs that platforms change without notice.
 * Everything has a default; `loadChannelConfig(process.env)` is what the composition root calls.
 */
import { loadAgencyAccounts, type AgencyAccounts } from './accounts';

export type ZaloChoiceStyle = 'numbered' | 'buttons' | 'both';

export interface RetryPolicy {
  /** First retry delay; doubles per attempt, with ±50 % jitter. */
  baseMs: number;
  maxMs: number;
  /** Attempts (sends) before giving up with reason 'retries_exhausted'. */
  maxAttempts: number;
  /** Minimum delay after a rate-limit error (Zalo -32 resets each minute). */
  rateLimitMinMs: number;
  /**
   * An invalid access token (Messenger 190, Zalo after a failed refresh) holds replies instead of failing
   * them: they are tried again this often, so they go out once the officer has replaced the token (until
   * the messaging window closes).
   */
  tokenWaitMs: number;
}

export interface WindowPolicy {
  /** Messenger standard messaging window (24 h). */
  messengerMs: number;
  /** Messenger HUMAN_AGENT window for staff-authored messages (7 d). */
  messengerHumanAgentMs: number;
  /** Zalo customer-service window (7 d). */
  zaloMs: number;
}

export interface ChannelConfig {
  agencies: AgencyAccounts[];
  /** Idle polling interval of the inbox worker and the outbox sender. */
  pollIntervalMs: number;
  /** Lease on claimed inbox/outbox records and conversation locks; must exceed the slowest handler/send. */
  leaseMs: number;
  /** Platform HTTP call timeout. */
  httpTimeoutMs: number;
  /** Outbox records sent in parallel (always distinct conversations). */
  sendConcurrency: number;
  retry: RetryPolicy;
  windows: WindowPolicy;
  /** Send staff-authored Messenger messages with MESSAGE_TAG/HUMAN_AGENT between 24 h and 7 d (needs App Review). */
  messengerHumanAgent: boolean;
  /** Zalo has no quick replies: numbered lines in the text, oa.query.hide buttons (mobile only, unverified on CS), or both. */
  zaloChoiceStyle: ZaloChoiceStyle;
  /** Messenger typing_on before handling a fresh message. */
  typingIndicator: boolean;
  /** Refresh the Zalo access token when less than this remains. */
  zaloTokenRefreshAheadMs: number;
  /** Handler failures per inbox event before it is marked failed. */
  handlerMaxAttempts: number;
  /** Postback payload of the Messenger Get Started button. */
  getStartedPayload: string;
}

export const defaultChannelConfig: Omit<ChannelConfig, 'agencies'> = {
  pollIntervalMs: 500,
  leaseMs: 60_000,
  httpTimeoutMs: 10_000,
  sendConcurrency: 4,
  retry: { baseMs: 2_000, maxMs: 10 * 60_000, maxAttempts: 8, rateLimitMinMs: 60_000, tokenWaitMs: 5 * 60_000 },
  windows: { messengerMs: 24 * 3_600_000, messengerHumanAgentMs: 7 * 24 * 3_600_000, zaloMs: 7 * 24 * 3_600_000 },
  messengerHumanAgent: true,
  zaloChoiceStyle: 'both',
  typingIndicator: true,
  zaloTokenRefreshAheadMs: 3_600_000,
  handlerMaxAttempts: 5,
  getStartedPayload: 'GET_STARTED',
};

type Env = Record<string, string | undefined>;

const num = (v: string | undefined, fallback: number): number => {
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};
const bool = (v: string | undefined, fallback: boolean): boolean =>
  v === undefined || v === '' ? fallback : !/^(0|false|no|off)$/i.test(v.trim());

export function loadChannelConfig(env: Env = process.env): ChannelConfig {
  const d = defaultChannelConfig;
  const hours = (v: string | undefined, fallback: number) => num(v, fallback / 3_600_000) * 3_600_000;
  const style = env.ZALO_CHOICE_STYLE?.trim();
  return {
    agencies: loadAgencyAccounts(env),
    pollIntervalMs: num(env.CHANNEL_POLL_INTERVAL_MS, d.pollIntervalMs),
    leaseMs: num(env.CHANNEL_LEASE_MS, d.leaseMs),
    httpTimeoutMs: num(env.CHANNEL_HTTP_TIMEOUT_MS, d.httpTimeoutMs),
    sendConcurrency: Math.max(1, num(env.CHANNEL_SEND_CONCURRENCY, d.sendConcurrency)),
    retry: { ...d.retry, maxAttempts: Math.max(1, num(env.CHANNEL_MAX_SEND_ATTEMPTS, d.retry.maxAttempts)), tokenWaitMs: Math.max(1_000, num(env.CHANNEL_TOKEN_WAIT_MS, d.retry.tokenWaitMs)) },
    windows: {
      messengerMs: hours(env.MESSENGER_WINDOW_HOURS, d.windows.messengerMs),
      messengerHumanAgentMs: hours(env.MESSENGER_HUMAN_AGENT_WINDOW_HOURS, d.windows.messengerHumanAgentMs),
      zaloMs: hours(env.ZALO_WINDOW_HOURS, d.windows.zaloMs),
    },
    messengerHumanAgent: bool(env.MESSENGER_HUMAN_AGENT, d.messengerHumanAgent),
    zaloChoiceStyle: style === 'numbered' || style === 'buttons' || style === 'both' ? style : d.zaloChoiceStyle,
    typingIndicator: bool(env.MESSENGER_TYPING_INDICATOR, d.typingIndicator),
    zaloTokenRefreshAheadMs: d.zaloTokenRefreshAheadMs,
    handlerMaxAttempts: d.handlerMaxAttempts,
    getStartedPayload: d.getStartedPayload,
  };
}

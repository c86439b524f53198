/**
 * Zalo OA API calls. Errors come back as HTTP 200 with a non-zero `error` field: every response body is
 * checked. Tokens travel only in headers/forms and are never logged.
 */
import type { AxiosInstance } from 'axios';
import type { ZaloAccount } from '../accounts';
import { networkError, SendError } from '../errors';

export const ZALO_TOKEN_ERRORS = new Set([-216, -220, -124]);

export function classifyZaloError(code: number): SendError {
  if (code === -32) return new SendError('retry', 'rate_limited', code);
  if (code === -200) return new SendError('retry', 'send_failed', code);
  if (ZALO_TOKEN_ERRORS.has(code)) return new SendError('token', 'token_invalid', code);
  if (code === -230 || code === -232) return new SendError('permanent', 'outside_window', code);
  if (code === -217 || code === -227 || code === -244 || code === -213) return new SendError('permanent', 'user_unavailable', code);
  if (code === -201) return new SendError('permanent', 'invalid_param', code);
  if (code === -210) return new SendError('permanent', 'too_long', code);
  if (code === -211) return new SendError('permanent', 'quota_exhausted', code);
  if (code === -320 || code === -321) return new SendError('permanent', 'billing', code);
  if ([-209, -212, -221, -223, -224].includes(code)) return new SendError('permanent', 'oa_configuration', code);
  return new SendError('permanent', `zalo_error:${code}`, code);
}

export interface ZaloTokenPair {
  accessToken: string;
  refreshToken: string;
  expiresInSec: number;
}

export class ZaloApi {
  constructor(private readonly http: AxiosInstance) {}

  /** POST /v3.0/oa/message/cs → platform message id. */
  sendCs(account: ZaloAccount, accessToken: string, body: unknown): Promise<string> {
    return this.post(`${account.apiBase}/v3.0/oa/message/cs`, accessToken, body);
  }

  /**
   * A reply to an anonymous chat: POST /v2.0/oa/message with `recipient: { anonymous_id, conversation_id }`
   * (text only). Documented by Zalo on the v2 path; its errors are classified like the CS API's.
   */
  sendAnonymous(account: ZaloAccount, accessToken: string, body: unknown): Promise<string> {
    return this.post(`${account.apiBase}/v2.0/oa/message`, accessToken, body);
  }

  private async post(url: string, accessToken: string, body: unknown): Promise<string> {
    let res;
    try {
      res = await this.http.post(url, body, {
        headers: { access_token: accessToken, 'Content-Type': 'application/json' },
      });
    } catch (err) {
      throw networkError(err);
    }
    if (res.status >= 500 || res.status === 429) throw new SendError('retry', `http_${res.status}`);
    if (res.status !== 200) throw new SendError('permanent', `http_${res.status}`);
    const data = res.data as { error?: number; data?: { message_id?: string } } | null;
    const code = typeof data?.error === 'number' ? data.error : Number(data?.error ?? NaN);
    if (code !== 0) throw Number.isFinite(code) ? classifyZaloError(code) : new SendError('retry', 'malformed_response');
    return data?.data?.message_id ?? '';
  }

  /** OAuth v4 refresh. Throws SendError ('token_refresh_failed' permanent, or retryable on network/5xx). */
  async refresh(account: ZaloAccount, refreshToken: string): Promise<ZaloTokenPair> {
    let res;
    try {
      const form = new URLSearchParams({ app_id: account.appId, grant_type: 'refresh_token', refresh_token: refreshToken });
      res = await this.http.post(`${account.oauthBase}/v4/oa/access_token`, form.toString(), {
        headers: { secret_key: account.appSecret, 'Content-Type': 'application/x-www-form-urlencoded' },
      });
    } catch (err) {
      throw networkError(err);
    }
    if (res.status >= 500) throw new SendError('retry', `oauth_http_${res.status}`);
    const d = (res.data ?? {}) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number };
    if (res.status !== 200 || !d.access_token || !d.refresh_token) {
      // e.g. -14014 invalid/used refresh token, or an empty 200 body: an admin must re-authorize the OA.
      throw new SendError('permanent', 'token_refresh_failed', typeof d.error === 'number' ? d.error : undefined);
    }
    const expires = Number(d.expires_in);
    return { accessToken: d.access_token, refreshToken: d.refresh_token, expiresInSec: Number.isFinite(expires) && expires > 0 ? expires : 90_000 };
  }
}

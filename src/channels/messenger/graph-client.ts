/** Graph API calls for a Page (`POST {apiBase}/me/<edge>?access_token=…`) with Meta error classification. */
import type { AxiosInstance } from 'axios';
import type { MessengerAccount } from '../accounts';
import { networkError, SendError } from '../errors';

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80006]);
const TEMPORARY_CODES = new Set([1, 2, 1200]);

interface GraphErrorBody {
  error?: { code?: number; error_subcode?: number; is_transient?: boolean };
}

export function classifyGraphError(status: number, body: unknown): SendError {
  const e = (body as GraphErrorBody | null)?.error;
  const code = e?.code;
  const sub = e?.error_subcode;
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) return new SendError('retry', 'rate_limited', code);
  if (code !== undefined && TEMPORARY_CODES.has(code)) return new SendError('retry', 'temporary', code);
  if (code === 10 && sub === 2018278) return new SendError('permanent', 'outside_window', code);
  if (code === 551) return new SendError('permanent', 'user_unavailable', code);
  if (code === 190) return new SendError('permanent', 'token_invalid', code);
  if (code === 100 && sub === 2018001) return new SendError('permanent', 'no_matching_user', code);
  if (status >= 500 || status === 429 || e?.is_transient) return new SendError('retry', `http_${status}`, code);
  return new SendError('permanent', `rejected:${code ?? status}`, code);
}

export class GraphClient {
  constructor(private readonly http: AxiosInstance) {}

  async post<T = Record<string, unknown>>(account: MessengerAccount, edge: string, body: unknown): Promise<T> {
    let res;
    try {
      res = await this.http.post(`${account.apiBase}/me/${edge}`, body, { params: { access_token: account.pageAccessToken } });
    } catch (err) {
      throw networkError(err);
    }
    const data = res.data as unknown;
    if (res.status >= 200 && res.status < 300 && !(data as GraphErrorBody | null)?.error) return data as T;
    throw classifyGraphError(res.status, data);
  }
}

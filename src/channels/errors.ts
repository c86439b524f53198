/**
 * Outcome of one platform call, classified for the outbox: retry later, give up, or refresh the token.
 * `reason` is a short machine string (stored on the outbox record and logged); never message content.
 */
export type SendErrorKind = 'retry' | 'permanent' | 'token';

export class SendError extends Error {
  constructor(
    public readonly kind: SendErrorKind,
    public readonly reason: string,
    public readonly code?: number,
    /** Minimum delay before retrying (rate limits). */
    public readonly retryAfterMs?: number,
  ) {
    super(`${kind}: ${reason}${code !== undefined ? ` (${code})` : ''}`);
    this.name = 'SendError';
  }
}

/** Network-level failures of an axios call (timeouts, refused/reset connections): always retryable. */
export function networkError(err: unknown): SendError {
  const code = (err as { code?: string }).code ?? 'network';
  const reason = code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timeout' : `network:${code}`;
  return new SendError('retry', reason);
}

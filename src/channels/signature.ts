/**
 * Webhook signatures, always over the exact raw bytes received, compared in constant time.
 * - Meta:  X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app_secret, raw_body)>
 * - Zalo:  X-ZEvent-Signature: mac=<hex SHA-256(app_id + raw_body + timestamp + oa_secret_key)>  (plain hash, not HMAC)
 */
import crypto from 'node:crypto';

/** Constant-time comparison of two hex digests (false on any length/format mismatch). */
export function hexDigestEquals(expectedHex: string, providedHex: string): boolean {
  const provided = providedHex.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(provided) || provided.length !== expectedHex.length) return false;
  return crypto.timingSafeEqual(Buffer.from(expectedHex, 'hex'), Buffer.from(provided, 'hex'));
}

export function metaSignatureHex(appSecret: string, rawBody: Buffer): string {
  return crypto.createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/** `header` is the X-Hub-Signature-256 value (`sha256=<hex>`). */
export function verifyMetaSignature(rawBody: Buffer, header: string, appSecret: string): boolean {
  const m = /^sha256=(.+)$/i.exec(header.trim());
  return m !== null && hexDigestEquals(metaSignatureHex(appSecret, rawBody), m[1]);
}

export function zaloMacHex(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return crypto
    .createHash('sha256')
    .update(Buffer.from(appId, 'utf8'))
    .update(rawBody)
    .update(Buffer.from(timestamp, 'utf8'))
    .update(Buffer.from(oaSecretKey, 'utf8'))
    .digest('hex');
}

/** `header` is the X-ZEvent-Signature value (`mac=<hex>`; the prefix is optional). */
export function verifyZaloSignature(rawBody: Buffer, header: string, appId: string, timestamp: string, oaSecretKey: string): boolean {
  const provided = header.trim().replace(/^mac=/i, '');
  return hexDigestEquals(zaloMacHex(appId, rawBody, timestamp, oaSecretKey), provided);
}

/** Stable short hash used as the dedupe id of events that carry no platform message id. */
export function stableHash(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex').slice(0, 32);
}

/**
 * Raw-body plumbing for webhook routes. Signatures are computed over the exact bytes received, so these
 * routes parse their own body with express.raw; if a global express.json() ran first the bytes are gone
 * and we refuse (500) loudly instead of accepting unverifiable events.
 */
import crypto from 'node:crypto';
import express, { type Request } from 'express';

export const rawBody = express.raw({ type: () => true, limit: '2mb' });

export function rawBytes(req: Request): Buffer | null {
  return Buffer.isBuffer(req.body) ? req.body : null;
}

/** Constant-time equality of two secrets of possibly different lengths. */
export function secretEquals(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb) && a.length === b.length;
}

export function headerValue(req: Request, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

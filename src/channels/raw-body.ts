/**
 * Raw-body plumbing for webhook routes. Signatures are computed over the exact bytes received, so these
 * routes parse their own body with express.raw; if a global express.json() ran first the bytes are gone
 * and we refuse (500) loudly instead of accepting unverifiable events.
 */
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { ChannelLogger, PlatformChannel } from './types';

export const rawBody = express.raw({ type: () => true, limit: '2mb' });

export function rawBytes(req: Request): Buffer | null {
  return Buffer.isBuffer(req.body) ? req.body : null;
}

/** The raw bytes of a webhook request; without them (a parsed body) logs the mounting error, answers 500 and returns null. */
export function rawBytesOr500(req: Request, res: Response, logger: ChannelLogger, channel: PlatformChannel): Buffer | null {
  const raw = rawBytes(req);
  if (!raw) {
    logger.error({ channel }, 'webhook got a parsed body: mount the channels router BEFORE express.json()');
    res.status(500).send('raw body unavailable');
  }
  return raw;
}

/** The raw bytes parsed as JSON; malformed JSON answers 400 and returns undefined (which JSON never parses to). */
export function parseJsonOr400(raw: Buffer, res: Response): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    res.sendStatus(400);
    return undefined;
  }
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

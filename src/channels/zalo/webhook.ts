/**
 * Zalo OA webhook: verify X-ZEvent-Signature (mac = sha256(app_id + rawBody + timestamp + OA secret key))
 * on the raw bytes → parse → inbox → 200 once the insert resolved. Missing signature 401, wrong 403,
 * unknown OA logged and dropped with 200. No GET handshake exists on Zalo (domain verification instead).
 */
import { Router, type Request, type Response } from 'express';
import type { AccountRegistry } from '../accounts';
import type { Inbox } from '../inbox';
import { errorSummary } from '../loop';
import { headerValue, parseJsonOr400, rawBody, rawBytesOr500 } from '../raw-body';
import { stableHash, verifyZaloSignature } from '../signature';
import type { ChannelLogger, Clock } from '../types';
import { mapZaloEvent } from './mapper';
import { zaloEnvelopeSchema, zaloEventSchema, zaloOaIdOf } from './schema';

/** Retries resend the original body for about an hour; only log (never reject) larger skews. */
const MAX_QUIET_SKEW_MS = 6 * 3_600_000;

export interface ZaloWebhookDeps {
  accounts: AccountRegistry;
  inbox: Inbox;
  logger: ChannelLogger;
  clock: Clock;
}

export function zaloWebhook(deps: ZaloWebhookDeps): Router {
  const router = Router();
  router.post('/', rawBody, (req, res) => {
    receive(deps, req, res).catch((err: unknown) => {
      deps.logger.error({ channel: 'zalo', err: errorSummary(err) }, 'webhook: could not store event');
      if (!res.headersSent) res.status(500).send('error');
    });
  });
  return router;
}

async function receive({ accounts, inbox, logger, clock }: ZaloWebhookDeps, req: Request, res: Response): Promise<void> {
  const raw = rawBytesOr500(req, res, logger, 'zalo');
  if (!raw) return;
  const signature = headerValue(req, 'x-zevent-signature');
  if (!signature) {
    res.sendStatus(401);
    return;
  }
  const json = parseJsonOr400(raw, res);
  if (json === undefined) return;
  const envelope = zaloEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    // Cannot even read app_id/timestamp/OA: the signature cannot be valid for us.
    res.sendStatus(403);
    return;
  }
  const ev = envelope.data;
  const oaId = zaloOaIdOf(ev);
  const account = oaId ? accounts.zaloByOa(oaId) : undefined;
  if (!account) {
    logger.warn({ channel: 'zalo', oaId, event: ev.event_name }, 'event for an unknown OA dropped');
    res.status(200).send('OK');
    return;
  }
  if (ev.app_id === undefined || ev.timestamp === undefined || !verifyZaloSignature(raw, signature, ev.app_id, ev.timestamp, account.oaSecretKey)) {
    logger.error({ channel: 'zalo', oaId, event: ev.event_name }, 'webhook signature mismatch (check ZALO_OA_SECRET_KEY)');
    res.sendStatus(403);
    return;
  }
  const now = clock();
  const skew = Math.abs(now - Number(ev.timestamp));
  if (skew > MAX_QUIET_SKEW_MS) logger.warn({ channel: 'zalo', oaId, skewMs: skew, retry: headerValue(req, 'num_retry') }, 'old or skewed webhook timestamp');

  const full = zaloEventSchema.safeParse(json);
  if (!full.success) {
    logger.warn({ channel: 'zalo', oaId, event: ev.event_name }, 'webhook event of unexpected shape ignored');
    res.status(200).send('OK');
    return;
  }
  const mapped = mapZaloEvent(full.data, { account, receivedAt: new Date(now), rawHash: stableHash(raw) });
  if ('ignore' in mapped) {
    logger.debug({ channel: 'zalo', oaId, event: ev.event_name, reason: mapped.ignore }, 'webhook event ignored');
    res.status(200).send('OK');
    return;
  }
  const stored = await inbox.record({ msg: mapped.msg, eventTime: mapped.eventTime });
  logger.info({ channel: 'zalo', oaId, event: ev.event_name, stored, duplicate: !stored }, 'webhook received');
  res.status(200).send('OK');
}

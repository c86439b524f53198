/**
 * Messenger webhook: GET verification handshake; POST = verify X-Hub-Signature-256 on the raw bytes →
 * parse the (batched) body → one inbox record per relevant event → 200 once all inserts resolved.
 * Missing signature 401, wrong signature 403; nothing is stored in either case.
 */
import { Router, type Request, type Response } from 'express';
import type { AccountRegistry } from '../accounts';
import type { Inbox } from '../inbox';
import { errorSummary } from '../loop';
import { headerValue, parseJsonOr400, rawBody, rawBytesOr500, secretEquals } from '../raw-body';
import { verifyMetaSignature } from '../signature';
import type { ChannelLogger, Clock } from '../types';
import { mapMessengerEvent } from './mapper';
import { messengerEnvelopeSchema } from './schema';

export interface MessengerWebhookDeps {
  accounts: AccountRegistry;
  inbox: Inbox;
  logger: ChannelLogger;
  clock: Clock;
  getStartedPayload: string;
}

export function messengerWebhook(deps: MessengerWebhookDeps): Router {
  const router = Router();
  router.get('/', (req, res) => handshake(deps, req, res));
  router.post('/', rawBody, (req, res) => {
    receive(deps, req, res).catch((err: unknown) => {
      deps.logger.error({ channel: 'messenger', err: errorSummary(err) }, 'webhook: could not store events');
      if (!res.headersSent) res.status(500).send('error');
    });
  });
  return router;
}

function handshake({ accounts, logger }: MessengerWebhookDeps, req: Request, res: Response): void {
  const q = (k: string) => (typeof req.query[k] === 'string' ? (req.query[k] as string) : undefined);
  const token = q('hub.verify_token');
  const challenge = q('hub.challenge');
  const ok = q('hub.mode') === 'subscribe' && token !== undefined && accounts.messengerAccounts().some((a) => secretEquals(a.verifyToken, token));
  if (!ok || challenge === undefined) {
    logger.warn({ channel: 'messenger' }, 'webhook verification refused');
    res.sendStatus(403);
    return;
  }
  res.status(200).type('text/plain').send(challenge);
}

async function receive(deps: MessengerWebhookDeps, req: Request, res: Response): Promise<void> {
  const { accounts, inbox, logger, clock } = deps;
  const raw = rawBytesOr500(req, res, logger, 'messenger');
  if (!raw) return;
  const signature = headerValue(req, 'x-hub-signature-256');
  if (!signature) {
    res.sendStatus(401);
    return;
  }
  const secrets = [...new Set(accounts.messengerAccounts().map((a) => a.appSecret))];
  const secret = secrets.find((s) => verifyMetaSignature(raw, signature, s));
  if (!secret) {
    // Alert-worthy: a rotated/wrong App Secret makes every real delivery fail and Meta unsubscribes the Page.
    logger.error({ channel: 'messenger' }, 'webhook signature mismatch (check MESSENGER_APP_SECRET)');
    res.sendStatus(403);
    return;
  }

  const json = parseJsonOr400(raw, res);
  if (json === undefined) return;
  const envelope = messengerEnvelopeSchema.safeParse(json);
  if (!envelope.success || envelope.data.object !== 'page') {
    logger.warn({ channel: 'messenger' }, 'webhook body is not a page event; ignored');
    res.status(200).send('IGNORED');
    return;
  }

  const receivedAt = new Date(clock());
  const stats = { stored: 0, duplicates: 0, ignored: {} as Record<string, number> };
  let index = 0;
  for (const entry of envelope.data.entry) {
    const account = accounts.messengerByPage(entry.id);
    if (!account || account.appSecret !== secret) {
      logger.warn({ channel: 'messenger', pageId: entry.id }, 'event for an unknown page dropped');
      continue;
    }
    const events = [...(entry.messaging ?? []).map((e) => [e, false] as const), ...(entry.standby ?? []).map((e) => [e, true] as const)];
    for (const [event, standby] of events) {
      const mapped = mapMessengerEvent(event, { account, standby, receivedAt, getStartedPayload: deps.getStartedPayload });
      if ('ignore' in mapped) {
        stats.ignored[mapped.ignore] = (stats.ignored[mapped.ignore] ?? 0) + 1;
        continue;
      }
      if (await inbox.record({ msg: mapped.msg, eventTime: mapped.eventTime, index: index++ })) stats.stored++;
      else stats.duplicates++;
    }
  }
  logger.info({ channel: 'messenger', ...stats }, 'webhook received');
  res.status(200).send('EVENT_RECEIVED');
}

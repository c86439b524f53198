/**
 * Zalo sender: renders a CS message into API calls and performs them from `partsSent` on, with the
 * OA access token (refresh + one retry on an expired-token error; buttons dropped if Zalo rejects them).
 */
import type { AccountRegistry, ZaloAccount } from '../accounts';
import type { ZaloChoiceStyle } from '../config';
import { SendError } from '../errors';
import type { ChannelLogger, ChannelSender, SendJob, SendProgress } from '../types';
import type { ZaloApi } from './client';
import { parseAnonymousUserId } from './mapper';
import { renderZalo, withoutButtons, type ZaloPart } from './render';
import type { ZaloTokens } from './tokens';

export class ZaloSender implements ChannelSender {
  readonly channel = 'zalo' as const;

  constructor(
    private readonly accounts: AccountRegistry,
    private readonly api: ZaloApi,
    private readonly tokens: ZaloTokens,
    private readonly choiceStyle: ZaloChoiceStyle,
    private readonly logger: ChannelLogger,
  ) {}

  async send(job: SendJob, onPart: (p: SendProgress) => Promise<void>): Promise<string[]> {
    const account = this.accounts.zaloByOa(job.target.accountId);
    if (!account) throw new SendError('permanent', 'unknown_account');
    const parts = renderZalo(job.message, this.choiceStyle);
    const ids = [...(job.platformMessageIds ?? [])].slice(0, job.partsSent);
    for (let i = job.partsSent; i < parts.length; i++) {
      // an anonymous chat takes text only: choices become numbered lines
      let part = parseAnonymousUserId(job.target.userId) && parts[i].hasButtons ? withoutButtons(parts[i], job.message) : parts[i];
      let id: string;
      try {
        id = await this.sendPart(account, job.target.userId, part);
      } catch (err) {
        if (!(err instanceof SendError && err.reason === 'invalid_param' && part.hasButtons)) throw err;
        this.logger.warn({ channel: 'zalo', oaId: account.oaId, outboxId: job.id }, 'Zalo rejected CS buttons; resending as text');
        part = withoutButtons(part, job.message);
        id = await this.sendPart(account, job.target.userId, part);
      }
      ids.push(id);
      await onPart({ partsSent: i + 1, platformMessageIds: ids });
    }
    return ids;
  }

  private async sendPart(account: ZaloAccount, userId: string, part: ZaloPart): Promise<string> {
    const anonymous = parseAnonymousUserId(userId);
    const body = anonymous
      ? { recipient: { anonymous_id: anonymous.anonymousId, conversation_id: anonymous.conversationId }, message: { text: String(part.message.text ?? '') } }
      : { recipient: { user_id: userId }, message: part.message };
    const call = (token: string) => (anonymous ? this.api.sendAnonymous(account, token, body) : this.api.sendCs(account, token, body));
    const token = await this.tokens.get(account);
    try {
      return await call(token);
    } catch (err) {
      if (!(err instanceof SendError && err.kind === 'token')) throw err;
      const fresh = await this.tokens.refresh(account, token);
      try {
        return await call(fresh);
      } catch (again) {
        if (again instanceof SendError && again.kind === 'token') throw new SendError('permanent', 'token_invalid', again.code);
        throw again;
      }
    }
  }
}

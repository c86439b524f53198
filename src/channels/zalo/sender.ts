/**
 * Zalo sender: renders a CS message into API calls and performs them from `partsSent` on, with the
 * OA access token (refresh + one retry on an expired-token error; buttons dropped if Zalo rejects them).
 */
import type { AccountRegistry, ZaloAccount } from '../accounts';
import type { ZaloChoiceStyle } from '../config';
import { SendError } from '../errors';
import type { ChannelLogger, ChannelSender, SendJob, SendProgress } from '../types';
import type { ZaloApi } from './client';
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
      let part = parts[i];
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
    const body = { recipient: { user_id: userId }, message: part.message };
    const token = await this.tokens.get(account);
    try {
      return await this.api.sendCs(account, token, body);
    } catch (err) {
      if (!(err instanceof SendError && err.kind === 'token')) throw err;
      const fresh = await this.tokens.refresh(account, token);
      try {
        return await this.api.sendCs(account, fresh, body);
      } catch (again) {
        if (again instanceof SendError && again.kind === 'token') throw new SendError('permanent', 'token_invalid', again.code);
        throw again;
      }
    }
  }
}

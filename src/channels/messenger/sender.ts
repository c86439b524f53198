/** Messenger sender: renders and performs Send API calls for one outbox record, resuming at `partsSent`. */
import type { AccountRegistry } from '../accounts';
import { SendError } from '../errors';
import type { ChannelLogger, ChannelSender, ConversationRef, SendJob, SendProgress } from '../types';
import type { GraphClient } from './graph-client';
import { OUR_METADATA_PREFIX } from './mapper';
import { renderMessenger } from './render';

export class MessengerSender implements ChannelSender {
  readonly channel = 'messenger' as const;

  constructor(
    private readonly accounts: AccountRegistry,
    private readonly graph: GraphClient,
    private readonly logger: ChannelLogger,
  ) {}

  async send(job: SendJob, onPart: (p: SendProgress) => Promise<void>): Promise<string[]> {
    const account = this.accounts.messengerByPage(job.target.accountId);
    if (!account) throw new SendError('permanent', 'unknown_account');
    const parts = renderMessenger(job.message);
    const ids = [...(job.platformMessageIds ?? [])].slice(0, job.partsSent);
    for (let i = job.partsSent; i < parts.length; i++) {
      const body = {
        recipient: { id: job.target.userId },
        ...(job.humanAgentTag ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : { messaging_type: 'RESPONSE' }),
        // metadata is echoed back: it marks the echo as ours (and carries the idempotency key).
        message: { ...parts[i], metadata: `${OUR_METADATA_PREFIX}out:${job.id}:${i}` },
      };
      const res = await this.graph.post<{ message_id?: string }>(account, 'messages', body);
      ids.push(res.message_id ?? '');
      await onPart({ partsSent: i + 1, platformMessageIds: ids });
    }
    return ids;
  }

  async typing(target: ConversationRef): Promise<void> {
    const account = this.accounts.messengerByPage(target.accountId);
    if (!account) return;
    try {
      await this.graph.post(account, 'messages', { recipient: { id: target.userId }, sender_action: 'typing_on' });
    } catch (err) {
      this.logger.debug({ channel: 'messenger', reason: (err as SendError).reason }, 'typing_on failed (ignored)');
    }
  }
}

/**
 * Messaging windows, checked before calling a platform so we fail fast with 'outside_window'.
 * Messenger: 24 h for anything; staff-authored messages up to 7 d with MESSAGE_TAG/HUMAN_AGENT.
 * Zalo: 7 d after the citizen's last interaction, no exception.
 */
import type { WindowPolicy } from './config';
import type { OutboundMessage } from './message';
import type { PlatformChannel } from './types';

export type WindowDecision = { ok: true; humanAgentTag: boolean } | { ok: false };

export function checkWindow(
  channel: PlatformChannel,
  author: OutboundMessage['author'],
  lastInboundAt: number | undefined,
  now: number,
  policy: WindowPolicy,
  messengerHumanAgent: boolean,
): WindowDecision {
  if (!lastInboundAt) return { ok: false };
  const age = now - lastInboundAt;
  if (channel === 'zalo') return age <= policy.zaloMs ? { ok: true, humanAgentTag: false } : { ok: false };
  if (age <= policy.messengerMs) return { ok: true, humanAgentTag: false };
  if (author?.kind === 'staff' && messengerHumanAgent && age <= policy.messengerHumanAgentMs) return { ok: true, humanAgentTag: true };
  return { ok: false };
}

/**
 * Messaging windows as staff see them in the console: Messenger answers within 24 h of the citizen's last
 * message, staff up to 7 days with the HUMAN_AGENT tag; Zalo customer-service messages within 7 days. The
 * outbox enforces the same limits (src/channels/windows.ts); this only tells staff in advance.
 */
import type { ChannelName } from '../channels/message';
import type { WindowPolicy } from '../channels/config';

export interface WindowInfo {
  /** open: anything can be sent; human_agent: only staff replies (Messenger HUMAN_AGENT tag); closed: nothing. */
  state: 'open' | 'human_agent' | 'closed';
  /** When the current state ends (open → human_agent/closed, human_agent → closed). */
  closesAt?: string;
  /** Less than `warnMs` left before the staff window closes. */
  closingSoon: boolean;
}

export function windowInfo(channel: ChannelName, lastInboundAt: Date | undefined, now: Date, policy: WindowPolicy, humanAgent: boolean, warnMs: number): WindowInfo | null {
  if (channel !== 'messenger' && channel !== 'zalo') return null; // web chat: no platform window
  if (!lastInboundAt) return { state: 'closed', closingSoon: false };
  const last = lastInboundAt.getTime();
  const t = now.getTime();
  const at = (ms: number) => new Date(last + ms).toISOString();
  if (channel === 'zalo') {
    if (t - last <= policy.zaloMs) return { state: 'open', closesAt: at(policy.zaloMs), closingSoon: last + policy.zaloMs - t < warnMs };
    return { state: 'closed', closesAt: at(policy.zaloMs), closingSoon: false };
  }
  if (t - last <= policy.messengerMs) {
    // after 24 h only staff replies can go (with the tag): warn before that, too
    return { state: 'open', closesAt: at(policy.messengerMs), closingSoon: last + policy.messengerMs - t < warnMs };
  }
  if (humanAgent && t - last <= policy.messengerHumanAgentMs) {
    return { state: 'human_agent', closesAt: at(policy.messengerHumanAgentMs), closingSoon: last + policy.messengerHumanAgentMs - t < warnMs };
  }
  return { state: 'closed', closesAt: at(humanAgent ? policy.messengerHumanAgentMs : policy.messengerMs), closingSoon: false };
}

/**
 * Typed answers to an offered menu: on Zalo, choices are also shown as numbered lines, so a citizen typing
 * "2" means the second choice. Also fills in the visible title of a choice tapped by payload.
 */
import type { Choice, InboundMessage } from './message';

const NUMBER_ANSWER = /^\s*(\d{1,2})\s*[.)]?\s*$/;

export function resolveChoice(msg: InboundMessage, lastChoices: Choice[] | undefined): InboundMessage {
  if (!lastChoices?.length) return msg;
  if (msg.kind === 'choice' && msg.payload && !msg.text) {
    const hit = lastChoices.find((c) => c.payload === msg.payload);
    return hit ? { ...msg, text: hit.title } : msg;
  }
  if (msg.kind === 'text' && msg.channel === 'zalo' && msg.text) {
    const m = NUMBER_ANSWER.exec(msg.text);
    const choice = m ? lastChoices[Number(m[1]) - 1] : undefined;
    if (choice) return { ...msg, kind: 'choice', payload: choice.payload, text: choice.title };
  }
  return msg;
}

/**
 * OutboundMessage → Messenger `message` objects, one per Send API call:
 * text split at ≤ 2000 chars; links as a button template (≤ 3 web_url buttons, text ≤ 640; more links as
 * lines); image as an attachment; ≤ 13 quick replies (titles ≤ 20 chars, "…") on the last part.
 */
import type { OutboundMessage } from '../message';
import { shorten, splitText } from '../split';

export const MESSENGER_LIMITS = { text: 2000, buttonText: 640, buttons: 3, quickReplies: 13, title: 20, payload: 1000 };

export type MessengerMessage = Record<string, unknown>;

export function renderMessenger(msg: OutboundMessage): MessengerMessage[] {
  const L = MESSENGER_LIMITS;
  const links = msg.links ?? [];
  const buttonLinks = links.slice(0, L.buttons);
  let text = msg.text.trim();
  const extra = links.slice(L.buttons);
  if (extra.length) text = [text, ...extra.map((l) => `${l.title}: ${l.url}`)].filter(Boolean).join('\n');

  const chunks = splitText(text, L.text);
  const parts: MessengerMessage[] = [];
  let templateText: string | undefined;
  if (buttonLinks.length) {
    const last = chunks.pop() ?? buttonLinks.map((l) => l.title).join(' / ');
    const pieces = splitText(last, L.buttonText);
    templateText = pieces.pop() ?? shorten(last, L.buttonText);
    chunks.push(...pieces);
  }
  for (const c of chunks) parts.push({ text: c });
  if (templateText !== undefined) {
    parts.push({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: templateText,
          buttons: buttonLinks.map((l) => ({ type: 'web_url', url: l.url, title: shorten(l.title, L.title) })),
        },
      },
    });
  }
  if (msg.imageUrl) parts.push({ attachment: { type: 'image', payload: { url: msg.imageUrl, is_reusable: true } } });

  const choices = (msg.choices ?? []).slice(0, L.quickReplies);
  if (choices.length) {
    if (parts.length === 0) parts.push({ text: '…' });
    parts[parts.length - 1].quick_replies = choices.map((c) => ({
      content_type: 'text',
      title: shorten(c.title, L.title),
      payload: c.payload.slice(0, L.payload),
    }));
  }
  return parts;
}

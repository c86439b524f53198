/**
 * OutboundMessage → Zalo CS `message` objects (one per API call). Zalo has no quick replies:
 * choices become numbered lines in the text ("numbered"), oa.query.hide buttons whose '#'-prefixed payload
 * comes back as the user's text ("buttons"; mobile only, unverified on CS), or both (default). Links become
 * text lines and/or oa.open.url buttons. Text is split at ≤ 2000 chars; buttons go on the last text part.
 */
import type { ZaloChoiceStyle } from '../config';
import type { OutboundMessage } from '../message';
import { shorten, splitText } from '../split';

export const ZALO_LIMITS = { text: 2000, buttons: 5, title: 100, payload: 1000 };

export interface ZaloPart {
  message: Record<string, unknown>;
  /** Carries a buttons attachment (fallback: resend as plain text if Zalo rejects it). */
  hasButtons: boolean;
}

export function renderZalo(msg: OutboundMessage, requested: ZaloChoiceStyle): ZaloPart[] {
  const L = ZALO_LIMITS;
  const choices = msg.choices ?? [];
  const links = msg.links ?? [];
  // Buttons alone cannot carry more than 5 items: fall back to also numbering them.
  const style: ZaloChoiceStyle = requested === 'buttons' && choices.length + links.length > L.buttons ? 'both' : requested;

  const lines = [msg.text.trim()];
  if (style !== 'buttons') {
    if (choices.length) lines.push('', ...choices.map((c, i) => `${i + 1}. ${c.title}`));
    // a link whose address the text already shows is not written out a second time
    const unseen = links.filter((l) => !msg.text.includes(l.url));
    if (unseen.length) lines.push('', ...unseen.map((l) => `${l.title}: ${l.url}`));
  }
  const chunks = splitText(lines.join('\n'), L.text);
  const parts: ZaloPart[] = chunks.map((text) => ({ message: { text }, hasButtons: false }));

  if (style !== 'numbered' && (choices.length || links.length)) {
    const buttons = [
      ...choices.map((c) => ({ title: shorten(c.title, L.title), type: 'oa.query.hide', payload: `#${c.payload}`.slice(0, L.payload) })),
      ...links.map((l) => ({ title: shorten(l.title, L.title), type: 'oa.open.url', payload: { url: l.url } })),
    ].slice(0, L.buttons);
    if (parts.length === 0) parts.push({ message: { text: '…' }, hasButtons: false });
    const last = parts[parts.length - 1];
    last.message = { ...last.message, attachment: { type: 'template', payload: { buttons } } };
    last.hasButtons = true;
  }
  if (msg.imageUrl) {
    parts.push({
      message: { attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url: msg.imageUrl }] } } },
      hasButtons: false,
    });
  }
  return parts;
}

/** The same part without its buttons (numbered lines are added if they were not there). */
export function withoutButtons(part: ZaloPart, msg: OutboundMessage): ZaloPart {
  const { attachment: _dropped, ...rest } = part.message;
  void _dropped;
  let text = String(rest.text ?? '');
  const choices = msg.choices ?? [];
  if (choices.length && !/\n1\. /.test(text)) text = [text, '', ...choices.map((c, i) => `${i + 1}. ${c.title}`)].join('\n');
  return { message: { ...rest, text: text.slice(0, ZALO_LIMITS.text) }, hasButtons: false };
}

/**
 * Complaint intake: one question at a time (what → where → when → phone → photos → consent), each skippable,
 * the whole thing cancellable. Pure: takes the intake state and the citizen's message, returns the next state
 * and the replies; the service stores the state and creates the ticket when `complete` is set.
 */
import type { InboundMessage, OutboundMessage } from '../channels/message';
import { normalisePhone } from './mask';
import type { ComplaintData, IntakeState, IntakeStep } from './model';
import { T } from './texts';

export type IntakeOutcome =
  | { kind: 'continue'; state: IntakeState; replies: OutboundMessage[] }
  | { kind: 'cancelled'; replies: OutboundMessage[] }
  | { kind: 'complete'; data: ComplaintData };

const ORDER: IntakeStep[] = ['what', 'where', 'when', 'phone', 'photos', 'consent'];
/** A first message at least this many words long is taken as the description (the "what" question is skipped). */
const DESCRIPTIVE_WORDS = 6;

/** Lowercase, no diacritics, no punctuation: for matching short control answers ("bỏ qua", "hủy", "xong"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CANCEL_WORDS = new Set(['huy', 'huy bo', 'huy phan anh', 'thoi', 'khong phan anh nua', 'cancel', 'dung lai']);
const SKIP_WORDS = new Set(['bo qua', 'skip', 'khong co', 'ko co', 'k co', 'khong', 'ko', 'khong co anh', 'khong biet', 'xong', 'het', 'done', 'next', 'tiep']);
const YES_WORDS = new Set(['dong y', 'co', 'yes', 'ok', 'oke', 'okay', 'duoc', 'co dong y', 'u', 'vang', 'da', 'da dong y']);
const NO_WORDS = new Set(['khong dong y', 'khong', 'ko', 'no', 'k', 'khong can', 'tu choi']);

export function isCancel(msg: InboundMessage): boolean {
  return msg.payload === 'intake:cancel' || (!!msg.text && CANCEL_WORDS.has(fold(msg.text)));
}

export function question(step: IntakeStep): OutboundMessage {
  switch (step) {
    case 'what': return T.askWhat();
    case 'where': return T.askWhere();
    case 'when': return T.askWhen();
    case 'phone': return T.askPhone();
    case 'photos': return T.askPhotos();
    case 'consent': return T.askConsent();
  }
}

/** Starts an intake from the message that was understood as a complaint. */
export function startIntake(text: string | undefined, at: Date, options: { noAttachments?: boolean } = {}): { state: IntakeState; replies: OutboundMessage[] } {
  const initial = text?.trim() || undefined;
  const descriptive = !!initial && initial.split(/\s+/).length >= DESCRIPTIVE_WORDS;
  const state: IntakeState = {
    step: descriptive ? 'where' : 'what', startedAt: at, initialText: initial, data: { attachments: [], ...(descriptive ? { description: initial } : {}) }, retries: 0,
    ...(options.noAttachments ? { noAttachments: true } : {}),
  };
  return { state, replies: [{ text: T.intakeIntro }, question(state.step)] };
}

function advance(state: IntakeState): IntakeOutcome {
  const i = ORDER.indexOf(state.step);
  let next = ORDER[i + 1];
  if (next === 'photos' && state.noAttachments) next = ORDER[i + 2];
  if (!next) return { kind: 'complete', data: state.data };
  const s = { ...state, step: next, retries: 0 };
  return { kind: 'continue', state: s, replies: [question(next)] };
}

export function stepIntake(state: IntakeState, msg: InboundMessage): IntakeOutcome {
  if (isCancel(msg)) return { kind: 'cancelled', replies: [T.cancelled()] };
  const s: IntakeState = { ...state, data: { ...state.data, attachments: [...state.data.attachments] } };
  const text = msg.text?.trim() ?? '';
  const folded = fold(text);
  const skip = msg.payload === 'intake:skip' || (text !== '' && SKIP_WORDS.has(folded) && s.step !== 'consent');
  const files = (msg.attachments ?? []).filter((a) => a.kind !== 'location');
  const location = (msg.attachments ?? []).find((a) => a.kind === 'location');
  // attachments and a shared location are kept whatever the question was
  if (files.length) s.data.attachments.push(...files);
  if (location && !s.data.location) s.data.location = { latitude: location.latitude, longitude: location.longitude, ...(text && s.step === 'where' ? { text } : {}) };

  switch (s.step) {
    case 'what':
      if (skip || !text) {
        if (!text && files.length === 0 && !skip) return { kind: 'continue', state: s, replies: [question('what')] };
        if (s.initialText && !s.data.description) s.data.description = s.initialText;
        return advance(s);
      }
      s.data.description = text;
      return advance(s);
    case 'where':
      if (location) return advance(s);
      if (skip) return advance(s);
      if (!text) return { kind: 'continue', state: s, replies: files.length ? [T.gotFiles(s.data.attachments.length), question('where')] : [question('where')] };
      s.data.location = { ...(s.data.location ?? {}), text };
      return advance(s);
    case 'when':
      if (skip) return advance(s);
      if (!text) return { kind: 'continue', state: s, replies: [question('when')] };
      s.data.when = text;
      return advance(s);
    case 'phone': {
      if (skip) return advance(s);
      const submitted = msg.contact?.phone;
      const phone = normalisePhone(submitted ?? text);
      if (phone) {
        s.data.phone = phone;
        return advance(s);
      }
      if (s.retries >= 1) return advance(s); // asked twice: move on without a number
      return { kind: 'continue', state: { ...s, retries: s.retries + 1 }, replies: [T.badPhone()] };
    }
    case 'photos':
      if (files.length) return { kind: 'continue', state: s, replies: [T.gotFiles(s.data.attachments.length)] };
      return advance(s); // "không có ảnh", "xong" or any text: go on
    case 'consent': {
      const yes = msg.payload === 'intake:consent:yes' || YES_WORDS.has(folded);
      const no = msg.payload === 'intake:consent:no' || msg.payload === 'intake:skip' || NO_WORDS.has(folded) || folded === 'bo qua';
      if (!yes && !no) {
        if (s.retries >= 1) {
          s.data.consent = false;
          return advance(s);
        }
        return { kind: 'continue', state: { ...s, retries: s.retries + 1 }, replies: [question('consent')] };
      }
      s.data.consent = yes;
      if (!yes) delete s.data.phone; // no consent to be contacted: do not keep the number
      return advance(s);
    }
  }
}

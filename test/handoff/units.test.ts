/** Pure parts of the handoff room (office hours, windows, intake, masking) and the out-of-hours behaviour. */
import type { InboundMessage } from '../../src/channels/message';
import { defaultChannelConfig } from '../../src/channels/config';
import type { TurnEvent } from '../../src/conversation/engine';
import { fold, startIntake, stepIntake, type IntakeOutcome } from '../../src/handoff/intake';
import { maskPhone, maskText, normalisePhone } from '../../src/handoff/mask';
import type { IntakeState } from '../../src/handoff/model';
import { isOpen, localYear, parseOfficeHours } from '../../src/handoff/office-hours';
import { windowInfo } from '../../src/handoff/windows';
import { maskTurn } from '../../src/handoff/wire';
import { shiftedClock, startTestApp, WebCitizen } from './helpers';

// 2026-11-23 is a Monday; Vietnam is UTC+7 all year
const vn = (iso: string) => new Date(`${iso}+07:00`);

describe('office hours', () => {
  const h = parseOfficeHours(undefined, undefined);
  test('default: Mon–Fri 7:30–11:30 and 13:30–17:00 in Asia/Ho_Chi_Minh', () => {
    expect(isOpen(h, vn('2026-11-23T07:29'))).toBe(false);
    expect(isOpen(h, vn('2026-11-23T07:30'))).toBe(true);
    expect(isOpen(h, vn('2026-11-23T11:30'))).toBe(false);
    expect(isOpen(h, vn('2026-11-23T12:00'))).toBe(false);
    expect(isOpen(h, vn('2026-11-23T16:59'))).toBe(true);
    expect(isOpen(h, vn('2026-11-27T14:00'))).toBe(true); // Friday
    expect(isOpen(h, vn('2026-11-28T09:00'))).toBe(false); // Saturday
    expect(isOpen(h, new Date('2026-11-23T01:00:00Z'))).toBe(true); // 08:00 in Hà Nội
  });
  test('custom schedules, "always", and clear errors', () => {
    const sat = parseOfficeHours('Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30', 'Asia/Ho_Chi_Minh');
    expect(isOpen(sat, vn('2026-11-28T09:00'))).toBe(true);
    expect(isOpen(sat, vn('2026-11-28T14:00'))).toBe(false);
    expect(isOpen(parseOfficeHours('always', undefined), vn('2026-11-29T03:00'))).toBe(true);
    expect(isOpen(parseOfficeHours('Fri-Mon 20:00-24:00', undefined), vn('2026-11-29T23:00'))).toBe(true); // wraps over the weekend
    expect(() => parseOfficeHours('Mon-Fri 7h30-11h30', undefined)).toThrow(/HH:MM/);
    expect(() => parseOfficeHours('Funday 07:30-11:30', undefined)).toThrow(/unknown day/);
    expect(() => parseOfficeHours(undefined, 'Mars/Olympus')).toThrow();
    expect(localYear(new Date('2026-12-31T18:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(2027);
  });
});

describe('messaging windows shown to staff', () => {
  const p = defaultChannelConfig.windows;
  const now = new Date('2026-11-23T10:00:00Z');
  const ago = (h: number) => new Date(now.getTime() - h * 3_600_000);
  test('Messenger: 24 h, then HUMAN_AGENT up to 7 days, then closed', () => {
    expect(windowInfo('messenger', ago(1), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'open', closingSoon: false });
    expect(windowInfo('messenger', ago(23), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'open', closingSoon: true });
    expect(windowInfo('messenger', ago(30), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'human_agent', closingSoon: false });
    expect(windowInfo('messenger', ago(30), now, p, false, 2 * 3_600_000)).toMatchObject({ state: 'closed' });
    expect(windowInfo('messenger', ago(24 * 7 + 1), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'closed' });
  });
  test('Zalo: 7 days; web chat has none', () => {
    expect(windowInfo('zalo', ago(24 * 6), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'open', closingSoon: false });
    expect(windowInfo('zalo', ago(24 * 7 - 1), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'open', closingSoon: true });
    expect(windowInfo('zalo', ago(24 * 8), now, p, true, 2 * 3_600_000)).toMatchObject({ state: 'closed' });
    expect(windowInfo('web', ago(100), now, p, true, 2 * 3_600_000)).toBeNull();
  });
});

describe('complaint intake (pure)', () => {
  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ agencyId: 'a', channel: 'zalo', conversationId: 'c', userId: 'u', externalId: 'e', kind: 'text', receivedAt: new Date(), ...m });
  const go = (s: IntakeState, m: Partial<InboundMessage>): IntakeState => {
    const o: IntakeOutcome = stepIntake(s, msg(m));
    if (o.kind !== 'continue') throw new Error(`expected continue, got ${o.kind}`);
    return o.state;
  };

  test('a shared location answers "where"; photos are kept from any step; a Zalo contact form gives the phone', () => {
    let s = startIntake('phản ánh', new Date()).state;
    expect(s.step).toBe('what');
    s = go(s, { text: 'Cây đổ chắn ngang đường' });
    s = go(s, { kind: 'attachment', attachments: [{ kind: 'location', latitude: 21.03, longitude: 105.85 }] });
    expect(s.data.location).toEqual({ latitude: 21.03, longitude: 105.85 });
    s = go(s, { kind: 'attachment', text: 'vừa xong', attachments: [{ kind: 'image', url: 'https://x/1.jpg' }] });
    expect(s.step).toBe('phone');
    expect(s.data).toMatchObject({ when: 'vừa xong', attachments: [{ kind: 'image' }] });
    s = go(s, { kind: 'choice', payload: 'contact:submitted', contact: { phone: '+84 912 345 678' } });
    expect(s.data.phone).toBe('0912345678');
    s = go(s, { kind: 'attachment', attachments: [{ kind: 'image', url: 'https://x/2.jpg' }] });
    expect(s.step).toBe('photos');
    s = go(s, { text: 'xong' });
    expect(s.step).toBe('consent');
    s = go(s, { text: 'hả?' }); // not understood: asked again once
    const o = stepIntake(s, msg({ text: 'Đồng ý' }));
    expect(o).toMatchObject({ kind: 'complete', data: { description: 'Cây đổ chắn ngang đường', phone: '0912345678', consent: true } });
    if (o.kind === 'complete') expect(o.data.attachments).toHaveLength(2);
  });

  test('skipping the description keeps the first message; cancel works at any step', () => {
    let s = startIntake('khiếu nại', new Date()).state;
    s = go(s, { kind: 'choice', payload: 'intake:skip' });
    expect(s.data.description).toBe('khiếu nại');
    expect(stepIntake(s, msg({ text: 'Huỷ' })).kind).toBe('cancelled');
    expect(stepIntake(s, msg({ kind: 'choice', payload: 'intake:cancel' })).kind).toBe('cancelled');
  });

  test('a wrong phone number is asked again once, then skipped', () => {
    let s: IntakeState = { ...startIntake('x', new Date()).state, step: 'phone' };
    s = go(s, { text: '12345' });
    expect(s.step).toBe('phone');
    const o = stepIntake(s, msg({ text: 'abc' }));
    expect(o.kind === 'continue' && o.state.step).toBe('photos');
  });

  test('on a channel that cannot carry photos, the photos question is skipped', () => {
    const s: IntakeState = { ...startIntake('x', new Date(), { noAttachments: true }).state, step: 'phone' };
    const o = stepIntake(s, msg({ text: '0912345678' }));
    expect(o.kind === 'continue' && o.state.step).toBe('consent');
  });

  test('fold and phone helpers', () => {
    expect(fold('  Bỏ  QUA! ')).toBe('bo qua');
    expect(fold('Đồng ý')).toBe('dong y');
    expect(normalisePhone('0912.345.678')).toBe('0912345678');
    expect(normalisePhone('+84 (24) 3825 1234')).toBe('02438251234');
    expect(normalisePhone('12345')).toBeNull();
  });
});

describe('masking outside the console', () => {
  test('phones, ID numbers and e-mail addresses are masked in text', () => {
    expect(maskPhone('0912345678')).toBe('091****678');
    expect(maskText('gọi 0912 345 678 hoặc mail a.b@gmail.com, CCCD 001099012345')).toBe('gọi 091****678 hoặc mail [email], CCCD 001******345');
    expect(maskText('đăng ký khai sinh năm 2025')).toBe('đăng ký khai sinh năm 2025');
  });
  test('turns reaching the editors: complaint text withheld, other text masked', () => {
    const base: TurnEvent = { agencyId: 'a', conversationId: 'c', channel: 'web', text: 'tôi muốn phản ánh ông Nguyễn Văn A 0912345678', parse: { intent: 'complaint', procedure: null, aspect: null, confidence: 1, reply: 'x' }, kind: 'intent', at: new Date() };
    expect(maskTurn(base).text).not.toMatch(/Nguyễn|0912/);
    expect(maskTurn({ ...base, text: 'số 0912345678 đăng ký tạm trú', parse: { ...base.parse, intent: 'procedure' } }).text).toBe('số 091****678 đăng ký tạm trú');
  });
});

describe('out of office hours', () => {
  test('a person request out of hours gets the office hours once; no holding message at night', async () => {
    const clock = shiftedClock();
    const app = await startTestApp({ OFFICE_HOURS: 'Mon 00:00-00:01', HANDOFF_HOLDING_MINUTES: '1', HANDOFF_CHECK_SECONDS: '0.05' }, { now: clock.now });
    try {
      const citizen = new WebCitizen(app.url, 'w-night-1');
      const replies = await citizen.say('cho tôi gặp cán bộ');
      expect(replies).toEqual([expect.stringMatching(/chuyển yêu cầu/), expect.stringMatching(/ngoài giờ làm việc.*Thứ Hai đến Thứ Sáu/)]);
      expect(await citizen.say('có ai không')).toEqual([]); // told once already
      clock.advance(5 * 60_000);
      await new Promise((r) => setTimeout(r, 200));
      expect(await citizen.pushed()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

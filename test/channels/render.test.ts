import { errorSummary } from '../../src/channels/loop';
import { renderMessenger } from '../../src/channels/messenger/render';
import { shorten, splitText } from '../../src/channels/split';
import { renderZalo } from '../../src/channels/zalo/render';
import { fixtureJson } from './helpers';

describe('text shaping', () => {
  it('splits at paragraph, line, sentence, then word boundaries and never exceeds the limit', () => {
    expect(splitText('short', 10)).toEqual(['short']);
    expect(splitText('Câu một. Câu hai dài hơn. Ba.', 20)).toEqual(['Câu một.', 'Câu hai dài hơn. Ba.']);
    expect(splitText('dòng một\ndòng hai rất dài', 15)).toEqual(['dòng một', 'dòng hai rất', 'dài']);
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    const emoji = '😀'.repeat(6); // surrogate pairs are never cut in half
    for (const c of splitText(emoji, 5)) expect(c).not.toMatch(/[\ud800-\udbff]$/);
    const long = Array.from({ length: 400 }, (_, i) => `Câu số ${i}.`).join(' ');
    const parts = splitText(long, 2000);
    expect(parts.every((p) => p.length <= 2000 && p.endsWith('.'))).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('shortens labels with an ellipsis', () => {
    expect(shorten('Lệ phí', 20)).toBe('Lệ phí');
    expect(shorten('Giấy tờ cần nộp khi đăng ký', 20)).toBe('Giấy tờ cần nộp khi…');
    expect(Array.from(shorten('x'.repeat(50), 20))).toHaveLength(20);
  });
});

describe('renderers', () => {
  it('Messenger quick replies match the fixture shape', () => {
    const f = fixtureJson('messenger-send-quick_replies.request.json');
    const [part] = renderMessenger({
      text: f.message.text,
      choices: f.message.quick_replies.map((q: { title: string; payload: string }) => ({ title: q.title, payload: q.payload })),
    });
    expect(part).toEqual(f.message);
  });

  it('Zalo buttons-only style matches the buttons fixture', () => {
    const f = fixtureJson('zalo-send-cs-buttons.request.json');
    const buttons = f.message.attachment.payload.buttons as { title: string; type: string; payload: any }[];
    const [part] = renderZalo(
      {
        text: f.message.text,
        choices: buttons.filter((b) => b.type === 'oa.query.hide').map((b) => ({ title: b.title, payload: b.payload.slice(1) })),
        links: buttons.filter((b) => b.type === 'oa.open.url').map((b) => ({ title: b.title, url: b.payload.url })),
      },
      'buttons',
    );
    expect(part.message.text).toBe(f.message.text);
    expect(new Set((part.message.attachment as any).payload.buttons.map((b: any) => JSON.stringify(b)))).toEqual(new Set(buttons.map((b) => JSON.stringify(b))));
  });

  it('Zalo numbered style has no attachment; images go as a media template part', () => {
    const parts = renderZalo({ text: 'Chọn', choices: [{ title: 'A', payload: 'intent:a' }], imageUrl: 'https://example.gov.vn/a.png' }, 'numbered');
    expect(parts).toEqual([
      { message: { text: 'Chọn\n\n1. A' }, hasButtons: false },
      { message: { attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url: 'https://example.gov.vn/a.png' }] } } }, hasButtons: false },
    ]);
  });
});

describe('Zalo links', () => {
  it('writes a link out only when the text does not already show its address', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
    const shown = renderZalo({ text: `Lệ phí: miễn.\nChi tiết: ${url}`, links: [{ title: 'Xem trên Cổng DVC', url }] }, 'numbered');
    expect(String(shown[0].message.text).split(url)).toHaveLength(2); // the address appears once
    const hidden = renderZalo({ text: 'Lệ phí: miễn.', links: [{ title: 'Xem trên Cổng DVC', url }] }, 'numbered');
    expect(hidden[0].message.text).toContain(`Xem trên Cổng DVC: ${url}`);
  });
});

describe('error summaries for logs', () => {
  it('never carry a phone or ID number quoted in an error message', () => {
    const s = errorSummary(new Error('bad input "số tôi là 0912345678, CCCD 001203004567"'));
    expect(s.message).not.toMatch(/\d{6,}/);
    expect(s.name).toBe('Error');
  });
});

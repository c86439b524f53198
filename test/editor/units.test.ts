/** Pure parts of the editor room: validation rules, the field-by-field diff, grouping of missed messages. */
import { join } from 'node:path';
import { diff } from '../../src/editor/diff';
import { contentTerms, missReason, phrasesFrom, similarity } from '../../src/editor/misses';
import { intentIssues, procedureIssues, vnStartOf, vnDate } from '../../src/editor/validate';
import { loadProcedureFiles } from '../../src/knowledge/files';

const { procedures } = loadProcedureFiles(join(__dirname, '..', '..', 'data', 'procedures'));
const NOW = new Date('2026-12-01T03:00:00Z');
const p = () => structuredClone(procedures.find((x) => x.id === 'dang-ky-ket-hon')!);

describe('publishing rules', () => {
  test('every procedure in data/ is publishable', () => {
    const bad = procedures.map((x) => ({ id: x.id, issues: procedureIssues(x, NOW) })).filter((x) => x.issues.length);
    expect(bad).toEqual([]);
  });

  test('legal basis, level, official link and verified-on date are required; shapes are checked', () => {
    const x: any = p();
    x.legalBasis = [];
    delete x.level;
    x.officialUrl = 'htp:/bad';
    x.verifiedOn = '2026-02-30';
    x.fee.text = 'khoảng 200000 đồng';
    x.duration.text = 'nhanh thôi';
    x.channels.onlineNote = 'xem https://exa mple.gov.vn';
    const paths = procedureIssues(x, NOW).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['legalBasis', 'level', 'officialUrl', 'verifiedOn', 'fee.text', 'duration.text']));
  });

  test('a verified-on date in the future and a malformed legal document number are refused', () => {
    const x = p();
    x.verifiedOn = '2026-12-05';
    x.legalBasis[0].number = 'luật hộ tịch';
    expect(procedureIssues(x, NOW).map((i) => i.path)).toEqual(expect.arrayContaining(['verifiedOn', 'legalBasis.0.number']));
  });

  test('effective dates are Hà Nội days', () => {
    expect(vnStartOf('2026-12-02').toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(vnDate(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
  });
});

test('a variant procedure needs words that mark it, and is not a variant of itself', () => {
  const base = { intent: 'procedure', procedure: 'cap-lai-the-can-cuoc', phrases: ['mất căn cước làm lại ở đâu'] };
  expect(intentIssues({ ...base, variantOf: 'cap-the-can-cuoc', marks: ['bị mất'] })).toEqual([]);
  expect(intentIssues({ ...base, variantOf: 'cap-the-can-cuoc' }).map((i) => i.path)).toEqual(['marks']);
  expect(intentIssues({ ...base, variantOf: 'cap-lai-the-can-cuoc', marks: ['mất'] }).map((i) => i.path)).toEqual(['variantOf']);
});

test('a refinement needs words that mark it, and does not refine itself', () => {
  const base = { intent: 'procedure', procedure: 'dang-ky-lai-khai-sinh', phrases: ['sổ gốc bị cháy thì làm sao'] };
  expect(intentIssues({ ...base, refines: ['trich-luc-ho-tich'], marks: ['sổ gốc … cháy'] })).toEqual([]);
  expect(intentIssues({ ...base, refines: ['trich-luc-ho-tich'] }).map((i) => i.path)).toEqual(['marks']);
  expect(intentIssues({ ...base, refines: ['dang-ky-lai-khai-sinh'], marks: ['mất'] }).map((i) => i.path)).toEqual(['refines']);
});

describe('diff for reviewers', () => {
  test('one line per changed field, list items added and removed', () => {
    const a = p();
    const b = p();
    b.fee.text = 'Mới';
    b.documents = [...b.documents.slice(1), { name: 'Giấy mới', note: 'bản sao' }];
    b.channels.online = !a.channels.online;
    const changes = diff(a, b);
    expect(changes).toEqual(expect.arrayContaining([
      { path: 'fee.text', label: 'Lệ phí', kind: 'changed', old: a.fee.text, new: 'Mới' },
      { path: 'documents', label: 'Thành phần hồ sơ', kind: 'removed', old: a.documents[0] },
      { path: 'documents', label: 'Thành phần hồ sơ', kind: 'added', new: { name: 'Giấy mới', note: 'bản sao' } },
      { path: 'channels.online', label: 'Nộp trực tuyến', kind: 'changed', old: a.channels.online, new: b.channels.online },
    ]));
    expect(changes).toHaveLength(4);
    expect(diff(a, structuredClone(a))).toEqual([]);
  });

  test('something new shows every field as added', () => {
    expect(diff(null, { intent: 'procedure', phrases: ['a'] })).toEqual([
      { path: 'intent', label: 'Ý định', kind: 'added', new: 'procedure' },
      { path: 'phrases', label: 'Câu mẫu', kind: 'added', new: 'a' },
    ]);
  });
});

describe('grouping missed messages', () => {
  test('question words do not count; topic words do, without diacritics', () => {
    expect(contentTerms('cho hỏi đăng ký bản quyền tác giả ở đâu')).toEqual(['ban', 'quyen', 'tac', 'gia']);
    expect(contentTerms('[số điện thoại] cần gì')).toEqual([]);
  });

  test('similar messages score high against a group, different topics low', () => {
    const group = { terms: { ban: 3, quyen: 3, tac: 2, gia: 2 }, count: 3 };
    expect(similarity(contentTerms('đăng ký bản quyền logo'), group).score).toBeGreaterThanOrEqual(0.5);
    expect(similarity(contentTerms('hôm nay trời có mưa không'), group).score).toBe(0);
  });

  test('which turns are misses', () => {
    const parse = (intent: string, confidence: number) => ({ intent, confidence, procedure: null, aspect: null, reply: '' }) as any;
    expect(missReason({ kind: 'intent', parse: parse('out_of_scope', 0.9) })).toBe('out_of_scope');
    expect(missReason({ kind: 'ask_topic', parse: parse('procedure', 0.4) })).toBe('low_confidence');
    expect(missReason({ kind: 'answer', parse: parse('procedure', 0.2) })).toBe('low_confidence');
    expect(missReason({ kind: 'answer', parse: parse('procedure', 0.9) })).toBeNull();
    expect(missReason({ kind: 'intent', parse: parse('complaint', 0.9) })).toBeNull();
  });

  test('training phrases drop masked placeholders and duplicates', () => {
    expect(phrasesFrom(['gọi [số điện thoại] đăng ký bản quyền', 'Dang ky ban quyen', 'đăng ký bản quyền', 'ok'])).toEqual(['gọi đăng ký bản quyền', 'Dang ky ban quyen']);
  });
});

test('phrases that teach an aspect name it, and only they do', () => {
  expect(intentIssues({ intent: 'aspect', aspect: 'fee', phrases: ['có chát không'] })).toEqual([]);
  expect(intentIssues({ intent: 'aspect', phrases: ['có chát không'] }).map((i) => i.path)).toEqual(['aspect']);
  expect(intentIssues({ intent: 'greeting', aspect: 'fee', phrases: ['chào ad'] }).map((i) => i.path)).toEqual(['aspect']);
  expect(intentIssues({ intent: 'aspect', aspect: 'price', phrases: ['x'] }).map((i) => i.path)).toEqual(['aspect']);
});

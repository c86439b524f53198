import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const KEYS = ['aspect', 'confidence', 'intent', 'procedure', 'reply'];

function runCli(args: string[], input: string): SpawnSyncReturns<string> {
  return spawnSync(TSX, ['src/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 20_000 });
}

describe('cli parse', () => {
  let run: SpawnSyncReturns<string>;
  let lines: string[];
  let out: Record<string, unknown>[];

  beforeAll(() => {
    const input = [
      JSON.stringify({ text: 'cho em hỏi đăng ký tạm trú cần giấy tờ gì', conversation: 'c1' }),
      JSON.stringify({ text: 'con le phi thi sao', conversation: 'c1' }),
      JSON.stringify({ text: 'làm hộ chiếu mất bao lâu' }),
      '{"text": "thiếu ngoặc đóng"',
    ].join('\n') + '\n';
    run = runCli(['parse'], input);
    lines = run.stdout.split('\n').filter((l) => l !== '');
    out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  });

  test('exits cleanly', () => {
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });

  test('exactly one JSON line per input line, and nothing else on stdout', () => {
    expect(lines).toHaveLength(4);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.split('\n')).toHaveLength(5); // 4 lines + trailing newline, no blank lines
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  test('each line has exactly intent, procedure, aspect, confidence, reply (a malformed input may add error)', () => {
    out.slice(0, 3).forEach((o) => expect(Object.keys(o).sort()).toEqual(KEYS));
    const bad = Object.keys(out[3]).sort();
    expect(bad.filter((k) => k !== 'error')).toEqual(KEYS);
    for (const o of out) {
      expect(typeof o.confidence).toBe('number');
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      expect(typeof o.reply).toBe('string');
    }
  });

  test('order is preserved and the follow-up is resolved in the shared conversation', () => {
    expect(out[0]).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-tam-tru', aspect: 'documents' });
    expect(out[1]).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-tam-tru', aspect: 'fee' });
    expect(out[1].reply).toMatch(/^Đăng ký tạm trú — lệ phí/);
    expect(out[2]).toMatchObject({ intent: 'procedure', procedure: 'cap-ho-chieu', aspect: 'duration' });
  });

  test('the malformed line gets a neutral answer in its place', () => {
    expect(out[3]).toMatchObject({ intent: 'out_of_scope', procedure: null, aspect: null, confidence: 0 });
  });
});

describe('cli parse: conversations', () => {
  test('a follow-up without a shared conversation has no topic, and conversations do not mix', () => {
    const input = [
      { text: 'đăng ký kết hôn cần gì', conversation: 'a' },
      { text: 'làm giấy khai sinh cho con', conversation: 'b' },
      { text: 'còn lệ phí thì sao', conversation: 'a' },
      { text: 'còn lệ phí thì sao' },
      { text: 'còn lệ phí thì sao', conversation: 'b' },
    ].map((x) => JSON.stringify(x)).join('\n');
    const run = runCli(['parse'], input); // no trailing newline on the last line
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[2]).toMatchObject({ procedure: 'dang-ky-ket-hon', aspect: 'fee' });
    expect(out[3]).toMatchObject({ intent: 'procedure', procedure: null, aspect: 'fee' });
    expect(out[4]).toMatchObject({ procedure: 'dang-ky-khai-sinh', aspect: 'fee' });
  });

  test('blank lines are skipped; a line with a wrong shape still yields one line', () => {
    const run = runCli(['parse'], '\n{"text":"xin chào"}\n\n{"texte":"x"}\n[1,2]\n');
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.intent)).toEqual(['greeting', 'out_of_scope', 'out_of_scope']);
    expect(out[1].error).toBeTruthy();
  });

  test('without the parse command: usage on stderr, nothing on stdout, non-zero exit', () => {
    const run = runCli([], '');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/parse/);
  });
});

/**
 * The embedded store is single-process by design: a second MotCua process started on the same DATA_DIR is
 * refused with a clear error and the running one keeps working with its data intact (end to end, two real
 * processes: this test's app and `tsx src/main.ts`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestApp, WebCitizen, type TestApp } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

describe('embedded store: one process per DATA_DIR', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 30_000);
  afterAll(async () => {
    await app?.close();
  });

  test('a second process on the same DATA_DIR exits with a clear error; the first keeps its data', async () => {
    const citizen = new WebCitizen(app.url, 'w-lock-1');
    await citizen.say('', 'intent:human');

    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: app.dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', MONGODB_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 25_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/không khởi động được/);
    expect(stderr).toMatch(/single-process/);
    expect(stderr).toContain(String(process.pid)); // names the process holding the folder

    // the running instance is unaffected
    expect(await citizen.say('alo')).toEqual([]); // still in the queue: the bot stays silent
    const cases = await app.running.store.collection<any>('handoff_cases').find({ conversationId: 'web:w-lock-1' });
    expect(cases).toHaveLength(1);
  }, 40_000);
});

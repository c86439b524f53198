/** Entry point: `npm start` (built) or `npm run dev` (tsx). */
import { startApp } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const running = await startApp(loadConfig());
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, 'shutting down');
    running.stop().then(() => process.exit(0), (e) => { running.logger.error({ err: e }, 'shutdown failed'); process.exit(1); });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e: Error) => {
  // a clear one-line reason (e.g. the data directory is used by another process) rather than a stack dump
  process.stderr.write(`MotCua không khởi động được (failed to start): ${e.message}\n`);
  process.exit(1);
});

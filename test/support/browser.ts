/**
 * Real Chromium for the browser tests: Debian's chromium (or CHROMIUM_PATH) driven by playwright-core.
 * A test file without a chromium binary is skipped with a message (CI installs it: apt-get install -y chromium).
 * playwright-core is loaded only when a browser is launched, so a machine without the browser never loads it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, BrowserType } from 'playwright-core';

type PW = typeof import('playwright-core');
type PersistentOptions = NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>;

/** No sandbox (containers), no GPU, no network of Chromium's own (QUIC, updates, sync, first-run). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      /* not found */
    }
  }
  return null;
}

/**
 * The chromium binary for the test file `testFile` (pass `__filename`), and `maybe`: `describe` when there is
 * one, else `describe.skip` after a warning "<file> SKIPPED: no chromium binary found …".
 */
export function chromiumOrSkip(testFile: string): { chromium: string | null; maybe: jest.Describe } {
  const chromium = findChromium();
  if (!chromium) {
    console.warn(`${basename(testFile)} SKIPPED: no chromium binary found (install with \`apt-get install -y chromium\` or set CHROMIUM_PATH)`);
  }
  return { chromium, maybe: chromium ? describe : describe.skip };
}

/** A headless browser, for several contexts (browser.newContext). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const pw = (await import('playwright-core')) as PW;
  return pw.chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PersistentChromium {
  context: BrowserContext;
  /** Closes the context and removes its profile directory. */
  close(): Promise<void>;
}

/** A headless persistent context with a fresh profile in a temp dir named `<dirPrefix>XXXXXX`; close() removes it. */
export async function launchPersistentChromium(
  executablePath: string,
  dirPrefix: string,
  options: Omit<PersistentOptions, 'executablePath' | 'headless' | 'args'>,
): Promise<PersistentChromium> {
  const pw = (await import('playwright-core')) as PW;
  const userDataDir = mkdtempSync(join(tmpdir(), dirPrefix));
  try {
    const context = await pw.chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ['--headless', ...CHROMIUM_ARGS],
      ...options,
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}

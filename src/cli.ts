/**
 * Command line. `parse`: JSON Lines on stdin, each {"text", "conversation"?}; one JSON line out per
 * input, in order: {"intent","procedure","aspect","confidence","reply"}. Lines sharing a
 * `conversation` share dialog context; lines without one are independent. Nothing else on stdout.
 * `export [--out <dir>]` / `seed [--from <dir>]`: the knowledge base between the store and the portable
 * data/ + intents/ files (src/editor/files-cli.ts).
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { AgencyProfileSchema } from './conversation/agency';
import { loadAgencyProfile } from './conversation/agency-file';
import { ConversationEngine } from './conversation/engine';
import { MemoryStateRepository, newState, type ConversationState } from './conversation/state';
import { buildSnapshot, KnowledgeBase } from './knowledge/kb';
import { defaultPaths, loadSourceFromFiles } from './knowledge/source';

const Line = z.object({ text: z.string(), conversation: z.string().optional() });

async function parse(): Promise<void> {
  const { source, errors } = loadSourceFromFiles();
  for (const e of errors) process.stderr.write(`cảnh báo: ${e.file}: ${e.message}\n`);
  const kb = new KnowledgeBase(buildSnapshot(source));
  const agency = loadAgencyProfile(defaultPaths().dataDir, 'default') ?? AgencyProfileSchema.parse({});
  const engine = new ConversationEngine({ knowledge: () => kb, states: new MemoryStateRepository(), agency: () => agency });
  const conversations = new Map<string, ConversationState>();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let out: object;
    try {
      const line = Line.parse(JSON.parse(raw));
      const state = (line.conversation && conversations.get(line.conversation)) || newState('default', line.conversation ?? '');
      const result = engine.turn(state, line.text);
      if (line.conversation) conversations.set(line.conversation, result.state);
      out = result.parse;
    } catch (e) {
      // keep the output aligned with the input: one line per input, even a bad one
      out = { intent: 'out_of_scope', procedure: null, aspect: null, confidence: 0, reply: '', error: (e as Error).message.slice(0, 200) };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

/** export / seed open the store: loaded only for them, so that `parse` starts as fast as before. */
const filesCli = () => require('./editor/files-cli') as typeof import('./editor/files-cli');

/** Dispatches a command; `parse` keeps its own process handling (stdout carries only its JSON lines). */
export function main(argv: string[] = process.argv.slice(2)): void {
  const command = argv[0];
  if (command === 'parse') {
    parse().catch((e) => {
      process.stderr.write(`${(e as Error).stack}\n`);
      process.exit(1);
    });
  } else if (command === 'export' || command === 'seed') {
    filesCli().runFilesCommand(command, argv.slice(1)).then(
      (code) => { process.exitCode = code; },
      (e) => {
        process.stderr.write(`${(e as Error).stack}\n`);
        process.exitCode = 1;
      },
    );
  } else {
    process.stderr.write(`Cách dùng:\n  npm run --silent cli -- parse < input.jsonl\n${filesCli().FILES_USAGE}\n`);
    process.exit(2);
  }
}

if (require.main === module) main();

/**
 * postwise check — the batch CLI for reviewers and agencies' CI.
 *   npm run check -- drafts.jsonl [--history past.jsonl] [--settings settings.json] [--json] [--adapt] [--now ISO]
 * Exit status: 0 no fix-level findings, 1 some, 2 unusable input (a file, an option or a line).
 */
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SettingsSchema, type HistoryItem, type Settings } from '../lib/analysis/schemas';
import { unknownKeyMessage, unknownKeys } from '../lib/batch/keys';
import { isRowError, rowToHistoryItem, type BatchEvent } from '../lib/batch/rows';
import { CHUNK_ROWS, threadedChecker } from './checker';
import { openFile, readBatchFile, type Open } from './read';
import { ReportWriter, type Output, type ReportLine } from './report';

export const USAGE = `Usage: npm run check -- FILE [--history PAST] [--settings SETTINGS.json] [--json] [--adapt] [--now ISO-TIME] [--workers N]

Checks drafts (JSONL or CSV with the fields platform, kind, text, and optionally reply_to,
reply_to_author, reader_stage, posted_at, account) and prints a report per draft.

  --history PAST     your past posts in the same format, each with posted_at (ISO time)
  --settings FILE    JSON settings: supportEmail, dmHandle, supportPhone, handoffTemplate,
                     defaultStage, norms, xPremium, disabledRules, crosspostDays, promoShare,
                     stageCtas
  --json             one JSON report per line instead of the readable report
  --adapt            also print each draft rewritten to its network's norms (with --json:
                     "adapted", one string, or the parts of an X thread)
  --now ISO-TIME     the clock for drafts without posted_at (default: now)
  --workers N        threads that check drafts, this one included (default: 2 with 3 or
                     more CPU cores, else 1; each holds a copy of the history); the
                     reports are the same either way
  --no-color         plain text even on a terminal

Drafts with posted_at are checked as of that time and then count as published for the drafts
after them, so a content calendar that sends one text to every network is caught.
Exit status: 0 no fix-level findings, 1 some, 2 unusable input.`;

export interface Io extends Output {
  /** Reads a small file whole (the settings). */
  readFile(path: string): string;
  /** Opens a batch file as a stream (default: the file system). */
  open?: Open;
  now(): number;
  colour: boolean;
  /** CPU cores to spread the checks over by default (absent: check in this process). */
  cores?: number;
}

/** At most this many chunks per worker wait to be written: memory stays flat however big the batch. */
const MAX_IN_FLIGHT = 4;
/**
 * Threads that check by default: two when a core is left for the rest of the machine, else one.
 * Every thread holds its own copy of the history (about 100 MB more at 100k drafts), and on two
 * cores a second one gained 10% (19 s → 17 s for 100k drafts) for 180 MB; --workers asks for more.
 */
export function defaultThreads(cores: number): number {
  return Math.max(1, Math.min(2, cores - 1));
}

function workersOf(option: string | undefined, cores: number): number {
  if (option === undefined) return defaultThreads(cores);
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError(`--workers: expected a whole number from 1 to 64, got ${option}`);
  return n;
}

class InputError extends Error {}

/** The batch file's rows and errors as they are read; a file that can't be opened is an InputError. */
async function* readBatch(io: Io, path: string): AsyncGenerator<BatchEvent> {
  try {
    yield* readBatchFile(path, io.open ?? openFile);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) throw new InputError(`cannot read ${path}: ${code}`);
    throw e;
  }
}

function readSettings(io: Io, path: string | undefined): Settings {
  if (!path) return SettingsSchema.parse({});
  let value: unknown;
  try {
    value = JSON.parse(io.readFile(path));
  } catch (e) {
    throw new InputError(`cannot read settings ${path}: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`settings ${path}: expected a JSON object of settings`);
  }
  // A typo'd key would otherwise be dropped without a word, and its setting silently not apply.
  const unknown = unknownKeys(value, Object.keys(SettingsSchema.shape));
  if (unknown.length) throw new InputError(`settings ${path}: ${unknown.map((u) => `${u.key}: ${unknownKeyMessage(u)}`).join('; ')}`);
  const parsed = SettingsSchema.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InputError(`settings ${path}: ${why}`);
  }
  return parsed.data;
}

/** Runs the CLI; resolves with the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        history: { type: 'string' },
        settings: { type: 'string' },
        json: { type: 'boolean', default: false },
        adapt: { type: 'boolean', default: false },
        now: { type: 'string' },
        workers: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    await io.out(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    io.err(`${file ? 'Give one file of drafts.' : 'Missing the file of drafts.'}\n\n${USAGE}\n`);
    return 2;
  }
  const writer = new ReportWriter(io, { json: args.values.json, colour: io.colour && !args.values['no-color'] });
  try {
    let clock = io.now();
    if (args.values.now !== undefined) {
      clock = Date.parse(args.values.now);
      if (Number.isNaN(clock)) throw new InputError(`--now: not an ISO time: ${args.values.now}`);
    }
    const workers = workersOf(args.values.workers, io.cores ?? 1);
    const settings = readSettings(io, args.values.settings);
    const history: HistoryItem[] = [];
    const past = args.values.history;
    if (past) {
      for await (const event of readBatch(io, past)) {
        if (isRowError(event)) {
          await writer.unreadable(past, event.line, event.message, event.lines, false);
          continue;
        }
        const item = rowToHistoryItem(event.row);
        if (item) history.push(item);
        else await writer.unreadable(past, event.line, 'posted_at: missing (a past post needs its ISO time)', 1, false);
      }
    }
    const setup = { file, settings, now: clock, adapt: args.values.adapt, format: writer.options, history };
    const checker = threadedChecker(setup, workers);
    history.length = 0; // the index (or the workers' copies) hold what it needs
    // Chunks in flight, oldest first: their reports are written in batch order as they come back.
    const inFlight: { events: BatchEvent[]; reports: Promise<ReportLine[]> }[] = [];
    const writeOldest = async () => {
      const { events, reports } = inFlight.shift()!;
      const lines = await reports;
      let from = 0;
      let rows = 0;
      for (const event of events) {
        if (!isRowError(event)) {
          rows++;
          continue;
        }
        // An unreadable line keeps its place among the reports.
        await writer.reports(lines.slice(from, rows));
        from = rows;
        await writer.unreadable(file, event.line, event.message, event.lines);
      }
      await writer.reports(lines.slice(from));
    };
    let seen = false;
    try {
      let chunk: BatchEvent[] = [];
      const send = async () => {
        inFlight.push({ events: chunk, reports: checker.check(chunk) });
        chunk = [];
        if (inFlight.length >= MAX_IN_FLIGHT * workers) await writeOldest();
      };
      for await (const event of readBatch(io, file)) {
        seen = true;
        chunk.push(event);
        if (chunk.length >= CHUNK_ROWS) await send();
      }
      if (chunk.length) await send();
      while (inFlight.length) await writeOldest();
    } finally {
      await checker.close();
    }
    if (!seen) throw new InputError(`${file}: no drafts found`);
    await writer.summary();
    if (writer.tally.badLines > 0 || writer.checked === 0) return 2;
    return writer.tally.fix > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** Standard output, waiting when a pipe is full (memory stays flat however slow the reader). */
function writeStdout(text: string): void | Promise<void> {
  if (!process.stdout.write(text)) return once(process.stdout, 'drain').then(() => undefined);
}

/** Runs the CLI on the process's own standard streams and sets its exit code. */
export function runFromShell(argv: string[]): void {
  // The reader went away (`| head`): stop quietly. Exit 1 would mean "fix-level findings".
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(argv, {
    out: writeStdout,
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    now: () => Date.now(),
    colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
    cores: availableParallelism(),
  }).then((code) => (process.exitCode = code));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runFromShell(process.argv.slice(2));

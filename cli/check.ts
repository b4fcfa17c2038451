/**
 * postwise check — the batch CLI for reviewers and agencies' CI.
 *   npm run check -- drafts.jsonl [--history past.jsonl] [--settings settings.json] [--json] [--now ISO]
 * Exit status: 0 no fix-level findings, 1 some, 2 unusable input (a file, an option or a line).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../lib/analysis/analyze';
import { buildHistoryIndex } from '../lib/analysis/history/index';
import { SettingsSchema, type HistoryItem, type Settings } from '../lib/analysis/schemas';
import { formatReport } from '../lib/batch/format';
import { parseBatch, rowToDraft, rowToHistoryItem, type ParsedBatch } from '../lib/batch/rows';

export const USAGE = `Usage: npm run check -- FILE [--history PAST] [--settings SETTINGS.json] [--json] [--now ISO-TIME]

Checks drafts (JSONL or CSV with the fields platform, kind, text, and optionally reply_to,
reply_to_author, reader_stage, posted_at, account) and prints a report per draft.

  --history PAST     your past posts in the same format, each with posted_at (ISO time)
  --settings FILE    JSON settings: supportEmail, dmHandle, supportPhone, handoffTemplate,
                     defaultStage, norms, disabledRules, crosspostDays, promoShare, stageCtas
  --json             one JSON report per line instead of the readable report
  --now ISO-TIME     the clock for drafts without posted_at (default: now)
  --no-color         plain text even on a terminal

Drafts with posted_at are checked as of that time and then count as published for the drafts
after them, so a content calendar that sends one text to every network is caught.
Exit status: 0 no fix-level findings, 1 some, 2 unusable input.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  now(): number;
  colour: boolean;
}

class InputError extends Error {}

function readBatch(io: Io, path: string): ParsedBatch {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseBatch(path, text);
}

function readSettings(io: Io, path: string | undefined): Settings {
  if (!path) return SettingsSchema.parse({});
  let value: unknown;
  try {
    value = JSON.parse(io.readFile(path));
  } catch (e) {
    throw new InputError(`cannot read settings ${path}: ${(e as Error).message}`);
  }
  const parsed = SettingsSchema.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InputError(`settings ${path}: ${why}`);
  }
  return parsed.data;
}

/** Runs the CLI; returns the exit status. */
export function main(argv: string[], io: Io): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        history: { type: 'string' },
        settings: { type: 'string' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    io.err(`${file ? 'Give one file of drafts.' : 'Missing the file of drafts.'}\n\n${USAGE}\n`);
    return 2;
  }
  const colour = io.colour && !args.values['no-color'];
  try {
    let clock = io.now();
    if (args.values.now !== undefined) {
      clock = Date.parse(args.values.now);
      if (Number.isNaN(clock)) throw new InputError(`--now: not an ISO time: ${args.values.now}`);
    }
    const settings = readSettings(io, args.values.settings);
    const history: HistoryItem[] = [];
    let badLines = 0;
    if (args.values.history) {
      const past = readBatch(io, args.values.history);
      for (const e of past.errors) io.err(`${args.values.history}:${e.line}: ${e.message}\n`);
      badLines += past.errors.length;
      for (const { line, row } of past.rows) {
        const item = rowToHistoryItem(row);
        if (item) history.push(item);
        else {
          io.err(`${args.values.history}:${line}: posted_at: missing (a past post needs its ISO time)\n`);
          badLines++;
        }
      }
    }
    const batch = readBatch(io, file);
    if (batch.rows.length === 0 && batch.errors.length === 0) throw new InputError(`${file}: no drafts found`);
    const index = buildHistoryIndex(history);
    const errorsByLine = new Map(batch.errors.map((e) => [e.line, e.message]));
    const events = [
      ...batch.rows.map((r) => ({ line: r.line, row: r.row })),
      ...batch.errors.map((e) => ({ line: e.line, row: undefined })),
    ].sort((a, b) => a.line - b.line);
    const counts = { ok: 0, warn: 0, fix: 0 };
    for (const { line, row } of events) {
      if (!row) {
        const message = errorsByLine.get(line)!;
        io.err(`${file}:${line}: ${message}\n`);
        if (args.values.json) io.out(`${JSON.stringify({ line, error: message })}\n`);
        badLines++;
        continue;
      }
      const draft = rowToDraft(row);
      const now = row.posted_at ? Date.parse(row.posted_at) : clock;
      const report = analyze(draft, { history: index, settings, now });
      counts[report.verdict]++;
      if (args.values.json) io.out(`${JSON.stringify({ line, platform: draft.platform, kind: draft.kind, ...report })}\n`);
      else io.out(`${formatReport(`${file}:${line}`, draft, report, { colour })}\n`);
      const scheduled = rowToHistoryItem(row);
      if (scheduled) index.add(scheduled);
    }
    const checked = counts.ok + counts.warn + counts.fix;
    if (!args.values.json) {
      io.out(
        `${checked} draft${checked === 1 ? '' : 's'} checked: ${counts.ok} ok, ${counts.warn} warn, ${counts.fix} fix` +
          (badLines ? `; ${badLines} line${badLines === 1 ? '' : 's'} could not be read (see above)` : '') +
          '\n',
      );
    }
    if (badLines > 0 || checked === 0) return 2;
    return counts.fix > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    now: () => Date.now(),
    colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
  });
}

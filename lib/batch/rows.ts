/**
 * Batch files of drafts and past posts (JSONL or CSV), as the CLI and the reviewers' page read
 * them. Every row is validated with zod; a bad row becomes an error naming its line, and the
 * others are still usable.
 */
import { z } from 'zod';
import { PLATFORMS, type Draft, type HistoryItem } from '../analysis/schemas';
import { DraftSchema, HistoryItemSchema, KindSchema, PlatformSchema, StageSchema } from '../analysis/schemas';
import { parseCsv, type CsvRecord } from './csv';

const PLATFORM_ALIASES: Record<string, string> = { twitter: 'x', 'x/twitter': 'x', fb: 'facebook', ig: 'instagram', li: 'linkedin' };

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const lower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const optionalText = z.preprocess(blankToUndefined, z.string().optional());

/** One row of a batch file, with the field names the files use. */
export const BatchRowSchema = z.object({
  platform: z.preprocess((v) => {
    const p = lower(v);
    return typeof p === 'string' ? (PLATFORM_ALIASES[p] ?? p) : p;
  }, PlatformSchema),
  kind: z.preprocess((v) => lower(blankToUndefined(v)), KindSchema.optional()),
  text: z.string(),
  /** The text of the post this draft answers. */
  reply_to: optionalText,
  /** Its author. */
  reply_to_author: optionalText,
  reader_stage: z.preprocess((v) => lower(blankToUndefined(v)), StageSchema.optional()),
  /** ISO 8601 time: when it was (or will be) published. */
  posted_at: z.preprocess(
    blankToUndefined,
    z
      .union([z.iso.datetime({ offset: true, local: true }), z.iso.date()], {
        error: 'expected an ISO 8601 time such as 2026-03-02T09:00:00Z',
      })
      .optional(),
  ),
  account: optionalText,
  id: z.preprocess((v) => (typeof v === 'number' ? String(v) : blankToUndefined(v)), z.string().optional()),
  promotional: z.preprocess((v) => {
    const b = lower(blankToUndefined(v));
    return b === 'true' || b === 'yes' || b === '1' ? true : b === 'false' || b === 'no' || b === '0' ? false : b;
  }, z.boolean().optional()),
});
export type BatchRow = z.infer<typeof BatchRowSchema>;

export interface ParsedRow {
  /** 1-based line where the row starts. */
  line: number;
  row: BatchRow;
}

export interface RowError {
  line: number;
  message: string;
  /** How many lines of the file it costs, when more than its own (a quote that never closes). */
  lines?: number;
  /** Nothing after it can be read (a bad header). */
  fatal?: boolean;
}

export type BatchEvent = ParsedRow | RowError;

export function isRowError(event: BatchEvent): event is RowError {
  return 'message' in event;
}

export interface ParsedBatch {
  rows: ParsedRow[];
  errors: RowError[];
  format: 'jsonl' | 'csv';
}

/** JSONL when the name says so or the first character is '{'; CSV otherwise. */
export function detectFormat(name: string, text: string): 'jsonl' | 'csv' {
  if (/\.(jsonl|ndjson|json)$/i.test(name)) return 'jsonl';
  if (/\.csv$/i.test(name)) return 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'jsonl'
    : 'csv';
}

/** What a value is, in words: "a number (42)", "an object", "null". */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  return `a ${typeof value}`;
}

/** "platform: expected one of …" from a zod error, one problem per field. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.') || 'row';
      if (issue.code === 'invalid_value' && path === 'platform') return `platform: expected one of ${PLATFORMS.join(', ')}`;
      if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: missing`;
      if (issue.code === 'invalid_type')
        return `${path}: expected ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, found ${describeValue(issue.input)}`;
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

function validate(line: number, raw: unknown): BatchEvent {
  const parsed = BatchRowSchema.safeParse(raw, { reportInput: true });
  return parsed.success ? { line, row: parsed.data } : { line, message: describeIssues(parsed.error) };
}

/** One line of a JSONL file as a row or an error; undefined for a blank line. */
export function jsonlLine(line: number, source: string): BatchEvent | undefined {
  if (source.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { line, message: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, message: 'expected a JSON object with platform, kind and text' };
  }
  return validate(line, value);
}

/**
 * The rows of a CSV file, record by record: the first record is the header (it needs platform and
 * text columns, each name once), the others become rows or errors naming their line.
 */
export class CsvRows {
  private names: string[] | undefined;

  /** The header's problem, if any; nothing after a bad header can be read. */
  header(record: CsvRecord): RowError | undefined {
    const names = record.fields.map((f) => f.trim().toLowerCase());
    for (const required of ['platform', 'text']) {
      if (!names.includes(required)) {
        return { line: record.line, message: `the header has no "${required}" column (found: ${names.join(', ')})`, fatal: true };
      }
    }
    const twice = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
    if (twice.length) {
      const which = [...new Set(twice)].map((n) => `"${n}" (columns ${names.flatMap((m, i) => (m === n ? [i + 1] : [])).join(' and ')})`);
      return { line: record.line, message: `the header names ${which.join(', ')} more than once: which one is meant?`, fatal: true };
    }
    this.names = names;
    return undefined;
  }

  /** The next record: the header first, then rows. */
  next(record: CsvRecord): BatchEvent | undefined {
    const names = this.names;
    if (!names) return this.header(record);
    if (record.fields.length !== names.length) {
      return { line: record.line, message: `expected ${names.length} fields, found ${record.fields.length}` };
    }
    const raw: Record<string, string> = {};
    names.forEach((n, i) => (raw[n] = record.fields[i]!));
    return validate(record.line, raw);
  }
}

/** The error for a quoted field opened on `from` and never closed: every line to the end is lost. */
export function unclosedQuote(from: number, lastLine: number): RowError {
  const lines = Math.max(1, lastLine - from + 1);
  return {
    line: from,
    message:
      lines === 1
        ? 'a quoted field is never closed'
        : `a quoted field opened here is never closed: lines ${from}–${lastLine} (${lines} lines) could not be read`,
    lines,
  };
}

/** Parses a JSONL or CSV batch held in memory; never throws. */
export function parseBatch(name: string, text: string): ParsedBatch {
  const format = detectFormat(name, text);
  const out: ParsedBatch = { rows: [], errors: [], format };
  const add = (event: BatchEvent | undefined) => {
    if (event) (isRowError(event) ? out.errors : out.rows).push(event as never);
  };
  if (format === 'jsonl') {
    // Line by line with indexOf, not split(): no copy of a 50 MB file into one array of lines, and
    // no dependence on String.prototype.split, which a polyfill may have replaced with a slow one.
    let line = 0;
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      add(jsonlLine(++line, text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end)));
      start = end + 1;
    }
    return out;
  }
  const { records, unterminatedAt, lastLine } = parseCsv(text);
  const reader = new CsvRows();
  for (const record of records) {
    if (unterminatedAt === record.line) {
      add(unclosedQuote(record.line, lastLine));
      break;
    }
    const event = reader.next(record);
    add(event);
    if (event && isRowError(event) && event.fatal) break;
  }
  return out;
}

/** The engine's draft for a batch row; the kind defaults to a post, or a reply/comment when it answers something. */
export function rowToDraft(row: BatchRow): Draft {
  const kind = row.kind ?? (row.reply_to ? (row.platform === 'x' ? 'reply' : 'comment') : 'post');
  return DraftSchema.parse({
    platform: row.platform,
    kind,
    text: row.text,
    replyTo: row.reply_to !== undefined ? { text: row.reply_to, author: row.reply_to_author } : undefined,
    readerStage: row.reader_stage,
    account: row.account,
  });
}

/** A history item for a row with a posted_at time; undefined without one. */
export function rowToHistoryItem(row: BatchRow): HistoryItem | undefined {
  if (!row.posted_at) return undefined;
  const draft = rowToDraft(row);
  return HistoryItemSchema.parse({
    id: row.id,
    platform: draft.platform,
    kind: draft.kind,
    text: draft.text,
    postedAt: row.posted_at,
    account: row.account,
    replyTo: draft.replyTo,
    promotional: row.promotional,
  });
}

/**
 * Batch files of drafts and past posts (JSONL or CSV), as the CLI and the reviewers' page read
 * them. Every row is validated with zod; a bad row becomes an error naming its line, and the
 * others are still usable.
 */
import { z } from 'zod';
import { PLATFORMS, type Draft, type HistoryItem } from '../analysis/schemas';
import { DraftSchema, HistoryItemSchema, KindSchema, PlatformSchema, StageSchema } from '../analysis/schemas';
import { parseCsv } from './csv';

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
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** "platform: expected one of …" from a zod error, one problem per field. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.') || 'row';
      if (issue.code === 'invalid_value' && path === 'platform') return `platform: expected one of ${PLATFORMS.join(', ')}`;
      if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: missing`;
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

function validate(line: number, raw: unknown, out: ParsedBatch): void {
  const parsed = BatchRowSchema.safeParse(raw);
  if (parsed.success) out.rows.push({ line, row: parsed.data });
  else out.errors.push({ line, message: describeIssues(parsed.error) });
}

/** Parses a JSONL or CSV batch; never throws. */
export function parseBatch(name: string, text: string): ParsedBatch {
  const format = detectFormat(name, text);
  const out: ParsedBatch = { rows: [], errors: [], format };
  if (format === 'jsonl') {
    text.split(/\r?\n/).forEach((source, i) => {
      if (source.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(source);
      } catch (e) {
        out.errors.push({ line: i + 1, message: `not valid JSON (${(e as Error).message})` });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        out.errors.push({ line: i + 1, message: 'expected a JSON object with platform, kind and text' });
        return;
      }
      validate(i + 1, value, out);
    });
    return out;
  }
  const { records, unterminatedAt } = parseCsv(text);
  const [header, ...body] = records;
  if (!header) return out;
  const names = header.fields.map((f) => f.trim().toLowerCase());
  for (const required of ['platform', 'text']) {
    if (!names.includes(required)) {
      out.errors.push({ line: header.line, message: `the header has no "${required}" column (found: ${names.join(', ')})` });
      return out;
    }
  }
  for (const record of body) {
    if (unterminatedAt === record.line) {
      out.errors.push({ line: record.line, message: 'a quoted field is never closed' });
      continue;
    }
    if (record.fields.length !== names.length) {
      out.errors.push({ line: record.line, message: `expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const raw: Record<string, string> = {};
    names.forEach((n, i) => (raw[n] = record.fields[i]!));
    validate(record.line, raw, out);
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

/**
 * Past posts from a CSV file (platform, text, date; optional kind, account, url, promotional,
 * reply_to, reply_to_author, cta_stage, id) to seed the cross-post history. Bad lines are reported
 * with their line number; the good ones are written in one transaction. Re-importing the same
 * file adds nothing new (ids are derived from the content).
 */
import { z } from 'zod';
import { StageSchema } from '../analysis/schemas';
import { parseCsv } from '../batch/csv';
import { BatchRowSchema, rowToDraft, unclosedQuote } from '../batch/rows';
import type { PostwiseDB } from './db';
import { describeProblems, problemsOf } from '../contract/errors';
import { contentId } from './ids';
import { PostRowSchema, type CsvImportSummary, type PostRow } from '../contract/schemas';

/** Header names accepted for each column (lower-cased, spaces as underscores). */
const ALIASES: Record<string, string> = {
  date: 'posted_at',
  time: 'posted_at',
  published: 'posted_at',
  published_at: 'posted_at',
  postedat: 'posted_at',
  created_at: 'posted_at',
  network: 'platform',
  site: 'platform',
  body: 'text',
  message: 'text',
  link: 'url',
  stage: 'cta_stage',
};

const CsvPostSchema = BatchRowSchema.extend({
  url: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional()),
  cta_stage: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    StageSchema.optional(),
  ),
});

const DATE_HINT = 'an ISO 8601 date like 2026-03-02 or 2026-03-02T12:00:00Z';

export interface CsvLineError {
  line: number;
  message: string;
}

/** Reads the CSV into post rows and per-line errors; never throws. */
export function parsePostsCsv(text: string): { posts: PostRow[]; errors: CsvLineError[] } {
  const { records, unterminatedAt, lastLine } = parseCsv(text);
  const posts: PostRow[] = [];
  const errors: CsvLineError[] = [];
  const [header, ...body] = records;
  if (!header) return { posts, errors: [{ line: 1, message: 'the file is empty' }] };
  const names = header.fields.map((f) => {
    const n = f.trim().toLowerCase().replace(/\s+/g, '_');
    return ALIASES[n] ?? n;
  });
  const missing = ['platform', 'text', 'posted_at'].filter((n) => !names.includes(n));
  if (missing.length) {
    const label = missing.map((m) => (m === 'posted_at' ? 'date' : m)).join(', ');
    errors.push({ line: header.line, message: `the header has no ${label} column (found: ${header.fields.join(', ')})` });
    return { posts, errors };
  }
  for (const record of body) {
    if (record.line === unterminatedAt) {
      const { line, message } = unclosedQuote(record.line, lastLine);
      errors.push({ line, message });
      break;
    }
    if (record.fields.length !== names.length) {
      errors.push({ line: record.line, message: `expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const raw = Object.fromEntries(names.map((n, i) => [n, record.fields[i]]));
    const parsed = CsvPostSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = problemsOf(parsed.error).map((p) =>
        p.path === 'posted_at' ? { path: 'date', message: `expected ${DATE_HINT}` } : p,
      );
      errors.push({ line: record.line, message: describeProblems(problems) });
      continue;
    }
    const row = parsed.data;
    if (!row.posted_at) {
      errors.push({ line: record.line, message: `date: missing (${DATE_HINT})` });
      continue;
    }
    const time = Date.parse(row.posted_at);
    if (!(time >= 0)) {
      errors.push({ line: record.line, message: `date: ${row.posted_at} is before 1970 (expected ${DATE_HINT})` });
      continue;
    }
    const draft = rowToDraft(row);
    const post = PostRowSchema.safeParse({
      id: row.id ?? contentId('csv', row.platform, String(time), row.account ?? '', row.text),
      platform: draft.platform,
      kind: draft.kind,
      account: row.account,
      text: row.text,
      time,
      url: row.url,
      replyTo: draft.replyTo,
      ctaStage: row.cta_stage,
      promotional: row.promotional,
      source: 'csv',
    });
    // Any other row the post schema refuses is that line's problem, never the whole file's.
    if (post.success) posts.push(post.data);
    else errors.push({ line: record.line, message: describeProblems(problemsOf(post.error)) });
  }
  return { posts, errors };
}

/** Imports the readable lines of a CSV of past posts; returns how many and the lines that failed. */
export async function importPostsCsv(db: PostwiseDB, text: string): Promise<CsvImportSummary & { posts: PostRow[] }> {
  const { posts, errors } = parsePostsCsv(text);
  await db.posts.bulkPut(posts);
  return { imported: posts.length, errors, posts };
}

/**
 * Batch files read as streams, so a 100,000-draft file never sits in memory: JSONL line by line,
 * CSV through csv-parse. Both give the same rows and errors as lib/batch's in-memory parseBatch.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { CsvRecord } from '../lib/batch/csv';
import { CsvRows, detectFormat, isRowError, jsonlLine, unclosedQuote, type BatchEvent, type RowError } from '../lib/batch/rows';

export type Open = (path: string) => Readable;

export const openFile: Open = (path) => createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });

/** The first characters of the file, to tell JSONL from CSV when the name doesn't say. */
async function peek(open: Open, path: string): Promise<string> {
  const stream = open(path);
  try {
    for await (const chunk of stream) return String(chunk).slice(0, 64);
    return '';
  } finally {
    stream.destroy();
  }
}

async function* jsonlEvents(stream: Readable): AsyncGenerator<BatchEvent> {
  let line = 0;
  for await (const source of createInterface({ input: stream, crlfDelay: Infinity })) {
    const event = jsonlLine(++line, source);
    if (event) yield event;
  }
}

/** The line a record starts on, from the line it ends on and its raw text. */
function startLine(endLine: number, raw: string): number {
  const own = raw.replace(/^(?:\r?\n|\r)+/, '');
  const breaks = own.match(/\r\n|\n|\r/g)?.length ?? 0;
  return /[\r\n]$/.test(own) ? endLine - breaks + 1 : endLine - breaks;
}

async function* csvEvents(stream: Readable): AsyncGenerator<BatchEvent> {
  let lastEnd = 0;
  /** Problems csv-parse reports beside the records (a quote never closed), in file order. */
  const problems: RowError[] = [];
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
      // With info and raw, each record arrives as { record, raw, info }.
      on_record: ((value: { record: string[]; raw: string; info: { lines: number } }): CsvRecord => {
        lastEnd = value.info.lines;
        return { line: startLine(value.info.lines, value.raw), fields: value.record };
      }) as never,
    }),
  );
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    const from = lastEnd + 1;
    const to = Math.max(from, error.lines ?? from);
    problems.push(error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(from, to) : { line: from, message: error.message });
  });
  stream.on('error', (e) => parser.destroy(e));
  const rows = new CsvRows();
  for await (const record of parser as AsyncIterable<CsvRecord>) {
    while (problems.length && problems[0]!.line < record.line) yield problems.shift()!;
    const event = rows.next(record);
    if (!event) continue;
    yield event;
    if (isRowError(event) && event.fatal) {
      parser.destroy();
      return;
    }
  }
  yield* problems;
}

/** The rows and errors of a JSONL or CSV file, as they are read. */
export async function* readBatchFile(path: string, open: Open = openFile): AsyncGenerator<BatchEvent> {
  const format = detectFormat(path, /\.(jsonl|ndjson|json|csv)$/i.test(path) ? '' : await peek(open, path));
  const stream = open(path);
  try {
    yield* format === 'jsonl' ? jsonlEvents(stream) : csvEvents(stream);
  } finally {
    stream.destroy();
  }
}

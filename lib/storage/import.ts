/**
 * Import of an export file: the whole file is validated (and migrated from older format versions)
 * before anything is written, then every table is written in ONE transaction. A broken file
 * changes nothing, and the error says where it is broken ("tables.posts[3].platform: …").
 */
import type { z } from 'zod';
import type { PostwiseDB } from './db';
import { ValidationError } from '../contract/errors';
import { EXPORT_VERSION, ExportEnvelopeSchema, ExportFileSchema, type ExportFile } from '../contract/export-format';
import { ExportFileV1Schema, v1ToV2 } from './migrations/v1-to-v2';
import { ExportFileV2Schema, v2ToV3 } from './migrations/v2-to-v3';
import type { FindingLogRow, ImportSummary } from '../contract/schemas';

/** How each older format version is read and brought one step forward. */
const MIGRATIONS: Record<number, { schema: z.ZodType; up: (file: never) => unknown }> = {
  1: { schema: ExportFileV1Schema, up: v1ToV2 },
  2: { schema: ExportFileV2Schema, up: v2ToV3 },
};

export type ImportMode = 'replace' | 'merge';

/** Parses, validates and migrates an export file (text or parsed JSON); throws ValidationError. */
export function readExportFile(input: unknown): { file: ExportFile; fromVersion: number } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new ValidationError(`The file is not valid JSON (${(e as Error).message})`, [{ path: '(root)', message: 'not valid JSON' }]);
    }
  }
  const envelope = ExportEnvelopeSchema.safeParse(value);
  if (!envelope.success) throw ValidationError.fromZod('Not a Postwise export file', envelope.error);
  const fromVersion = envelope.data.version;
  if (fromVersion > EXPORT_VERSION) {
    const message = `written by a newer Postwise (format ${fromVersion}); this one reads up to ${EXPORT_VERSION}`;
    throw new ValidationError(`version: ${message}`, [{ path: 'version', message }]);
  }
  for (let v = fromVersion; v < EXPORT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      const message = `format ${v} cannot be read`;
      throw new ValidationError(`version: ${message}`, [{ path: 'version', message }]);
    }
    const old = step.schema.safeParse(value);
    if (!old.success) throw ValidationError.fromZod(`The file (format ${v}) is broken`, old.error);
    value = step.up(old.data as never);
  }
  const parsed = ExportFileSchema.safeParse(value);
  if (!parsed.success) throw ValidationError.fromZod('The file is broken', parsed.error);
  return { file: parsed.data, fromVersion };
}

/**
 * Imports an export file. `replace` (the default) makes the database equal to the file;
 * `merge` keeps existing rows and overwrites those with the same key (log entries are appended).
 */
export async function importAll(db: PostwiseDB, input: unknown, mode: ImportMode = 'replace'): Promise<ImportSummary> {
  const { file, fromVersion } = readExportFile(input);
  const t = file.tables;
  await db.transaction('rw', db.allTables(), async () => {
    if (mode === 'replace') for (const table of db.allTables()) await table.clear();
    await db.posts.bulkPut(t.posts);
    await db.drafts.bulkPut(t.drafts);
    await db.contacts.bulkPut(t.contacts);
    await db.segments.bulkPut(t.segments);
    await db.settings.bulkPut(t.settings);
    if (mode === 'replace') await db.findings.bulkPut(t.findings);
    else await db.findings.bulkAdd(t.findings.map(({ id: _id, ...row }) => row) as FindingLogRow[]);
    await db.reviews.bulkPut(t.reviews);
  });
  const counts = Object.fromEntries(Object.entries(t).map(([name, rows]) => [name, rows.length]));
  return { fromVersion, counts };
}

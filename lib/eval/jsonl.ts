/**
 * Extra labelled files for `npm run eval` (--extra, --extra-cta) are read strictly: every
 * non-blank line must be JSON and fit the schema, else the error names the file, the line and the
 * fields, so a labelling slip cannot silently drop a row from the figures.
 */
import type { z } from 'zod';
import { describeProblems, problemsOf } from '../contract/errors';

/** Each non-blank line's value, with where it was ("c.jsonl:12") for checks of its own. */
export function readLabelledLines<S extends z.ZodType>(jsonl: string, where: string, schema: S): { value: z.output<S>; at: string }[] {
  const out: { value: z.output<S>; at: string }[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${where}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${at}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${at}: ${describeProblems(problemsOf(parsed.error))}`);
    out.push({ value: parsed.data, at });
  });
  return out;
}

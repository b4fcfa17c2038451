/** Turning zod errors into "where + why" lines a person can act on. */
import type { z } from 'zod';

/** One problem: where (e.g. "tables.posts[3].platform") and why. */
export interface Problem {
  path: string;
  message: string;
}

/** "tables.posts[3].platform" from ["tables", "posts", 3, "platform"]. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** The reason in plain words: "expected one of x, facebook, linkedin, instagram", "missing", … */
function reason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}`;
    return `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing (expected ${issue.expected})`;
  const options = (issue as { options?: unknown }).options;
  if (issue.code === 'invalid_union' && Array.isArray(options)) {
    return `expected one of ${options.map((v) => String(v)).join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Every issue of a zod error as a Problem. */
export function problemsOf(error: z.ZodError, root = ''): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, root), message: reason(issue) }));
}

/** "path: reason; path: reason" (at most `max` problems, then "and N more"). */
export function describeProblems(problems: readonly Problem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) shown.push(`and ${problems.length - max} more`);
  return shown.join('; ');
}

/** An error that carries the problems found (invalid messages, broken import files). */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ValidationError';
  }

  static fromZod(what: string, error: z.ZodError, root = ''): ValidationError {
    const problems = problemsOf(error, root);
    return new ValidationError(`${what}: ${describeProblems(problems)}`, problems);
  }
}

/** Error names IndexedDB and Dexie use when the database itself is out of reach. */
const STORAGE_FAILURES = new Set([
  'QuotaExceededError',
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'InvalidStateError',
  'UnknownError',
  'VersionError',
]);

/**
 * Whether an error means the browser storage is unavailable (quota full, the database could not
 * be opened or was closed under us, disk I/O), as opposed to a bug or bad data. Dexie wraps the
 * browser's DOMException in `inner`; a transaction aborted because of one counts too.
 */
export function isStorageFailure(error: unknown): boolean {
  for (
    let e = error as { name?: unknown; inner?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.inner as typeof e, depth++
  ) {
    if (typeof e.name === 'string' && STORAGE_FAILURES.has(e.name)) return true;
    if (e.name === 'AbortError' && /quota/i.test(String(e.message ?? ''))) return true;
  }
  return false;
}

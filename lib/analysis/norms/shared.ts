/** Per-analysis values the norms rules share through ctx.memo. */
import type { RuleContext, RuleFinding } from '../rule';

/** A line of the text: [start, end), end at the line break (excluded) or the text's end. */
export interface Line {
  start: number;
  end: number;
}

/** Splits a text into lines on \n (a \r before it stays inside the line as whitespace). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    lines.push({ start, end });
    start = end + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The lines of ctx.text, computed once per analysis. */
export function linesOf(ctx: RuleContext): Line[] {
  return ctx.memo('norms/lines', () => splitLines(ctx.text));
}

/** Runs a norms rule's check once per analysis, so normViolations() can reuse its findings. */
export function memoCheck(id: string, check: (ctx: RuleContext) => RuleFinding[]) {
  return (ctx: RuleContext): RuleFinding[] => ctx.memo(`check:${id}`, () => check(ctx));
}

/** True for a UTF-16 high surrogate. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves an offset back off the middle of a surrogate pair. */
export function atCodePoint(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

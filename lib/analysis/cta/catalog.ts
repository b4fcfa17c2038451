/**
 * Compiles the CTA catalog (phrases.ts) into sticky regexes indexed by the first two letters an
 * ask can start with, so the detector tries only a handful of rows at each candidate position.
 */
import { CTA_PHRASES, FRAGMENTS, type CtaKind, type CtaStage } from './phrases';

/** A letter, digit or underscore in any script (regex source, for unicode regexes). */
export const WORD = '[\\p{L}\\p{N}_]';

/** Expands the catalog notation (spaces, apostrophes, {fragments}) into regex source. */
export function compilePattern(pattern: string): string {
  const withFragments = pattern.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const fragment = FRAGMENTS[name];
    if (fragment === undefined) throw new Error(`Unknown CTA fragment ${whole}`);
    return fragment;
  });
  let out = '';
  let inClass = false;
  for (let i = 0; i < withFragments.length; i++) {
    const ch = withFragments[i]!;
    if (ch === '\\') {
      out += ch + (withFragments[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === ' ' ? '\\s' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      out += '\\s+';
    } else if (ch === "'") {
      out += "['’]";
    } else {
      out += ch;
    }
  }
  return out;
}

/** The lower-cased first two letters each top-level alternative of a pattern can start with. */
export function leadKeys(source: string): string[] {
  const keys = new Set<string>();
  for (const alt of splitTopLevel(source)) {
    if (alt.startsWith('(?:')) {
      const close = matchingParen(alt, 0);
      const next = alt.slice(close + 1, close + 3);
      if (/^(?:\?|\*|\{\d)/.test(next)) throw new Error(`Optional lead in CTA pattern: ${source}`);
      for (const key of leadKeys(alt.slice(3, close))) keys.add(key);
    } else {
      const m = /^([a-z]{2})/i.exec(alt);
      if (!m) throw new Error(`CTA pattern alternative must start with two letters: ${alt}`);
      keys.add(m[1]!.toLowerCase());
    }
  }
  return [...keys];
}

function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced CTA pattern: ${source}`);
}

/** One catalog row, ready to match at a position. */
export interface CompiledPhrase {
  id: string;
  stage: CtaStage;
  kind: CtaKind;
  outward: boolean;
  re: RegExp;
}

/** A match ends at a word boundary (unless its last character is not a word character). */
const WORD_END = `(?:(?<!${WORD})|(?!${WORD}))`;

let compiled: Map<string, CompiledPhrase[]> | null = null;

/** Compiles the catalog once, indexed by lead letters. Throws on a malformed catalog row. */
export function catalogIndex(): Map<string, CompiledPhrase[]> {
  if (compiled) return compiled;
  const index = new Map<string, CompiledPhrase[]>();
  for (const row of CTA_PHRASES) {
    const source = compilePattern(row.pattern);
    const entry: CompiledPhrase = {
      id: row.id,
      stage: row.stage,
      kind: row.kind ?? (row.stage === 'any' ? 'conversation' : 'imperative'),
      outward: row.outward ?? false,
      re: new RegExp(`(?:${source})${WORD_END}`, 'iuy'),
    };
    for (const key of leadKeys(row.pattern)) {
      const list = index.get(key) ?? [];
      list.push(entry);
      index.set(key, list);
    }
  }
  compiled = index;
  return index;
}

/** Unknown keys in a settings object, each with the known key it was probably meant to be. */
import { closest, distance } from 'fastest-levenshtein';

export interface UnknownKey {
  key: string;
  /** The known key it most likely meant ("did you mean …?"), when one is close. */
  suggestion?: string;
}

/**
 * The own keys of `value` that are not in `known`. Checked with Object.hasOwn, so `__proto__`,
 * `constructor` and the like (own keys after JSON.parse) are unknown too.
 */
export function unknownKeys(value: object, known: readonly string[]): UnknownKey[] {
  const names = new Set(known);
  return Object.keys(value)
    .filter((key) => !names.has(key))
    .map((key) => {
      const suggestion = suggest(key, known);
      return suggestion ? { key, suggestion } : { key };
    });
}

/** The known name closest to a typo: same letters in another case, or at most a few edits away. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const sameLetters = known.find((k) => k.toLowerCase() === key.toLowerCase());
  if (sameLetters) return sameLetters;
  const best = closest(
    key.toLowerCase(),
    known.map((k) => k.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(key.length / 4));
  return distance(key.toLowerCase(), best) <= limit ? known.find((k) => k.toLowerCase() === best) : undefined;
}

/** "unknown setting; did you mean disabledRules?" */
export function unknownKeyMessage({ suggestion }: UnknownKey, what = 'setting'): string {
  return suggestion ? `unknown ${what}; did you mean ${suggestion}?` : `unknown ${what}`;
}

/**
 * Which JavaScript built-ins the current process has patched, judged against a fresh `node:vm`
 * realm: same own keys on the intrinsics and their prototypes, and every function (values,
 * getters, setters) native by that realm's own Function.prototype.toString — core-js fakes
 * `toString` in the realm it patches, so this realm's toString cannot be trusted.
 * Shared by tests/analysis/builtins.test.ts and the bench's split figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const INTRINSICS = [
  'Object',
  'Function',
  'Array',
  'String',
  'RegExp',
  'Symbol',
  'Date',
  'Number',
  'Boolean',
  'Math',
  'JSON',
  'Reflect',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Error',
  'ArrayBuffer',
  'Uint8Array',
] as const;

/** What the host adds to the main realm but not to a vm realm: Node's Symbol.dispose / asyncDispose and the source-map support of tsx and vitest. */
const HOST_ADDITIONS = new Set(['Symbol.dispose', 'Symbol.asyncDispose', 'Error.prepareStackTrace']);

/** Globals that only core-js@2 defines. */
const CORE_JS_GLOBALS = ['core', '__core-js_shared__'];

const keyName = (key: string | symbol) => (typeof key === 'symbol' ? `[${key.description}]` : key);

/** "String.prototype.split", "RegExp.prototype[Symbol.split]" …: every patched or added built-in. */
export function patchedBuiltins(): string[] {
  const fresh = createContext({});
  const nativeToString = runInContext('Function.prototype.toString', fresh) as (this: unknown) => string;
  const isNative = (fn: unknown) => typeof fn !== 'function' || /\{\s*\[native code\]\s*\}\s*$/.test(nativeToString.call(fn));
  const found: string[] = [];
  const compare = (label: string, ours: object, theirs: object) => {
    const theirKeys = new Set(Reflect.ownKeys(theirs).map(keyName));
    for (const key of Reflect.ownKeys(ours)) {
      const name = `${label}.${keyName(key)}`;
      if (!theirKeys.has(keyName(key))) {
        if (!HOST_ADDITIONS.has(name)) found.push(`${name} (added)`);
        continue;
      }
      const d = Object.getOwnPropertyDescriptor(ours, key)!;
      if (![d.value, d.get, d.set].every(isNative)) found.push(`${name} (replaced)`);
    }
  };
  const globals = globalThis as unknown as Record<string, object>;
  for (const name of INTRINSICS) {
    const ours = globals[name]!;
    const theirs = runInContext(name, fresh) as { prototype?: object };
    if (!isNative(ours)) found.push(`${name} (replaced)`);
    compare(name, ours, theirs);
    const proto = (ours as { prototype?: object }).prototype;
    if (proto && theirs.prototype) compare(`${name}.prototype`, proto, theirs.prototype);
  }
  for (const name of CORE_JS_GLOBALS) if (name in globalThis) found.push(`globalThis.${name} (added)`);
  return found;
}

/** The core-js modules twitter-text's CJS build requires, e.g. "es6.regexp.split". */
export function twitterTextPolyfills(): string[] {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('twitter-text'));
  const modules = new Set<string>();
  for (const file of readdirSync(dist, { recursive: true }) as string[]) {
    if (!file.endsWith('.js') || file.startsWith('esm')) continue;
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/require\("core-js\/modules\/([^"]+)"\)/g)) modules.add(m[1]!);
  }
  return [...modules].sort();
}

/**
 * The tests' way into Postwise's UI, which lives in CLOSED shadow roots: a page script gets
 * `host.shadowRoot === null` and so do Playwright's locators (they pierce open roots only).
 *
 * The way in is one a page cannot take: over the DevTools protocol (the test's debugger
 * connection, not the page), functions run in the content script's own isolated world — the
 * execution context whose `auxData.type` is 'isolated' and whose origin is the extension's — where
 * `chrome.dom.openOrClosedShadowRoot(host)` opens the root. Nothing in the shipped build helps:
 * no hook, no attribute, no message. Clicks are real mouse clicks at the element's centre
 * (trusted, as the person's are), after checking in the root that nothing covers that point.
 *
 * `sealed(page)` is the hosts; `.locator(css)` looks inside their roots; the subset of
 * Playwright's Locator the suite uses (count, getAttribute, textContent, click, focus, waitFor,
 * evaluate, evaluateAll, first, nth, scrollIntoViewIfNeeded, isVisible) works alike, with
 * auto-waiting and strictness for single-element calls.
 */
import type { CDPSession, Page } from 'playwright-core';

/** The host elements' tag (components/composer/mount.tsx). */
export const HOST_TAG = 'postwise-composer';

/** What the content script's world has that the page's lacks (types only: erased in functions sent there). */
export interface WorldGlobal {
  chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } };
}

/** How long single-element calls wait for their element, like Playwright's auto-waiting. */
const WAIT_MS = 30_000;

interface World {
  id: number;
  frameId: string;
}

/** The content script's isolated worlds in one page, tracked over a CDP session. */
class ExtensionWorlds {
  private domEnabled = false;
  private readonly worlds = new Map<number, World>();
  private constructor(private readonly cdp: CDPSession) {}

  static async open(page: Page): Promise<ExtensionWorlds> {
    const cdp = await page.context().newCDPSession(page);
    const self = new ExtensionWorlds(cdp);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string; frameId?: string };
      if (aux.type === 'isolated' && context.origin.startsWith('chrome-extension://')) self.worlds.set(context.id, { id: context.id, frameId: aux.frameId ?? '' });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => self.worlds.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => self.worlds.clear());
    await cdp.send('Runtime.enable');
    return self;
  }

  /**
   * For a world whose extension context is gone (chrome.dom throws): finds each host's closed
   * root with DOM.describeNode (pierce) and hands it to that world as a Map host → root.
   */
  private async resolveRoots(w: World): Promise<void> {
    if (!this.domEnabled) {
      await this.cdp.send('DOM.enable');
      this.domEnabled = true;
    }
    const list = await this.cdp.send('Runtime.evaluate', { expression: `Array.from(document.querySelectorAll(${JSON.stringify(HOST_TAG)}))`, contextId: w.id });
    const props = await this.cdp.send('Runtime.getProperties', { objectId: list.result.objectId!, ownProperties: true });
    const hosts = props.result.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).map((p) => p.value!.objectId!);
    const args: Array<{ objectId: string }> = [];
    for (const objectId of hosts) {
      const { node } = await this.cdp.send('DOM.describeNode', { objectId, pierce: true, depth: 0 });
      const root = node.shadowRoots?.[0];
      if (!root) continue;
      const resolved = await this.cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: w.id });
      args.push({ objectId }, { objectId: resolved.object.objectId! });
    }
    await this.cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: 'function (...pairs) { const m = new Map(); for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i], pairs[i + 1]); globalThis.__postwiseTestRoots = m; }',
      executionContextId: w.id,
      arguments: args,
    });
  }

  /** The main frame's world first, then the frames' (in the order they appeared). */
  private async ordered(): Promise<World[]> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const all = Array.from(this.worlds.values());
    return [...all.filter((w) => w.frameId === frameTree.frame.id), ...all.filter((w) => w.frameId !== frameTree.frame.id)];
  }

  /**
   * Runs `source` (a function expression taking one JSON argument) in the first world that has a
   * Postwise host, or in the main frame's world when none has; undefined while no world exists.
   */
  async call<R>(source: string, arg: unknown, primed = new Set<number>()): Promise<{ value: R } | undefined> {
    for (const pass of ['with-host', 'any'] as const) {
      for (const w of await this.ordered()) {
        const wrapped = `async function (arg) { if (${pass === 'with-host'} && !document.querySelector(${JSON.stringify(HOST_TAG)})) return { skip: true }; return { value: await (${source})(arg) }; }`;
        let res;
        try {
          res = await this.cdp.send('Runtime.callFunctionOn', { functionDeclaration: wrapped, executionContextId: w.id, arguments: [{ value: arg }], returnByValue: true, awaitPromise: true });
        } catch (e) {
          // The world went away under the call (navigation, frame removed): try the others.
          if (/context|Execution|Target closed/i.test((e as Error).message)) continue;
          throw e;
        }
        if (res.exceptionDetails) {
          const why = res.exceptionDetails.exception?.description ?? res.exceptionDetails.text;
          if (/Extension context invalidated/.test(why) && !primed.has(w.id)) {
            primed.add(w.id);
            await this.resolveRoots(w);
            return this.call(source, arg, primed);
          }
          throw new Error(`in the content script's world: ${why}`);
        }
        const out = res.result.value as { skip?: boolean; value?: R };
        if (!out.skip) return { value: out.value as R };
      }
    }
    return undefined;
  }
}

const worlds = new WeakMap<Page, Promise<ExtensionWorlds>>();
const worldsOf = (page: Page) => {
  let w = worlds.get(page);
  if (!w) worlds.set(page, (w = ExtensionWorlds.open(page)));
  return w;
};

/** Runs function source (one JSON argument) in the content script's world of `page`, waiting for it. */
async function runSource<R>(page: Page, source: string, arg: unknown): Promise<R> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const out = await (await worldsOf(page)).call<R>(source, arg ?? null);
    if (out) return out.value;
    if (Date.now() > deadline) throw new Error(`no Postwise content script world in ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a function in the content script's isolated world of `page` (where the closed roots open). */
export function inExtensionWorld<R, A = undefined>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return runSource(page, fn.toString(), arg);
}

type Step = { css: string } | { nth: number };

/** What a locator call does, run in the content script's world (self-contained: it is sent as text). */
function resolveAndRun(arg: { tag: string; steps: Step[]; op: string; name?: string; userArg?: unknown }, user?: (els: never, arg: unknown) => unknown): unknown {
  const g = globalThis as unknown as WorldGlobal & { __postwiseTestRoots?: Map<Element, ShadowRoot> };
  // chrome.dom throws once the extension context is gone (extension reloaded under the tab): then
  // the roots the test resolved over CDP (DOM.describeNode, pierce) are used instead.
  const open = (h: Element) => {
    try {
      return g.chrome.dom.openOrClosedShadowRoot(h);
    } catch (e) {
      const root = g.__postwiseTestRoots?.get(h);
      if (root) return root;
      throw e;
    }
  };
  const hosts = Array.from(document.querySelectorAll(arg.tag));
  let els: Element[] = hosts;
  let atHosts = true;
  for (const step of arg.steps) {
    if ('nth' in step) {
      const at = step.nth < 0 ? els.length + step.nth : step.nth;
      els = els[at] ? [els[at]!] : [];
    } else {
      // The first CSS step looks inside the hosts' roots, the next ones inside what it found.
      const scopes: ParentNode[] = atHosts ? els.map(open).filter((r): r is ShadowRoot => !!r) : els;
      els = scopes.flatMap((s) => Array.from(s.querySelectorAll(step.css)));
      atHosts = false;
    }
  }
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  if (arg.op === 'count') return els.length;
  if (arg.op === 'visibleCount') return els.filter(visible).length;
  if (arg.op === 'all') return user!(els as never, arg.userArg);
  if (els.length !== 1) return { missing: els.length };
  const el = els[0]! as HTMLElement;
  const done = (value: unknown) => ({ value });
  switch (arg.op) {
    case 'attr':
      return done(el.getAttribute(arg.name!));
    case 'text':
      return done(el.textContent);
    case 'visible':
      return done(visible(el));
    case 'focus':
      el.focus();
      return done(true);
    case 'scroll': {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      return done(true);
    }
    case 'point': {
      // Where a real click lands: the centre, once visible, enabled and not covered; in the top
      // frame's coordinates.
      if (!visible(el) || (el as HTMLButtonElement).disabled) return { missing: 'not visible or disabled' };
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        r = el.getBoundingClientRect();
      }
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const root = el.getRootNode() as ShadowRoot;
      const hit = root.elementFromPoint(x, y);
      if (!hit || (hit !== el && !el.contains(hit))) return { missing: `covered by ${hit?.tagName ?? 'nothing'}` };
      let ox = 0;
      let oy = 0;
      for (let w: Window = window; w !== w.parent && w.frameElement; w = w.parent) {
        const f = w.frameElement.getBoundingClientRect();
        ox += f.left + w.frameElement.clientLeft;
        oy += f.top + w.frameElement.clientTop;
      }
      return done({ x: x + ox, y: y + oy });
    }
    case 'one':
      return done(user!(el as never, arg.userArg));
    default:
      throw new Error(`unknown op ${arg.op}`);
  }
}

/** A locator over the closed roots of Postwise's hosts in `page` (no steps: the hosts themselves). */
export class SealedLocator {
  constructor(
    readonly page: Page,
    private readonly steps: Step[] = [],
  ) {}

  locator(css: string): SealedLocator {
    return new SealedLocator(this.page, [...this.steps, { css }]);
  }
  first(): SealedLocator {
    return this.nth(0);
  }
  last(): SealedLocator {
    return this.nth(-1);
  }
  nth(i: number): SealedLocator {
    return new SealedLocator(this.page, [...this.steps, { nth: i }]);
  }

  private describe(): string {
    return this.steps.map((s) => ('css' in s ? s.css : `nth=${s.nth}`)).join(' >> ') || HOST_TAG;
  }

  /** Runs an op in the world; a `user` function is sent as source with it (CDP compiles both). */
  private run<R>(op: string, extra: { name?: string; user?: string; userArg?: unknown } = {}): Promise<R> {
    const { user, ...rest } = extra;
    return runSource(this.page, `(arg) => (${resolveAndRun.toString()})(arg, ${user ?? 'undefined'})`, { tag: HOST_TAG, steps: this.steps, op, ...rest });
  }

  /** Waits for exactly one element (strict, like Playwright) and runs op on it. */
  private async one<R>(op: string, extra: { name?: string; user?: string; userArg?: unknown } = {}, timeout = WAIT_MS): Promise<R> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const out = await this.run<{ value?: R; missing?: number | string }>(op, extra);
      if (out && 'value' in out) return out.value as R;
      if (typeof out?.missing === 'number' && out.missing > 1) throw new Error(`strict mode: ${out.missing} elements match ${this.describe()}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${this.describe()} (${out?.missing === 0 ? 'no element' : out?.missing})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  count(): Promise<number> {
    return this.run('count');
  }
  getAttribute(name: string): Promise<string | null> {
    return this.one('attr', { name });
  }
  textContent(): Promise<string | null> {
    return this.one('text');
  }
  async isVisible(): Promise<boolean> {
    return (await this.run<number>('visibleCount')) > 0;
  }
  async focus(): Promise<void> {
    await this.one('focus');
  }
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.one('scroll');
  }
  /** A real mouse click (trusted) at the element's centre, once it is visible, enabled and uncovered. */
  async click(): Promise<void> {
    const { x, y } = await this.one<{ x: number; y: number }>('point');
    await this.page.mouse.click(x, y);
  }
  evaluate<R, A = undefined>(fn: (el: HTMLElement, arg: A) => R, arg?: A): Promise<R> {
    return this.one('one', { user: fn.toString(), userArg: arg });
  }
  evaluateAll<R, A = undefined>(fn: (els: HTMLElement[], arg: A) => R, arg?: A): Promise<R> {
    return this.run('all', { user: fn.toString(), userArg: arg });
  }
  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? WAIT_MS);
    for (;;) {
      const [all, shown] = [await this.run<number>('count'), await this.run<number>('visibleCount')];
      if (all > 1 && (state === 'attached' || state === 'visible')) throw new Error(`strict mode: ${all} elements match ${this.describe()}`);
      const ok = state === 'attached' ? all === 1 : state === 'visible' ? shown === 1 : state === 'detached' ? all === 0 : shown === 0;
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${this.describe()} to be ${state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Postwise's hosts in `page`; `.locator(css)` looks inside their closed roots. */
export function sealed(page: Page): SealedLocator {
  return new SealedLocator(page);
}

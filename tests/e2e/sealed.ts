/**
 * The tests' way into Postwise's UI, which lives in CLOSED shadow roots: a page script gets
 * `host.shadowRoot === null` and so do Playwright's locators (they pierce open roots only).
 *
 * The way in is one a page cannot take: over the DevTools protocol (the test's debugger
 * connection, not the page), functions run in the content script's own isolated world — the
 * execution context whose `auxData.type` is 'isolated' and whose origin is the extension's — where
 * `chrome.dom.openOrClosedShadowRoot(host)` opens the root (once the extension context is gone,
 * the roots come from DOM.describeNode with pierce instead). Nothing in the shipped build helps:
 * no hook, no attribute, no message. Clicks are real mouse clicks at the element's centre
 * (trusted, as the person's are), after checking in the root that nothing covers that point.
 *
 * `sealed(pageOrFrame)` is the hosts (also those inside the site's own open shadow roots);
 * `.withKey(key)` the host of one composer; `.locator(css)` looks inside the roots. The subset of
 * Playwright's Locator the suite uses (count, getAttribute, textContent, click, focus, waitFor,
 * evaluate, evaluateAll, first, nth, scrollIntoViewIfNeeded, isVisible) works alike, with
 * auto-waiting and strictness for single-element calls.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/** The host elements' tag (components/composer/mount.tsx). */
export const HOST_TAG = 'postwise-composer';

/** What the content script's world has that the page's lacks (types only: erased in functions sent there). */
export interface WorldGlobal {
  chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } };
}

/** How long single-element calls wait for their element, like Playwright's auto-waiting. */
const WAIT_MS = 30_000;

type Target = Page | Frame;
const pageOf = (t: Target): Page => ('mainFrame' in t ? t : t.page());
/** A frame other than the main one is told apart by its URL (checked in the world). */
const hrefOf = (t: Target): string | undefined => ('mainFrame' in t || !t.parentFrame() ? undefined : t.url());

interface World {
  id: number;
  frameId: string;
}

/** The content script's isolated worlds in one page (all its frames), tracked over a CDP session. */
class ExtensionWorlds {
  private readonly worlds = new Map<number, World>();
  private domEnabled = false;
  private constructor(private readonly cdp: CDPSession) {}

  static async open(page: Page): Promise<ExtensionWorlds> {
    const cdp = await page.context().newCDPSession(page);
    const self = new ExtensionWorlds(cdp);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string; frameId?: string };
      if (aux.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
        self.worlds.set(context.id, { id: context.id, frameId: aux.frameId ?? '' });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => self.worlds.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => self.worlds.clear());
    await cdp.send('Runtime.enable');
    return self;
  }

  /** The main frame's world first, then the frames' (in the order they appeared). */
  private async ordered(): Promise<World[]> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const all = Array.from(this.worlds.values());
    return [...all.filter((w) => w.frameId === frameTree.frame.id), ...all.filter((w) => w.frameId !== frameTree.frame.id)];
  }

  /**
   * For a world whose extension context is gone (chrome.dom throws): finds each host's closed
   * root with DOM.describeNode (pierce) and hands them to that world as a Map host → root.
   */
  private async resolveRoots(w: World): Promise<void> {
    if (!this.domEnabled) {
      await this.cdp.send('DOM.enable');
      this.domEnabled = true;
    }
    const list = await this.cdp.send('Runtime.evaluate', {
      expression: `Array.from(document.querySelectorAll(${JSON.stringify(HOST_TAG)}))`,
      contextId: w.id,
    });
    const props = await this.cdp.send('Runtime.getProperties', { objectId: list.result.objectId!, ownProperties: true });
    const args: Array<{ objectId: string }> = [];
    for (const p of props.result) {
      const objectId = /^\d+$/.test(p.name) ? p.value?.objectId : undefined;
      if (!objectId) continue;
      const { node } = await this.cdp.send('DOM.describeNode', { objectId, pierce: true, depth: 0 });
      const root = node.shadowRoots?.[0];
      if (!root) continue;
      const resolved = await this.cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: w.id });
      args.push({ objectId }, { objectId: resolved.object.objectId! });
    }
    await this.cdp.send('Runtime.callFunctionOn', {
      functionDeclaration:
        'function (...pairs) { const m = new Map(); for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i], pairs[i + 1]); globalThis.__postwiseTestRoots = m; }',
      executionContextId: w.id,
      arguments: args,
    });
  }

  /**
   * Runs `source` (a function expression of one JSON argument) in each world in turn (only the
   * one at `href` if given) until one answers something other than `{ skip: true }`; undefined
   * when none does.
   */
  async call<R>(source: string, arg: unknown, href?: string): Promise<{ value: R } | undefined> {
    const wrapped = `async function (arg, href) { if (href && location.href !== href) return { skip: true }; return await (${source})(arg); }`;
    for (const w of await this.ordered()) {
      for (let attempt = 0; attempt < 2; attempt++) {
        let res;
        try {
          res = await this.cdp.send('Runtime.callFunctionOn', {
            functionDeclaration: wrapped,
            executionContextId: w.id,
            arguments: [{ value: arg }, { value: href ?? null }],
            returnByValue: true,
            awaitPromise: true,
          });
        } catch (e) {
          // The world went away under the call (navigation, frame removed): try the others.
          if (/context|Execution|Target closed/i.test((e as Error).message)) break;
          throw e;
        }
        if (res.exceptionDetails) {
          const why = res.exceptionDetails.exception?.description ?? res.exceptionDetails.text;
          if (attempt === 0 && /Extension context invalidated/.test(why)) {
            await this.resolveRoots(w);
            continue;
          }
          throw new Error(`in the content script's world: ${why}`);
        }
        const out = res.result.value as { skip?: boolean } | undefined;
        if (!out?.skip) return { value: out as R };
        break;
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a function in the content script's isolated world (where the closed roots open): the
 * first world, main frame first, that has a Postwise host, else the main frame's; for a Frame,
 * that frame's. Waits for the world to exist.
 */
export async function inExtensionWorld<R, A = undefined>(target: Target, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const source = `async (a) => ({ value: await (${fn.toString()})(a) })`;
  const withHost = `async (a) => document.querySelector(${JSON.stringify(HOST_TAG)}) ? ({ value: await (${fn.toString()})(a) }) : ({ skip: true })`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const ws = await worldsOf(pageOf(target));
    const out =
      (await ws.call<{ value: R }>(withHost, arg ?? null, hrefOf(target))) ??
      (await ws.call<{ value: R }>(source, arg ?? null, hrefOf(target)));
    if (out) return out.value.value;
    if (Date.now() > deadline) throw new Error(`no Postwise content script world in ${target.url()}`);
    await sleep(50);
  }
}

type Step = { css: string } | { nth: number };
interface OpArg {
  tag: string;
  key?: string;
  steps: Step[];
  op: string;
  name?: string;
  userArg?: unknown;
}

/** What a locator call does, run in the content script's world (self-contained: it is sent as text). */
function resolveAndRun(arg: OpArg, user?: (els: never, arg: unknown) => unknown): unknown {
  const g = globalThis as unknown as WorldGlobal & { __postwiseTestRoots?: Map<Element, ShadowRoot> };
  const open = (h: Element) => {
    try {
      return g.chrome.dom.openOrClosedShadowRoot(h);
    } catch (e) {
      const root = g.__postwiseTestRoots?.get(h);
      if (root) return root;
      throw e;
    }
  };
  // Hosts in the document and in the site's own open shadow roots (LinkedIn's #interop-outlet).
  const hosts: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.localName === arg.tag) hosts.push(el);
      else if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  let els =
    arg.key === undefined
      ? hosts
      : hosts.filter((h) => open(h)?.querySelector('[data-composer-key]')?.getAttribute('data-composer-key') === arg.key);
  // None here: another frame's world may have them.
  if (!els.length && (arg.op === 'count' || arg.op === 'visibleCount')) return { skip: true, value: 0 };
  if (!els.length) return { skip: true, missing: 0 };
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
  if (arg.op === 'count') return { value: els.length };
  if (arg.op === 'visibleCount') return { value: els.filter(visible).length };
  if (arg.op === 'all') return { value: user!(els as never, arg.userArg) };
  if (els.length !== 1) return { missing: els.length };
  const el = els[0]! as HTMLElement;
  const offscreen = (r: DOMRect) => r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
  switch (arg.op) {
    case 'attr':
      return { value: el.getAttribute(arg.name!) };
    case 'text':
      return { value: el.textContent };
    case 'focus':
      el.focus();
      return { value: true };
    case 'scroll':
      if (offscreen(el.getBoundingClientRect())) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      return { value: true };
    case 'point': {
      // Where a real click lands: the centre, once visible, enabled and not covered; in the top
      // frame's coordinates.
      if (!visible(el) || (el as HTMLButtonElement).disabled) return { missing: 'not visible or disabled' };
      if (offscreen(el.getBoundingClientRect())) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
      if (!hit || (hit !== el && !el.contains(hit))) return { missing: `covered by ${hit?.tagName ?? 'nothing'}` };
      let ox = 0;
      let oy = 0;
      for (let w: Window = window; w !== w.parent && w.frameElement; w = w.parent) {
        const f = w.frameElement.getBoundingClientRect();
        ox += f.left + w.frameElement.clientLeft;
        oy += f.top + w.frameElement.clientTop;
      }
      return { value: { x: x + ox, y: y + oy } };
    }
    case 'one':
      return { value: user!(el as never, arg.userArg) };
    default:
      throw new Error(`unknown op ${arg.op}`);
  }
}

/** A locator over the closed roots of Postwise's hosts (no steps: the hosts themselves). */
export class SealedLocator {
  constructor(
    readonly target: Target,
    private readonly steps: Step[] = [],
    private readonly key?: string,
  ) {}

  /** Only the host of the composer with this key. */
  withKey(key: string): SealedLocator {
    return new SealedLocator(this.target, this.steps, key);
  }
  locator(css: string): SealedLocator {
    return new SealedLocator(this.target, [...this.steps, { css }], this.key);
  }
  first(): SealedLocator {
    return this.nth(0);
  }
  last(): SealedLocator {
    return this.nth(-1);
  }
  nth(i: number): SealedLocator {
    return new SealedLocator(this.target, [...this.steps, { nth: i }], this.key);
  }

  private describe(): string {
    const path = this.steps.map((s) => ('css' in s ? s.css : `nth=${s.nth}`)).join(' >> ');
    return `${HOST_TAG}${this.key === undefined ? '' : `[key=${this.key}]`}${path ? ` >> ${path}` : ''}`;
  }

  /** Runs an op in the world; a `user` function is sent as source with it (CDP compiles both). */
  private async run(
    op: string,
    extra: { name?: string; user?: string; userArg?: unknown } = {},
  ): Promise<{ value?: unknown; missing?: number | string }> {
    const { user, ...rest } = extra;
    const arg: OpArg = { tag: HOST_TAG, key: this.key, steps: this.steps, op, ...rest };
    const out = await (
      await worldsOf(pageOf(this.target))
    ).call<{ value?: unknown; missing?: number | string }>(
      `(arg) => (${resolveAndRun.toString()})(arg, ${user ?? 'undefined'})`,
      arg,
      hrefOf(this.target),
    );
    return out?.value ?? (op === 'count' || op === 'visibleCount' ? { value: 0 } : { missing: 0 });
  }

  /** Waits for exactly one element (strict, like Playwright) and runs op on it. */
  private async one<R>(op: string, extra: { name?: string; user?: string; userArg?: unknown } = {}): Promise<R> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const out = await this.run(op, extra);
      if ('value' in out) return out.value as R;
      if (typeof out.missing === 'number' && out.missing > 1)
        throw new Error(`strict mode: ${out.missing} elements match ${this.describe()}`);
      if (Date.now() > deadline)
        throw new Error(`timed out after ${WAIT_MS} ms waiting for ${this.describe()} (${out.missing === 0 ? 'no element' : out.missing})`);
      await sleep(50);
    }
  }

  async count(): Promise<number> {
    return (await this.run('count')).value as number;
  }
  getAttribute(name: string): Promise<string | null> {
    return this.one('attr', { name });
  }
  textContent(): Promise<string | null> {
    return this.one('text');
  }
  async isVisible(): Promise<boolean> {
    return ((await this.run('visibleCount')).value as number) > 0;
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
    await pageOf(this.target).mouse.click(x, y);
  }
  evaluate<R, A = undefined>(fn: (el: HTMLElement, arg: A) => R, arg?: A): Promise<R> {
    return this.one('one', { user: fn.toString(), userArg: arg });
  }
  async evaluateAll<R, A = undefined>(fn: (els: HTMLElement[], arg: A) => R, arg?: A): Promise<R> {
    return (await this.run('all', { user: fn.toString(), userArg: arg })).value as R;
  }
  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? WAIT_MS);
    for (;;) {
      const all = (await this.run('count')).value as number;
      const shown = (await this.run('visibleCount')).value as number;
      if (all > 1 && (state === 'attached' || state === 'visible'))
        throw new Error(`strict mode: ${all} elements match ${this.describe()}`);
      const ok = state === 'attached' ? all === 1 : state === 'visible' ? shown === 1 : state === 'detached' ? all === 0 : shown === 0;
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${this.describe()} to be ${state}`);
      await sleep(50);
    }
  }
}

/** Postwise's hosts in a page or frame; `.locator(css)` looks inside their closed roots. */
export function sealed(target: Target): SealedLocator {
  return new SealedLocator(target);
}

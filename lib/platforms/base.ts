/**
 * What every adapter shares: the editor's text, the input path for replacements, and a wrapper
 * that keeps any surprise in a site's markup from throwing into the page.
 */
import type { Composer, PlatformAdapter } from './types';
import type { ReplyContext } from '../analysis/schemas';
import { closestAny, logOnce, queryAll, queryEach, safely, type SelectorList } from './dom/find';
import { readEditorText } from './dom/text';
import { replaceText } from './dom/insert';
import { watchSubmit, type SubmitSpec } from './dom/submit';
import { fnv1a32 } from '../util/hash';

/** The site-specific parts of an adapter. */
export interface AdapterSpec {
  platform: PlatformAdapter['platform'];
  hosts: readonly string[];
  /**
   * The site's editors: one selector list, or several looked through in order (Instagram: the
   * caption, then the comment boxes). An editor nested in or around one already found is the
   * same composer, found again by a fallback selector.
   */
  editors: SelectorList | readonly SelectorList[];
  /** Editors inside any of these are not composers: direct messages, search. */
  notComposer?: SelectorList;
  /** Any other test that an editor is not a composer (e.g. a chat box told apart by its surroundings). */
  skip?(editor: HTMLElement): boolean;
  /** What a composer is and its stable key (may throw: the wrapper catches). */
  composer(editor: HTMLElement): Pick<Composer, 'kind' | 'key'>;
  /** Hosts of open shadow roots that hold composers (cheap selectors: ids, data-testid). */
  shadowHosts?: SelectorList;
  /** Paths whose editors are private messages, never posts or replies (e.g. /^\/messages\b/). */
  privatePaths?: RegExp;
  replyContext(editor: HTMLElement): ReplyContext | undefined;
  anchor(editor: HTMLElement): HTMLElement | null | undefined;
  /** How this composer is submitted. */
  submit(editor: HTMLElement): SubmitSpec;
}

/** Builds a PlatformAdapter whose methods never throw. */
export function defineAdapter(spec: AdapterSpec): PlatformAdapter {
  const readText = (editor: HTMLElement) => safely(() => readEditorText(editor), '');
  return {
    platform: spec.platform,
    hosts: spec.hosts,
    ...(spec.shadowHosts
      ? { shadowHosts: (doc: Document) => safely(() => Array.from(new Set(spec.shadowHosts!.flatMap((s) => queryAll(doc, s)))), []) }
      : {}),
    findComposers: (root) =>
      safely(() => {
        const doc = (root as Node).ownerDocument ?? (root as Document);
        const path = doc?.defaultView?.location.pathname ?? '';
        if (spec.privatePaths?.test(path)) return [];
        const found = findComposers(spec, root);
        if (found.length === 0) logOnce(`${spec.platform}: no composer found yet`);
        return found;
      }, []),
    readText,
    readReplyContext: (editor) =>
      safely(() => {
        const ctx = spec.replyContext(editor);
        return ctx && ctx.text ? ctx : undefined;
      }, undefined),
    anchor: (editor) => safely(() => spec.anchor(editor) ?? editor, editor),
    onSubmit: (editor, callback) =>
      safely(
        () => watchSubmit(editor, spec.submit(editor), readText, callback),
        () => {},
      ),
    replaceText: (editor, start, end, text) => replaceText(editor, start, end, text),
  };
}

/** The composers inside root, in the order of the spec's editor lists, each editor once. */
function findComposers(spec: AdapterSpec, root: ParentNode): Composer[] {
  const lists = (typeof spec.editors[0] === 'string' ? [spec.editors] : spec.editors) as readonly SelectorList[];
  const found: Composer[] = [];
  for (const list of lists) {
    for (const el of queryEach(root, list)) {
      const editor = asHTMLElement(el);
      if (!editor || (spec.notComposer && closestAny(editor, spec.notComposer)) || spec.skip?.(editor)) continue;
      // A wrapper found by a fallback while the editor inside it matched too (or the other way round).
      if (found.some((c) => c.editor.contains(editor) || editor.contains(c.editor))) continue;
      found.push({ editor, ...spec.composer(editor) });
    }
  }
  return found;
}

/** An element as an HTMLElement, when it is one (adapters only hand out HTMLElements). */
export function asHTMLElement(el: Element | null | undefined): HTMLElement | null {
  return el && (el as HTMLElement).style !== undefined && 'focus' in el ? (el as HTMLElement) : null;
}

/** Elements preceding el in document order among the candidates, nearest last. */
export function preceding(el: Element, candidates: Iterable<Element>): Element[] {
  return Array.from(candidates).filter(
    (c) => c !== el && !c.contains(el) && !!(c.compareDocumentPosition(el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */),
  );
}

/**
 * The content script's match patterns for an adapter's hosts: each host and its subdomains (as
 * adapterFor serves them), https only; a host under another listed host adds no pattern.
 */
export function matchPatterns(hosts: readonly string[]): string[] {
  const roots = hosts.filter((h) => !hosts.some((other) => other !== h && h.endsWith(`.${other}`)));
  return roots.map((h) => `https://*.${h}/*`);
}

/**
 * A short stable key for a post or comment that has no id in the markup (LinkedIn's newer feed):
 * FNV-1a of its author and text, so the same post gets the same key after a reload.
 */
export function contentKey(...parts: Array<string | undefined>): string {
  return fnv1a32(parts.map((p) => (p ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)).join('\u0000')).toString(36);
}

/** Button selectors for a list of localised labels (aria-label, exact), e.g. Post in seven languages. */
export function labelled(tagged: string, labels: readonly string[]): string[] {
  return labels.map((l) => `${tagged}[aria-label="${l.replace(/"/g, '\\"')}"]`);
}

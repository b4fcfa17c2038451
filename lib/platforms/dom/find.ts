/**
 * Finding things in a site's markup without ever throwing: selector lists tried in order (the
 * first is the site's own hook, the rest are fallbacks by role, aria-label or contenteditable),
 * ancestor walks, and a once-per-message log when nothing matches.
 */

/** Selectors tried in order; the first that matches wins. */
export type SelectorList = readonly string[];

/** querySelectorAll that returns [] for a selector the engine rejects. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching the first selector of the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: SelectorList): Element | null {
  for (const s of selectors) {
    const el = queryAll(root, s)[0];
    if (el) return el;
  }
  return null;
}

/**
 * Every element matching any of the selectors, in document order, without duplicates; root
 * itself counts when it is an element that matches (a rescan of an added subtree may start at the
 * editor itself).
 */
export function queryEach(root: ParentNode, selectors: SelectorList): Element[] {
  const seen = new Set<Element>();
  const self = (root as Node).nodeType === 1 ? (root as Element) : null;
  for (const s of selectors) {
    if (self && matches(self, s)) seen.add(self);
    for (const el of queryAll(root, s)) seen.add(el);
  }
  return Array.from(seen).sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}

/** Element.matches that returns false for a selector the engine rejects. */
export function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The nearest ancestor-or-self matching any selector of the list (tried in order). */
export function closestAny(el: Element, selectors: SelectorList): Element | null {
  for (const s of selectors) {
    try {
      const found = el.closest(s);
      if (found) return found;
    } catch {
      /* unsupported selector: try the next */
    }
  }
  return null;
}

/**
 * The nearest ancestor of el (up to maxDepth levels) that contains an element matching one of
 * the selectors, and that element. Used for "the composer's own Post button".
 */
export function nearestWithin(el: Element, selectors: SelectorList, maxDepth = 12): { scope: Element; found: Element } | null {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < maxDepth; cur = cur.parentElement, depth++) {
    const found = queryFirst(cur, selectors);
    if (found) return { scope: cur, found };
  }
  return null;
}

/**
 * The open shadow roots inside root (nested ones too), e.g. LinkedIn's share dialog inside
 * `#interop-outlet`. `skip` leaves out hosts whose shadow is not the site's (Postwise's own UI).
 * Also returns how many elements were visited, which is the cost of the scan.
 */
export function openShadowRoots(
  root: ParentNode,
  skip: (host: Element) => boolean = () => false,
): { roots: ShadowRoot[]; visited: number } {
  const roots: ShadowRoot[] = [];
  let visited = 0;
  const visit = (r: ParentNode) => {
    const self = (r as Node).nodeType === 1 ? [r as Element] : [];
    for (const el of [...self, ...queryAll(r, '*')]) {
      visited++;
      const shadow = el.shadowRoot;
      if (shadow && !skip(el)) {
        roots.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return { roots, visited };
}

/** The element an event really happened on, inside open shadow roots (e.target is retargeted to the host). */
export function eventTarget(e: Event): EventTarget | null {
  try {
    const path = e.composedPath?.();
    return path && path.length ? (path[0] as EventTarget) : e.target;
  } catch {
    return e.target;
  }
}

/** Whether a button-like element is disabled (disabled attribute or aria-disabled). */
export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** Visible text of an element, whitespace collapsed. */
export function cleanText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const logged = new Set<string>();

/** console.info once per message per page: "nothing matched here" is worth one line, not a flood. */
export function logOnce(message: string): void {
  if (logged.has(message)) return;
  logged.add(message);
  try {
    console.info(`[postwise] ${message}`);
  } catch {
    /* no console */
  }
}

/** Runs fn and returns fallback instead of throwing into the page. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (err) {
    logOnce(`adapter error: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

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

/** Every element matching any of the selectors, in document order, without duplicates. */
export function queryEach(root: ParentNode, selectors: SelectorList): Element[] {
  const seen = new Set<Element>();
  for (const s of selectors) for (const el of queryAll(root, s)) seen.add(el);
  return Array.from(seen).sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
  );
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
export function nearestWithin(
  el: Element,
  selectors: SelectorList,
  maxDepth = 12,
): { scope: Element; found: Element } | null {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < maxDepth; cur = cur.parentElement, depth++) {
    const found = queryFirst(cur, selectors);
    if (found) return { scope: cur, found };
  }
  return null;
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

/**
 * Keeps one session and one badge per composer on the page. The sites are single-page apps whose
 * composers appear, re-render and vanish without navigation, so the page is rescanned after DOM
 * changes (a MutationObserver, throttled) and when an editor takes focus (capture-phase focusin,
 * read through composedPath so editors inside shadow roots count). Rescans are incremental: only
 * the subtrees added since the last one are searched, never the subtree of a known editor (typing
 * costs no scan), and the whole page only at the start and after a single-page navigation. Open
 * shadow roots (LinkedIn's share dialog in `#interop-outlet`) are searched and observed too.
 * A badge host the site removed while its composer stays is mounted again.
 */
import type { Composer, PlatformAdapter } from '../platforms/types';
import { eventTarget, openShadowRoots } from '../platforms/dom/find';
import { ComposerSession, type SessionDeps } from './session';

/** A mounted badge: its host element in the page and how to take it away. */
export interface MountedUi {
  host: HTMLElement;
  remove(): void;
}

/** Mounts the UI of a session right after the anchor. */
export type MountUi = (session: ComposerSession, anchor: HTMLElement) => Promise<MountedUi>;

export interface ControllerDeps extends Omit<SessionDeps, 'onInvalidated'> {
  mount: MountUi;
  /** Whether the extension context still exists. */
  alive: () => boolean;
  /** Time between a DOM change and the rescan. */
  rescanMs?: number;
  /** Called after a scan changed which composers are on the page. */
  onChange?: (composers: readonly Composer[]) => void;
}

interface Entry {
  session: ComposerSession;
  ui?: MountedUi;
  mounting?: Promise<void>;
  unwatch: () => void;
}

/** What the rescans cost: elements visited, per mutation batch and overall (the bench and e2e print these). */
export interface ScanStats {
  /** Whole-page scans (start, navigation, explicit scan()). */
  fullScans: number;
  /** Rescans after a batch of DOM changes. */
  batches: number;
  /** Elements visited by the last batch's rescan. */
  lastVisited: number;
  /** The most elements one batch's rescan visited. */
  maxVisited: number;
  /** Elements visited by all rescans after the start. */
  visited: number;
  /** Mutation records ignored because they were inside a known editor (typing) or Postwise's own UI. */
  ignored: number;
}

/** Attribute on hosts left by a script whose extension context is gone. */
export const STALE_ATTR = 'data-postwise-stale';

/** Shadow hosts that are Postwise's own UI, not the site's. */
const ownHost = (el: Element) => el.localName.startsWith('postwise-');

export class ComposerController {
  private readonly entries = new Map<HTMLElement, Entry>();
  private observer?: MutationObserver;
  private readonly observed = new WeakSet<ShadowRoot>();
  private readonly shadows = new Set<ShadowRoot>();
  private cancelRescan?: () => void;
  /** Subtrees added since the last rescan. */
  private pending = new Set<Node>();
  /** Something was removed since the last rescan (a composer or a badge host may be gone). */
  private removed = false;
  private lastUrl = '';
  private invalidated = false;
  private stopped = false;
  readonly stats: ScanStats = { fullScans: 0, batches: 0, lastVisited: 0, maxVisited: 0, visited: 0, ignored: 0 };

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly doc: Document,
    private readonly deps: ControllerDeps,
  ) {}

  /** The sessions on the page now (tests, the e2e probe). */
  get sessions(): ComposerSession[] {
    return Array.from(this.entries.values(), (e) => e.session);
  }

  /** The composers with a badge now. */
  get composers(): Composer[] {
    return Array.from(this.entries.values(), (e) => e.session.composer);
  }

  start(): void {
    // Hosts of an older Postwise whose context died (extension updated): this one takes over.
    for (const stale of Array.from(this.doc.querySelectorAll(`[${STALE_ATTR}]`))) stale.remove();
    const win = this.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    }
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.scan();
  }

  /** Looks for composers in the whole page now: new ones get a session and a badge, gone ones lose theirs. */
  scan(): void {
    if (!this.ready()) return;
    this.pending.clear();
    this.removed = false;
    this.stats.fullScans++;
    this.lastUrl = this.url();
    const { roots } = openShadowRoots(this.doc, ownHost);
    for (const root of roots) this.observeShadow(root);
    const found = [this.doc, ...this.shadows].flatMap((root) => this.adapter.findComposers(root));
    this.apply(found, true);
  }

  private ready(): boolean {
    if (this.stopped || this.invalidated) return false;
    this.cancelRescan?.();
    this.cancelRescan = undefined;
    if (!this.deps.alive()) {
      this.invalidate();
      return false;
    }
    return true;
  }

  private url(): string {
    try {
      return this.doc.defaultView?.location.href ?? '';
    } catch {
      return '';
    }
  }

  /** Searches only what was added since the last rescan (or everything after a navigation). */
  private rescan(): void {
    if (this.url() !== this.lastUrl) return this.scan();
    if (!this.ready()) return;
    const added = Array.from(this.pending).filter((n) => n.isConnected && !this.hasPendingAncestor(n));
    this.pending.clear();
    let visited = 0;
    const found: Composer[] = [];
    for (const node of added) {
      const shadows = openShadowRoots(node as ParentNode, ownHost);
      visited += shadows.visited;
      for (const root of shadows.roots) this.observeShadow(root);
      found.push(...this.adapter.findComposers(node as ParentNode), ...shadows.roots.flatMap((r) => this.adapter.findComposers(r)));
    }
    // A shadow root attached to a known host after it was added (LinkedIn's outlet): look again there.
    for (const host of this.adapter.shadowHosts?.(this.doc) ?? []) {
      if (host.shadowRoot && !this.observed.has(host.shadowRoot) && !ownHost(host)) {
        const shadows = openShadowRoots(host.shadowRoot, ownHost);
        visited += shadows.visited;
        for (const root of [host.shadowRoot, ...shadows.roots]) {
          this.observeShadow(root);
          found.push(...this.adapter.findComposers(root));
        }
      }
    }
    this.stats.batches++;
    this.stats.lastVisited = visited;
    this.stats.visited += visited;
    this.stats.maxVisited = Math.max(this.stats.maxVisited, visited);
    this.apply(found, false);
  }

  private hasPendingAncestor(node: Node): boolean {
    for (let cur = node.parentNode; cur; cur = cur.parentNode) if (this.pending.has(cur)) return true;
    return false;
  }

  /** Adds the composers found, and (full scan or after removals) drops the gone ones. */
  private apply(found: Composer[], full: boolean): void {
    const before = this.entries.size;
    let changed = false;
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      if (seen.has(composer.editor)) continue;
      seen.add(composer.editor);
      const entry = this.entries.get(composer.editor);
      if (entry && entry.session.composer.key !== composer.key) {
        // The site reused the editor for another post (single-page navigation): start afresh.
        this.drop(composer.editor, entry);
        this.add(composer);
        changed = true;
      } else if (!entry) {
        // A wrapper found by a fallback while its editor was found before (or the other way round).
        if (Array.from(this.entries.keys()).some((e) => e.contains(composer.editor) || composer.editor.contains(e))) continue;
        this.add(composer);
      } else if (entry.ui && !entry.ui.host.isConnected && !entry.mounting) this.mount(entry);
    }
    if (full || this.removed) {
      this.removed = false;
      for (const [editor, entry] of this.entries) {
        if (!editor.isConnected) {
          this.drop(editor, entry);
          changed = true;
        } else if (entry.ui && !entry.ui.host.isConnected && !entry.mounting) this.mount(entry);
      }
    }
    if (changed || this.entries.size !== before) {
      try {
        this.deps.onChange?.(this.composers);
      } catch {
        /* a reporting failure must not stop the badges */
      }
    }
  }

  /** Whether node sits inside a known editor or inside Postwise's own UI (nothing to find there). */
  private ignorable(node: Node): boolean {
    for (let cur: Node | null = node; cur; cur = cur.parentNode) {
      if (cur.nodeType === 1 && (this.entries.has(cur as HTMLElement) || ownHost(cur as Element))) return true;
    }
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped || this.invalidated) return;
    let work = false;
    for (const record of records) {
      if (record.removedNodes.length) {
        // Removals inside an editor are typing; elsewhere a composer or a badge may have gone.
        if (!this.ignorable(record.target)) {
          this.removed = true;
          work = true;
        }
      }
      if (!record.addedNodes.length) continue;
      if (this.ignorable(record.target)) {
        this.stats.ignored++;
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 || ownHost(node as Element)) continue;
        this.pending.add(node);
        work = true;
      }
    }
    if (work) this.rescanSoon();
  }

  private observeShadow(root: ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.shadows.add(root);
    this.observer?.observe(root, { childList: true, subtree: true });
    // Focus inside a shadow root is seen by the document listener too (focusin is composed).
  }

  /** The extension context is gone: every badge switches to "reload the page", nothing else runs. */
  invalidate(): void {
    if (this.invalidated) return;
    this.invalidated = true;
    this.observer?.disconnect();
    this.cancelRescan?.();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    for (const entry of this.entries.values()) {
      entry.unwatch();
      entry.session.invalidate();
      entry.ui?.host.setAttribute(STALE_ATTR, '');
    }
  }

  /** Removes every badge and stops watching (the content script is shutting down). */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.cancelRescan?.();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    for (const [editor, entry] of this.entries) this.drop(editor, entry);
  }

  private readonly onFocusIn = (e: FocusEvent) => {
    const target = eventTarget(e) as HTMLElement | null;
    if (!target || target.nodeType !== 1 || this.entries.has(target)) return;
    if (!target.isContentEditable && target.tagName !== 'TEXTAREA') return;
    if (this.stopped || this.invalidated) return;
    // An editor in a shadow root nobody told us about (attached after its host was added).
    for (let root = target.getRootNode(); root.nodeType === 11; root = (root as ShadowRoot).host?.getRootNode() ?? this.doc) {
      const shadow = root as ShadowRoot;
      if (ownHost(shadow.host)) return;
      if (!this.observed.has(shadow)) this.observeShadow(shadow);
    }
    this.pending.add(target);
    if (target.parentNode) this.pending.add(target.parentNode);
    this.rescan();
  };

  private rescanSoon(): void {
    if (this.cancelRescan || this.stopped || this.invalidated) return;
    this.cancelRescan = this.deps.schedule(() => this.rescan(), this.deps.rescanMs ?? 120);
  }

  private add(composer: Composer): void {
    const session = new ComposerSession(this.adapter, composer, { ...this.deps, onInvalidated: () => this.invalidate() });
    const entry: Entry = { session, unwatch: this.watch(session) };
    this.entries.set(composer.editor, entry);
    this.mount(entry);
    void session.start();
  }

  /** Calls session.changed() on every change of the editor's text (DOM edits and textarea input). */
  private watch(session: ComposerSession): () => void {
    const editor = session.editor;
    const win = this.doc.defaultView;
    const onChange = () => session.changed();
    editor.addEventListener('input', onChange);
    const observer = win ? new win.MutationObserver(onChange) : undefined;
    observer?.observe(editor, { childList: true, characterData: true, subtree: true });
    return () => {
      editor.removeEventListener('input', onChange);
      observer?.disconnect();
    };
  }

  private mount(entry: Entry): void {
    const old = entry.ui;
    entry.ui = undefined;
    old?.remove();
    const anchor = this.adapter.anchor(entry.session.editor);
    entry.mounting = this.deps
      .mount(entry.session, anchor)
      .then((ui) => {
        if (this.stopped || !this.entries.has(entry.session.editor)) ui.remove();
        else entry.ui = ui;
      })
      .catch(() => {
        /* the anchor vanished while mounting: the next scan tries again */
      })
      .finally(() => {
        entry.mounting = undefined;
      });
  }

  private drop(editor: HTMLElement, entry: Entry): void {
    this.entries.delete(editor);
    entry.unwatch();
    entry.session.destroy();
    entry.ui?.remove();
  }
}

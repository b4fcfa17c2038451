/**
 * Keeps one session and one badge per composer on the page. The sites are single-page apps whose
 * composers appear, re-render and vanish without navigation, so the page is rescanned after DOM
 * changes (a MutationObserver, throttled) and when an editor takes focus (capture-phase focusin).
 * A badge host the site removed while its composer stays is mounted again.
 */
import type { Composer, PlatformAdapter } from '../platforms/types';
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
}

interface Entry {
  session: ComposerSession;
  ui?: MountedUi;
  mounting?: Promise<void>;
  unwatch: () => void;
}

/** Attribute on hosts left by a script whose extension context is gone. */
export const STALE_ATTR = 'data-postwise-stale';

export class ComposerController {
  private readonly entries = new Map<HTMLElement, Entry>();
  private observer?: MutationObserver;
  private cancelRescan?: () => void;
  private invalidated = false;
  private stopped = false;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly doc: Document,
    private readonly deps: ControllerDeps,
  ) {}

  /** The sessions on the page now (tests, the e2e probe). */
  get sessions(): ComposerSession[] {
    return Array.from(this.entries.values(), (e) => e.session);
  }

  start(): void {
    // Hosts of an older Postwise whose context died (extension updated): this one takes over.
    for (const stale of Array.from(this.doc.querySelectorAll(`[${STALE_ATTR}]`))) stale.remove();
    const win = this.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver(() => this.rescanSoon());
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    }
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.scan();
  }

  /** Looks for composers now: new ones get a session and a badge, gone ones lose theirs. */
  scan(): void {
    if (this.stopped || this.invalidated) return;
    this.cancelRescan = undefined;
    if (!this.deps.alive()) return this.invalidate();
    const found = this.adapter.findComposers(this.doc);
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      seen.add(composer.editor);
      const entry = this.entries.get(composer.editor);
      if (entry && entry.session.composer.key !== composer.key) {
        // The site reused the editor for another post (single-page navigation): start afresh.
        this.drop(composer.editor, entry);
        this.add(composer);
      } else if (!entry) this.add(composer);
      else if (entry.ui && !entry.ui.host.isConnected && !entry.mounting) this.mount(entry);
    }
    for (const [editor, entry] of this.entries) {
      if (seen.has(editor) || editor.isConnected) continue;
      this.drop(editor, entry);
    }
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
    const target = e.target as HTMLElement | null;
    if (!target || this.entries.has(target)) return;
    if (target.isContentEditable || target.tagName === 'TEXTAREA') this.scan();
  };

  private rescanSoon(): void {
    if (this.cancelRescan || this.stopped || this.invalidated) return;
    this.cancelRescan = this.deps.schedule(() => this.scan(), this.deps.rescanMs ?? 120);
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

/**
 * One composer on the page, from the moment it is found until it goes away: debounced analysis as
 * the user types, autosave and the restore offer, one-click fixes through the site adapter,
 * dismissals, the reader's stage, the findings log, and recording the post on submit. Everything
 * it needs comes in through SessionDeps, so tests drive it with a fake background and clock.
 */
import type { Finding, Fix, Report, Stage } from '../analysis/schemas';
import type { Composer, PlatformAdapter } from '../platforms/types';
import type { FindingEvent } from '../storage/schemas';
import { BackgroundError, isInvalidation, type Send } from './messenger';
import { resolveStage, type StageView } from './stage';
import { createStore, type Store } from './store';

/** What the badge and the card show. */
export interface ComposerView {
  platform: PlatformAdapter['platform'];
  kind: Composer['kind'];
  key: string;
  /** checking: an analysis is on its way; invalidated: the extension was reloaded under the page. */
  status: 'idle' | 'checking' | 'ready' | 'unavailable' | 'invalidated';
  /** The text the report is about (spans index into it). */
  text: string;
  report?: Report;
  /** The report's findings minus the dismissed ones, worst first. */
  findings: Finding[];
  dismissedCount: number;
  open: boolean;
  stage?: StageView;
  /** A saved draft for this composer, offered while the composer is empty. */
  restore?: { text: string; updatedAt: number };
  /** A short line about the last action (e.g. a fix that could not be applied). */
  notice?: string;
  /** A fix is being typed into the editor. */
  fixing: boolean;
  /** Increases with every report shown (tests and the latency probe watch it). */
  revision: number;
  /** The browser storage refused the last autosave: the draft is kept in this page's memory. */
  unsaved?: boolean;
}

export interface SessionDeps {
  send: Send;
  now: () => number;
  /** Runs fn after ms; returns a cancel function (ctx.setTimeout in the content script). */
  schedule: (fn: () => void, ms: number) => () => void;
  /** The page address recorded with a post. */
  url: () => string;
  /** Called once when the extension context turns out to be gone. */
  onInvalidated: () => void;
  debounceMs?: number;
  autosaveMs?: number;
}

/** Pause in typing before the draft is checked. */
export const DEBOUNCE_MS = 250;
/** Pause in typing before the draft is saved. */
export const AUTOSAVE_MS = 800;
/** First pause before saving again when the browser storage refused a draft (doubles, up to a minute). */
export const UNSAVED_RETRY_MS = 5_000;

const RANK = { fix: 2, warn: 1, info: 0 } as const;
const findingId = (f: Pick<Finding, 'ruleId' | 'messageId'>) => `${f.ruleId}:${f.messageId}`;

/** Dismissals and "shown" events per composer key, for the page's lifetime (composers re-render). */
const dismissedByKey = new Map<string, Set<string>>();
const shownByKey = new Map<string, Set<string>>();
/**
 * Drafts the background could not store (IndexedDB quota or open errors), per composer key, for
 * the page's lifetime: a composer that re-renders or comes back after a single-page navigation
 * offers its draft from here until the storage takes it again.
 */
const unsavedByKey = new Map<string, { text: string; updatedAt: number }>();

/** Forgets dismissals, shown events and unsaved drafts (tests). */
export function resetSessionMemory(): void {
  dismissedByKey.clear();
  shownByKey.clear();
  unsavedByKey.clear();
}

/** The background said its database is unreachable (quota, open or I/O errors). */
const isStorageUnavailable = (error: unknown) => error instanceof BackgroundError && error.code === 'storage-unavailable';

function memo(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

export class ComposerSession {
  readonly store: Store<ComposerView>;
  private readonly debounceMs: number;
  private readonly autosaveMs: number;
  private cancelAnalysis = () => {};
  private cancelAutosave = () => {};
  private cancelRetry = () => {};
  private retryMs = UNSAVED_RETRY_MS;
  private stopSubmit = () => {};
  private seq = 0;
  private savedText: string | undefined;
  private destroyed = false;

  constructor(
    readonly adapter: PlatformAdapter,
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
    this.autosaveMs = deps.autosaveMs ?? AUTOSAVE_MS;
    this.store = createStore<ComposerView>({
      platform: adapter.platform,
      kind: composer.kind,
      key: composer.key,
      status: 'idle',
      text: '',
      findings: [],
      dismissedCount: 0,
      open: false,
      fixing: false,
      revision: 0,
    });
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  get invalidated(): boolean {
    return this.store.get().status === 'invalidated';
  }

  /** Reads the reader's stage and any saved draft, watches submit, checks what is already typed. */
  async start(): Promise<void> {
    this.stopSubmit = this.adapter.onSubmit(this.editor, (text) => void this.submitted(text));
    await this.guard(async () => {
      const saved = await this.deps.send({ type: 'get-draft', key: this.composer.key }).catch((error: unknown) => {
        if (isStorageUnavailable(error)) return null;
        throw error;
      });
      const current = this.readText();
      // A draft the storage refused earlier on this page is newer than anything stored.
      const kept = unsavedByKey.get(this.composer.key);
      const offer = kept && (!saved || kept.updatedAt >= saved.updatedAt) ? kept : saved;
      if (offer && offer.text.trim() && !current.trim()) {
        this.store.set({ restore: { text: offer.text, updatedAt: offer.updatedAt } });
      }
      if (saved) this.savedText = saved.text;
      if (kept) this.scheduleUnsavedRetry();
      await this.refreshStage(saved?.readerStage);
    });
    if (this.readText().trim()) await this.analyzeNow();
  }

  /** The editor's text changed (typing, paste, a site's re-render): check again after a pause. */
  changed(): void {
    if (this.destroyed || this.invalidated) return;
    this.cancelAnalysis();
    this.cancelAnalysis = this.deps.schedule(() => void this.analyzeIfChanged(), this.debounceMs);
    if (!this.store.get().restore) {
      this.cancelAutosave();
      this.cancelAutosave = this.deps.schedule(() => void this.autosave(), this.autosaveMs);
    }
  }

  /** Checks the text unless the last report is already about it (editors re-render without edits). */
  private analyzeIfChanged(): Promise<void> {
    const view = this.store.get();
    if (view.report && view.status === 'ready' && this.readText() === view.text) return Promise.resolve();
    return this.analyzeNow();
  }

  /** Checks the current text now. */
  async analyzeNow(): Promise<void> {
    if (this.destroyed || this.invalidated) return;
    this.cancelAnalysis();
    const text = this.readText();
    const seq = ++this.seq;
    if (!text.trim()) {
      this.store.set((s) => ({ status: 'idle', text, report: undefined, findings: [], dismissedCount: 0, notice: undefined, revision: s.revision + 1 }));
      return;
    }
    this.store.set({ status: 'checking' });
    await this.guard(async () => {
      const report = await this.deps.send({ type: 'analyze', draft: this.draft(text), now: this.deps.now() });
      if (seq !== this.seq || this.destroyed) return;
      this.show(text, report);
    });
  }

  /** Opens or closes the card. */
  toggle(open = !this.store.get().open): void {
    this.store.set({ open, notice: undefined });
  }

  /**
   * Applies a finding's fix through the site's editor, edit by edit from the last to the first so
   * the earlier offsets stay valid. Only when the editor still holds the text the fix was made for.
   */
  async applyFix(finding: Finding): Promise<boolean> {
    const fix = finding.fix;
    const view = this.store.get();
    if (!fix || view.fixing || this.invalidated) return false;
    if (this.readText() !== view.text) {
      this.store.set({ notice: 'The text changed since the check; here are the updated findings.' });
      await this.analyzeNow();
      return false;
    }
    this.store.set({ fixing: true, notice: undefined });
    let ok = true;
    for (const edit of sortedForApplying(fix)) {
      ok = await this.adapter.replaceText(this.editor, edit.start, edit.end, edit.text);
      if (!ok) break;
    }
    this.store.set({ fixing: false, ...(ok ? {} : { notice: 'The site’s editor did not take the change; edit the text by hand.' }) });
    if (ok) this.log([finding], 'fixed');
    await this.analyzeNow();
    this.changedForAutosave();
    return ok;
  }

  /** "Not relevant here": hides the finding for this composer and logs it. */
  dismiss(finding: Finding): void {
    memo(dismissedByKey, this.composer.key).add(findingId(finding));
    this.log([finding], 'dismissed');
    const view = this.store.get();
    if (view.report) this.show(view.text, view.report, false);
  }

  /** Sets the reader's stage: the contact's (remembered) for a reply, this draft's for a post. */
  async setStage(stage: Stage): Promise<void> {
    const current = this.store.get().stage;
    await this.guard(async () => {
      if (current?.target === 'contact' && current.who) {
        await this.deps.send({ type: 'set-contact', platform: this.adapter.platform, handle: current.who, stage });
        this.store.set({ stage: { ...current, stage, shown: stage, source: 'contact' } });
      } else {
        this.store.set({ stage: { stage, shown: stage, source: 'draft', target: 'draft' } });
      }
    });
    await this.analyzeNow();
    this.changedForAutosave();
  }

  /** Puts the saved draft back into the composer (through the site's editor). */
  async restoreDraft(): Promise<boolean> {
    const offer = this.store.get().restore;
    if (!offer) return false;
    this.store.set({ restore: undefined, fixing: true });
    const ok = await this.adapter.replaceText(this.editor, 0, this.readText().length, offer.text);
    this.store.set({ fixing: false, ...(ok ? {} : { notice: 'The saved draft could not be put back; it is still saved.' }) });
    if (ok) this.savedText = offer.text;
    // A copy kept in memory (the storage refused it) still has to be saved.
    if (ok && unsavedByKey.has(this.composer.key)) {
      this.savedText = undefined;
      this.changedForAutosave();
    }
    await this.analyzeNow();
    return ok;
  }

  /** Drops the saved draft. */
  async discardDraft(): Promise<void> {
    this.store.set({ restore: undefined });
    unsavedByKey.delete(this.composer.key);
    await this.guard(async () => {
      await this.deps.send({ type: 'delete-draft', key: this.composer.key });
      this.savedText = undefined;
    });
    if (this.readText().trim()) this.changedForAutosave();
  }

  /** The extension is gone: stop everything, keep a calm "reload the page" state. */
  invalidate(): void {
    if (this.invalidated) return;
    this.cancelAnalysis();
    this.cancelAutosave();
    this.cancelRetry();
    this.stopSubmit();
    this.store.set({ status: 'invalidated', fixing: false, restore: undefined });
  }

  /** The composer left the page. */
  destroy(): void {
    this.destroyed = true;
    this.cancelAnalysis();
    this.cancelAutosave();
    this.cancelRetry();
    this.stopSubmit();
  }

  private readText(): string {
    return this.adapter.readText(this.editor);
  }

  private draft(text: string) {
    const replyTo = this.composer.kind === 'post' ? undefined : this.adapter.readReplyContext(this.editor);
    const stage = this.store.get().stage?.stage;
    return {
      platform: this.adapter.platform,
      kind: this.composer.kind,
      text,
      ...(replyTo ? { replyTo } : {}),
      ...(stage ? { readerStage: stage } : {}),
    };
  }

  private show(text: string, report: Report, logShown = true): void {
    const dismissed = memo(dismissedByKey, this.composer.key);
    const findings = report.findings
      .filter((f) => !dismissed.has(findingId(f)))
      .sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    this.store.set((s) => ({
      status: 'ready',
      text,
      report,
      findings,
      dismissedCount: report.findings.length - findings.length,
      revision: s.revision + 1,
    }));
    if (logShown) {
      const shown = memo(shownByKey, this.composer.key);
      const fresh = findings.filter((f) => !shown.has(findingId(f)));
      for (const f of fresh) shown.add(findingId(f));
      if (fresh.length) this.log(fresh, 'shown');
    }
  }

  private log(findings: Finding[], event: FindingEvent): void {
    const time = this.deps.now();
    const events = findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      event,
      platform: this.adapter.platform,
      time,
      draftKey: this.composer.key,
    }));
    void this.guard(() => this.deps.send({ type: 'log-findings', events }), true);
  }

  private changedForAutosave(): void {
    if (this.store.get().restore) return;
    this.cancelAutosave();
    this.cancelAutosave = this.deps.schedule(() => void this.autosave(), this.autosaveMs);
  }

  private async autosave(): Promise<void> {
    if (this.destroyed || this.invalidated || this.store.get().restore) return;
    const text = this.readText();
    if (text === this.savedText && !this.stageChangedSinceSave && !this.store.get().unsaved) return;
    const updatedAt = this.deps.now();
    await this.guard(async () => {
      try {
        if (!text.trim()) {
          if (this.savedText !== undefined || this.store.get().unsaved) await this.deps.send({ type: 'delete-draft', key: this.composer.key });
          this.savedText = undefined;
        } else {
          const d = this.draft(text);
          await this.deps.send({
            type: 'save-draft',
            draft: { key: this.composer.key, ...d, url: this.deps.url(), updatedAt },
          });
          this.savedText = text;
        }
        this.saved();
      } catch (error) {
        if (!isStorageUnavailable(error)) throw error;
        // Nothing is lost: the draft stays in this page's memory and is saved once storage is back.
        if (text.trim()) unsavedByKey.set(this.composer.key, { text, updatedAt });
        else unsavedByKey.delete(this.composer.key);
        this.store.set({ unsaved: true });
        this.scheduleUnsavedRetry();
      }
    });
  }

  /** The storage took the draft: forget the in-memory copy and the retry. */
  private saved(): void {
    unsavedByKey.delete(this.composer.key);
    this.cancelRetry();
    this.retryMs = UNSAVED_RETRY_MS;
    if (this.store.get().unsaved) this.store.set({ unsaved: false });
  }

  /** Tries to save the kept draft again later (5 s, 10 s, … up to a minute apart). */
  private scheduleUnsavedRetry(): void {
    this.cancelRetry();
    this.cancelRetry = this.deps.schedule(() => void this.retryUnsaved(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 60_000);
  }

  private async retryUnsaved(): Promise<void> {
    if (this.destroyed || this.invalidated) return;
    const kept = unsavedByKey.get(this.composer.key);
    if (this.store.get().restore && kept) {
      // Still offered, not typed into the composer: store that copy as it is.
      await this.guard(async () => {
        try {
          const d = this.draft(kept.text);
          await this.deps.send({ type: 'save-draft', draft: { key: this.composer.key, ...d, url: this.deps.url(), updatedAt: kept.updatedAt } });
          this.savedText = kept.text;
          this.saved();
        } catch (error) {
          if (!isStorageUnavailable(error)) throw error;
          this.scheduleUnsavedRetry();
        }
      }, true);
      return;
    }
    await this.autosave();
  }

  private get stageChangedSinceSave(): boolean {
    return this.store.get().stage?.source === 'draft';
  }

  /** The site is sending the text: add it to the history (so later cross-posts are caught). */
  private async submitted(text: string): Promise<void> {
    if (this.invalidated) return;
    this.cancelAutosave();
    const replyTo = this.composer.kind === 'post' ? undefined : this.adapter.readReplyContext(this.editor);
    const stage = this.store.get().stage?.stage;
    // An id of its own makes the request idempotent, so a retry after a service-worker restart
    // can never record the post twice.
    const id = globalThis.crypto?.randomUUID?.();
    await this.guard(async () => {
      await this.deps.send({
        type: 'record-post',
        post: {
          ...(id ? { id } : {}),
          platform: this.adapter.platform,
          kind: this.composer.kind,
          text,
          time: this.deps.now(),
          url: this.deps.url(),
          ...(replyTo ? { replyTo } : {}),
          ...(stage ? { ctaStage: stage } : {}),
          source: 'recorded',
        },
      });
      await this.deps.send({ type: 'delete-draft', key: this.composer.key });
      this.savedText = undefined;
      this.saved();
    });
    this.store.set({ open: false, restore: undefined });
  }

  private async refreshStage(draftStage?: Stage): Promise<void> {
    const replyTo = this.composer.kind === 'post' ? undefined : this.adapter.readReplyContext(this.editor);
    const stage = await resolveStage(this.deps.send, {
      platform: this.adapter.platform,
      kind: this.composer.kind,
      ...(replyTo ? { replyTo } : {}),
      ...(draftStage ? { readerStage: draftStage } : {}),
    });
    this.store.set({ stage });
  }

  /** Runs a background call; invalidation switches to the reload state, other failures are quiet. */
  private async guard<T>(fn: () => Promise<T>, quiet = false): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      if (isInvalidation(error)) {
        this.deps.onInvalidated();
        this.invalidate();
      } else if (!this.destroyed && !quiet) {
        this.store.set({ status: 'unavailable' });
      }
      return undefined;
    }
  }
}

/** A fix's edits from the last to the first (so earlier offsets stay valid while applying). */
export function sortedForApplying(fix: Fix): Fix['edits'] {
  return [...fix.edits].sort((a, b) => b.start - a.start || b.end - a.end);
}

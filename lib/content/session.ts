/**
 * One composer on the page, from the moment it is found until it goes away: debounced analysis as
 * the user types, one-click fixes through the site adapter, dismissals, the reader's stage and the
 * findings log. Its saved draft (autosave, the restore offer) is kept by a DraftKeeper, and the post
 * is recorded on submit. Everything it needs comes in through SessionDeps, so tests drive it with a
 * fake background and clock.
 */
import type { Draft, Finding, Report, Stage } from '../analysis/schemas';
import type { Composer, PlatformAdapter } from '../platforms/types';
import type { FindingEvent } from '../contract/schemas';
import { AUTOSAVE_MS, DraftKeeper, resetUnsavedDrafts } from './autosave';
import { firstShown, rememberDismissed, resetFindingMemory, sortedForApplying, visibleFindings } from './findings';
import { isInvalidation } from '../messaging/messenger';
import { resolveStage, withInferred } from './stage';
import { createStore, type Store } from './store';
import { recordedPost } from './submit';
import { createSubmitLimiter } from './trust';
import type { ComposerView, SessionDeps } from './types';

export type { ComposerView, SessionDeps } from './types';
export { AUTOSAVE_MS, UNSAVED_RETRY_MS } from './autosave';
export { sortedForApplying } from './findings';

/** Pause in typing before the draft is checked. */
export const DEBOUNCE_MS = 250;

/** Forgets dismissals, shown events and unsaved drafts (tests). */
export function resetSessionMemory(): void {
  resetFindingMemory();
  resetUnsavedDrafts();
}

/** The controller of one composer: what the badge and card show, and what they can ask of it. */
export class ComposerSession {
  readonly store: Store<ComposerView>;
  private readonly debounceMs: number;
  private readonly drafts: DraftKeeper;
  private cancelAnalysis = () => {};
  private stopSubmit = () => {};
  private stopInput = () => {};
  private readonly mayRecord = createSubmitLimiter();
  private seq = 0;
  private destroyed = false;

  constructor(
    readonly adapter: PlatformAdapter,
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
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
    this.drafts = new DraftKeeper({
      key: composer.key,
      deps,
      autosaveMs: deps.autosaveMs ?? AUTOSAVE_MS,
      store: this.store,
      readText: () => this.readText(),
      draft: (text) => this.draft(text),
      replaceAll: (text) => this.adapter.replaceText(this.editor, 0, this.readText().length, text),
      guard: (fn, quiet) => this.guard(fn, quiet),
      active: () => !this.destroyed && !this.invalidated,
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
    this.stopInput = this.deps.trust.watchInput(this.editor, () => this.drafts.userActed());
    await this.guard(async () => {
      const draftStage = await this.drafts.load();
      await this.refreshStage(draftStage);
    });
    if (this.readText().trim()) await this.analyzeNow();
  }

  /** The editor's text changed (typing, paste, a site's re-render): check and save again after a pause. */
  changed(): void {
    if (this.destroyed || this.invalidated) return;
    this.cancelAnalysis();
    this.cancelAnalysis = this.deps.schedule(() => void this.analyzeIfChanged(), this.debounceMs);
    this.drafts.schedule();
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
      this.store.set((s) => ({
        status: 'idle',
        text,
        report: undefined,
        findings: [],
        dismissedCount: 0,
        notice: undefined,
        revision: s.revision + 1,
      }));
      return;
    }
    this.store.set({ status: 'checking' });
    await this.guard(async () => {
      await this.followReplyAuthor();
      const request = { type: 'analyze', draft: this.draft(text), now: this.deps.now() } as const;
      const report = await this.deps.send(request);
      if (seq !== this.seq || this.destroyed) return;
      this.show(text, report);
      // Just after the background woke: that was the quick answer; the complete one follows.
      if (!report.historyPending) return;
      const complete = await this.deps.send({ ...request, waitForHistory: true });
      if (seq !== this.seq || this.destroyed) return;
      this.show(text, complete);
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
    this.drafts.userActed();
    this.store.set({ fixing: true, notice: undefined });
    let ok = true;
    for (const edit of sortedForApplying(fix)) {
      ok = await this.adapter.replaceText(this.editor, edit.start, edit.end, edit.text);
      if (!ok) break;
    }
    this.store.set({ fixing: false, ...(ok ? {} : { notice: 'The site’s editor did not take the change; edit the text by hand.' }) });
    if (ok) this.log([finding], 'fixed');
    await this.analyzeNow();
    this.drafts.schedule();
    return ok;
  }

  /** "Not relevant here": hides the finding for this composer and logs it. */
  dismiss(finding: Finding): void {
    rememberDismissed(this.composer.key, finding);
    this.log([finding], 'dismissed');
    const view = this.store.get();
    if (view.report) this.show(view.text, view.report, false);
  }

  /** Sets the reader's stage: the contact's (remembered) for a reply, this draft's for a post. */
  async setStage(stage: Stage): Promise<void> {
    this.drafts.userActed();
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
    this.drafts.schedule();
  }

  /** Puts a saved draft back into the composer (0: the newest, 1…: the earlier ones on offer). */
  async restoreDraft(index = 0): Promise<boolean> {
    const ok = await this.drafts.restore(index);
    // (A refused restore keeps its notice; any edit the site made anyway comes in through changed().)
    if (ok) await this.analyzeNow();
    return ok;
  }

  /** Drops the saved drafts on offer. */
  async discardDraft(): Promise<void> {
    await this.drafts.discard();
  }

  /** The extension is gone: stop everything, keep a calm "reload the page" state. */
  invalidate(): void {
    if (this.invalidated) return;
    this.cancelAnalysis();
    this.drafts.stop();
    this.stopSubmit();
    this.stopInput();
    this.store.set({ status: 'invalidated', fixing: false, restore: undefined });
  }

  /** The composer left the page. */
  destroy(): void {
    this.destroyed = true;
    this.cancelAnalysis();
    this.drafts.stop();
    this.stopSubmit();
    this.stopInput();
  }

  private readText(): string {
    return this.adapter.readText(this.editor);
  }

  private draft(text: string): Draft {
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
    const { findings, dismissedCount } = visibleFindings(this.composer.key, report);
    this.store.set((s) => ({ status: 'ready', text, report, findings, dismissedCount, revision: s.revision + 1 }));
    if (logShown) {
      const fresh = firstShown(this.composer.key, findings);
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

  /** The site is sending the text: add it to the history (so later cross-posts are caught). */
  private async submitted(text: string): Promise<void> {
    if (this.invalidated) return;
    // Only the person's own click or key sends a post, and one composer records a few an hour at
    // most: a page script clicking "Post" in a loop writes nothing into the history.
    if (!this.deps.trust.inTrustedEvent() || !this.mayRecord(this.deps.now())) return;
    this.drafts.cancel();
    const view = this.store.get();
    const stage = view.stage?.stage;
    // A stage read from the post answered ("my order…") and sent without a correction is learnt
    // for that person: the next reply to them starts from it.
    const inferred = withInferred(view.stage, view.report);
    await this.guard(async () => {
      const post = recordedPost(this.adapter, this.composer, text, {
        time: this.deps.now(),
        url: this.deps.url(),
        ...(stage ? { stage } : {}),
      });
      await this.deps.send({ type: 'record-post', post });
      if (inferred?.source === 'inferred' && inferred.target === 'contact' && inferred.who) {
        const learnt = inferred.shown;
        await this.deps.send({ type: 'set-contact', platform: this.adapter.platform, handle: inferred.who, stage: learnt });
        this.store.set({ stage: { stage: learnt, shown: learnt, source: 'contact', who: inferred.who, target: 'contact' } });
      }
      await this.drafts.submitted();
    });
    this.store.set({ open: false });
  }

  /**
   * The person answered can change while typing (Instagram: "Reply" under a comment pre-fills
   * `@handle `, and that comment is then the one answered): the stage is that person's, so it is
   * looked up again when the reply context's author is no longer the one the stage is for.
   */
  private async followReplyAuthor(): Promise<void> {
    const current = this.store.get().stage;
    if (this.composer.kind === 'post' || !current || current.target !== 'contact') return;
    const author = this.adapter.readReplyContext(this.editor)?.author?.trim();
    if (author && author !== current.who) await this.refreshStage();
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

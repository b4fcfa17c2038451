/**
 * A composer's saved draft: autosave after a pause in typing, the restore offer, and a copy kept
 * in this page's memory while the browser storage refuses writes. While a restore offer stands,
 * what the user types is saved as the draft with the offered drafts kept beside it (`earlier`),
 * so a closed tab loses neither; Restore puts the chosen one back, Discard drops them all.
 */
import type { Draft, Stage } from '../analysis/schemas';
import { BackgroundError } from '../messaging/messenger';
import type { Store } from './store';
import type { ComposerView, Guard, RestoreOffer, SavedDraft, SessionDeps } from './types';

/** Pause in typing before the draft is saved. */
export const AUTOSAVE_MS = 800;
/** First pause before saving again when the browser storage refused a draft (doubles, up to a minute). */
export const UNSAVED_RETRY_MS = 5_000;
/** Older drafts kept beside the newest, at most (DraftRowSchema's `earlier` allows as many). */
export const MAX_EARLIER_DRAFTS = 5;

/**
 * Drafts the background could not store (IndexedDB quota or open errors), per composer key, for
 * the page's lifetime: a composer that re-renders or comes back after a single-page navigation
 * offers its draft from here until the storage takes it again.
 */
const unsavedByKey = new Map<string, RestoreOffer>();

/** Forgets the drafts kept in memory (tests). */
export function resetUnsavedDrafts(): void {
  unsavedByKey.clear();
}

/** The background said its database is unreachable (quota, open or I/O errors). */
const isStorageUnavailable = (error: unknown) => error instanceof BackgroundError && error.code === 'storage-unavailable';

/** Identifies what a stored row holds (undefined: no row). */
const sigOf = (row: RestoreOffer | null | undefined) => (row ? JSON.stringify([row.text, ...(row.earlier ?? []).map((e) => e.text)]) : undefined);
/** A signature no row has: the next save writes whatever the composer holds. */
const DIRTY = '\u0000dirty';

const plain = ({ text, updatedAt }: SavedDraft): SavedDraft => ({ text, updatedAt });
/** The offer made from a stored row (or a copy kept in memory). */
const offerOf = (row: RestoreOffer): RestoreOffer => ({ ...plain(row), ...(row.earlier?.length ? { earlier: row.earlier.map(plain) } : {}) });

/** What the draft keeper needs from its session. */
export interface DraftHost {
  key: string;
  deps: Pick<SessionDeps, 'send' | 'now' | 'schedule' | 'url'>;
  autosaveMs: number;
  store: Store<ComposerView>;
  readText(): string;
  /** The draft's fields as sent for analysis (platform, kind, reply context, reader's stage). */
  draft(text: string): Draft;
  /** Puts text in place of everything in the composer, through the site's editor. */
  replaceAll(text: string): Promise<boolean>;
  guard: Guard;
  /** False once the composer left the page or the extension context is gone. */
  active(): boolean;
}

/** Keeps one composer's draft saved. */
export class DraftKeeper {
  private savedSig: string | undefined;
  private cancelSave = () => {};
  private cancelRetry = () => {};
  private retryMs = UNSAVED_RETRY_MS;

  constructor(private readonly host: DraftHost) {}

  /** Reads the saved draft and offers it while the composer is empty; answers the stage saved with it. */
  async load(): Promise<Stage | undefined> {
    const { key, deps, store } = this.host;
    const saved = await deps.send({ type: 'get-draft', key }).catch((error: unknown) => {
      if (isStorageUnavailable(error)) return null;
      throw error;
    });
    // A draft the storage refused earlier on this page is newer than anything stored.
    const kept = unsavedByKey.get(key);
    const offer = kept && (!saved || kept.updatedAt >= saved.updatedAt) ? kept : saved;
    if (offer && offer.text.trim() && !this.host.readText().trim()) store.set({ restore: offerOf(offer) });
    if (saved) this.savedSig = sigOf(saved);
    if (kept) this.scheduleRetry();
    return saved?.readerStage;
  }

  /** The text or the stage changed: save after a pause. */
  schedule(): void {
    this.cancelSave();
    this.cancelSave = this.host.deps.schedule(() => void this.save(), this.host.autosaveMs);
  }

  /** Puts an offered draft back (0: the newest, 1…: the earlier ones); the others are set aside. */
  async restore(index = 0): Promise<boolean> {
    const { store } = this.host;
    const offer = store.get().restore;
    const chosen = offer && [offer, ...(offer.earlier ?? [])][index];
    if (!offer || !chosen) return false;
    store.set({ restore: undefined, fixing: true });
    const ok = await this.host.replaceAll(chosen.text);
    store.set({ fixing: false, ...(ok ? {} : { restore: offer, notice: 'The saved draft could not be put back; it is still saved.' }) });
    if (!ok) return false;
    // A copy kept in memory (the storage refused it) still has to be saved.
    if (unsavedByKey.has(this.host.key)) this.savedSig = DIRTY;
    // The stored row becomes the restored draft alone (a save only when it holds anything else).
    this.schedule();
    return true;
  }

  /** Drops every saved draft of this composer; what it holds now becomes its only draft. */
  async discard(): Promise<void> {
    const { key, deps, store } = this.host;
    store.set({ restore: undefined });
    unsavedByKey.delete(key);
    if (this.host.readText().trim()) {
      this.savedSig = DIRTY;
      this.cancelSave();
      return this.save();
    }
    await this.host.guard(async () => {
      await deps.send({ type: 'delete-draft', key });
      this.savedSig = undefined;
    });
  }

  /** The post went out (call inside the session's guard): drop its draft, keep drafts still on offer. */
  async submitted(): Promise<void> {
    this.cancel();
    const offer = this.host.store.get().restore;
    if (offer) {
      if (sigOf(offer) !== this.savedSig) await this.write(offer);
    } else {
      await this.host.deps.send({ type: 'delete-draft', key: this.host.key });
      this.savedSig = undefined;
    }
    this.stored();
  }

  /** Cancels a pending save (a post is being recorded). */
  cancel(): void {
    this.cancelSave();
  }

  /** Stops every timer (the composer went away or the extension context is gone). */
  stop(): void {
    this.cancelSave();
    this.cancelRetry();
  }

  /**
   * What the stored row should hold now: the composer's text; while an offer stands, that text
   * with the offered drafts kept beside it, or the offer as it was when nothing new is typed.
   */
  private rowNow(text: string): RestoreOffer | null {
    const offer = this.host.store.get().restore;
    if (!offer) return text.trim() ? { text, updatedAt: this.host.deps.now() } : null;
    if (!text.trim() || text === offer.text) return offer;
    const earlier = [plain(offer), ...(offer.earlier ?? [])].slice(0, MAX_EARLIER_DRAFTS);
    return { text, updatedAt: this.host.deps.now(), earlier };
  }

  private async save(quiet = false): Promise<void> {
    if (!this.host.active()) return;
    const { key, store } = this.host;
    const row = this.rowNow(this.host.readText());
    const stageChangedSinceSave = store.get().stage?.source === 'draft';
    if (sigOf(row) === this.savedSig && !stageChangedSinceSave && !store.get().unsaved) return;
    await this.host.guard(async () => {
      try {
        await this.write(row);
        this.stored();
      } catch (error) {
        if (!isStorageUnavailable(error)) throw error;
        // Nothing is lost: the draft stays in this page's memory and is saved once storage is back.
        if (row) unsavedByKey.set(key, row);
        else unsavedByKey.delete(key);
        store.set({ unsaved: true });
        this.scheduleRetry();
      }
    }, quiet);
  }

  /** Stores the row (null: deletes the draft, when there may be one). */
  private async write(row: RestoreOffer | null): Promise<void> {
    const { key, deps, store } = this.host;
    if (!row) {
      if (this.savedSig !== undefined || store.get().unsaved) await deps.send({ type: 'delete-draft', key });
    } else {
      const earlier = row.earlier?.length ? { earlier: row.earlier } : {};
      await deps.send({ type: 'save-draft', draft: { key, ...this.host.draft(row.text), url: deps.url(), updatedAt: row.updatedAt, ...earlier } });
    }
    this.savedSig = sigOf(row);
  }

  /** The storage took the draft: forget the in-memory copy and the retry. */
  private stored(): void {
    unsavedByKey.delete(this.host.key);
    this.cancelRetry();
    this.retryMs = UNSAVED_RETRY_MS;
    if (this.host.store.get().unsaved) this.host.store.set({ unsaved: false });
  }

  /** Tries to save the kept draft again later (5 s, 10 s, … up to a minute apart). */
  private scheduleRetry(): void {
    this.cancelRetry();
    this.cancelRetry = this.host.deps.schedule(() => void this.save(!!this.host.store.get().restore), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 60_000);
  }
}

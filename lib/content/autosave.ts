/**
 * A composer's saved draft: autosave after a pause in typing, the restore offer, and a copy kept
 * in this page's memory while the browser storage refuses writes. While a restore offer stands,
 * what the user types is saved as the draft with the offered drafts kept beside it (`earlier`),
 * so a closed tab loses neither; Restore puts the chosen one back, Discard drops them all.
 */
import type { Draft, Stage } from '../analysis/schemas';
import { MAX_DRAFT_CHARS } from '../contract/limits';
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
 * This page load's slot: the drafts it saves are its own, so a second tab on the same composer
 * keeps its draft beside this one instead of overwriting it (the background merges them).
 */
const PAGE_SLOT = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The part of a text a saved draft keeps (never splitting a surrogate pair). */
export function capped(text: string): string {
  if (text.length <= MAX_DRAFT_CHARS) return text;
  const code = text.charCodeAt(MAX_DRAFT_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_DRAFT_CHARS - 1 : MAX_DRAFT_CHARS);
}

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
const sigOf = (row: RestoreOffer | null | undefined) =>
  row ? JSON.stringify([row.text, ...(row.earlier ?? []).map((e) => e.text)]) : undefined;
/** A signature no row has: the next save writes whatever the composer holds. */
const DIRTY = '\u0000dirty';

const plain = ({ text, updatedAt }: SavedDraft): SavedDraft => ({ text, updatedAt });
/** The offer made from a stored row (or a copy kept in memory). */
const offerOf = (row: RestoreOffer): RestoreOffer => ({
  ...plain(row),
  ...(row.earlier?.length ? { earlier: row.earlier.map(plain) } : {}),
});

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
  /** The person typed, pasted or acted in this composer: only then is anything saved. */
  private typed = false;
  /** Other page loads' slots whose drafts were offered here (a save or a post supersedes them). */
  private replaces: string[] = [];
  /** The slot of each offered draft, by text (the offer itself shows no slots). */
  private slotByText = new Map<string, string>();
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
    if (saved) {
      this.savedSig = sigOf(saved);
      const entries = [saved, ...(saved.earlier ?? [])];
      for (const e of entries) if (e.slot) this.slotByText.set(e.text, e.slot);
      this.replaces = [...new Set(entries.map((e) => e.slot ?? '').filter((slot) => slot && slot !== PAGE_SLOT))].slice(0, 20);
    }
    if (kept) this.scheduleRetry();
    return saved?.readerStage;
  }

  /** The person's own input reached this composer (a trusted key, paste or drop, or a click in the card). */
  userActed(): void {
    this.typed = true;
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
    this.typed = true;
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
    this.typed = true;
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
      await this.host.deps.send({ type: 'delete-draft', key: this.host.key, ...this.mine() });
      this.savedSig = undefined;
    }
    this.stored();
  }

  /** This tab's slot and the slots it supersedes: what a save or a post replaces, and nothing else. */
  private mine(): { slot: string; replaces?: string[] } {
    return { slot: PAGE_SLOT, ...(this.replaces.length ? { replaces: this.replaces } : {}) };
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
    const own = { text: capped(text), updatedAt: this.host.deps.now(), slot: PAGE_SLOT };
    if (!offer) return text.trim() ? own : null;
    if (!text.trim() || text === offer.text) return offer;
    const earlier = [plain(offer), ...(offer.earlier ?? [])].slice(0, MAX_EARLIER_DRAFTS);
    return { ...own, earlier };
  }

  private async save(quiet = false): Promise<void> {
    // Nothing is written for a composer the person never typed in (a page script can fill one).
    if (!this.host.active() || !this.typed) return;
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
      if (this.savedSig !== undefined || store.get().unsaved) await deps.send({ type: 'delete-draft', key, ...this.mine() });
    } else {
      const withSlot = (e: SavedDraft) => {
        const slot = this.slotByText.get(e.text);
        return { ...plain(e), text: capped(e.text), ...(slot ? { slot } : {}) };
      };
      const earlier = row.earlier?.length ? { earlier: row.earlier.map(withSlot) } : {};
      const { replaces, slot } = this.mine();
      await deps.send({
        type: 'save-draft',
        draft: {
          key,
          ...this.host.draft(row.text),
          url: deps.url(),
          updatedAt: row.updatedAt,
          slot: row.slot ?? this.slotByText.get(row.text) ?? slot,
          ...earlier,
        },
        ...(replaces ? { replaces } : {}),
      });
    }
    this.savedSig = sigOf(row);
    // A draft longer than a saved draft keeps is saved in part: the card says so, calmly.
    const partly = !!row && this.host.readText().length > MAX_DRAFT_CHARS;
    if (partly !== !!store.get().partlySaved) store.set({ partlySaved: partly });
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

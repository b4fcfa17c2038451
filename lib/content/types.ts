/** The shapes a composer session shares with its helpers and its UI: what it shows, what it needs. */
import type { Finding, Report } from '../analysis/schemas';
import type { Composer, PlatformAdapter } from '../platforms/types';
import type { Send } from '../messaging/messenger';
import type { StageView } from './stage';
import type { Trust } from './trust';

/** A saved draft's text and when it was saved (epoch ms). */
export interface SavedDraft {
  text: string;
  updatedAt: number;
  /** The page load (tab) that saved it. */
  slot?: string;
}

/** Saved drafts of this composer offered while it is empty: the newest, and older ones kept beside it. */
export interface RestoreOffer extends SavedDraft {
  /** Drafts that were on offer while the user wrote the newest one, newest first. */
  earlier?: SavedDraft[];
}

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
  /** Saved drafts for this composer, offered while the composer is empty. */
  restore?: RestoreOffer;
  /** A short line about the last action (e.g. a fix that could not be applied). */
  notice?: string;
  /** A fix is being typed into the editor. */
  fixing: boolean;
  /** Increases with every report shown (tests and the latency probe watch it). */
  revision: number;
  /** The browser storage refused the last autosave: the draft is kept in this page's memory. */
  unsaved?: boolean;
  /** The draft is longer than a saved draft keeps: only its beginning is saved. */
  partlySaved?: boolean;
}

/** Everything a session needs from outside (tests pass a fake background and clock). */
export interface SessionDeps {
  send: Send;
  now: () => number;
  /** Runs fn after ms; returns a cancel function (ctx.setTimeout in the content script). */
  schedule: (fn: () => void, ms: number) => () => void;
  /** The page address recorded with a post. */
  url: () => string;
  /** Called once when the extension context turns out to be gone. */
  onInvalidated: () => void;
  /** Whether events are the person's own (a page script's are not); see lib/content/trust.ts. */
  trust: Trust;
  debounceMs?: number;
  autosaveMs?: number;
}

/** Runs a background call; invalidation switches to the reload state, other failures are quiet. */
export type Guard = <T>(fn: () => Promise<T>, quiet?: boolean) => Promise<T | undefined>;

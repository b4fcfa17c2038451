/**
 * One adapter per site, all behind this interface: the content script and the UI never touch a
 * site's markup directly. Adapters receive what they need as parameters so tests can feed them
 * fixture DOMs.
 */
import type { Kind, Platform, ReplyContext } from '../analysis/schemas';

/** One composer found on the page. */
export interface Composer {
  /** The editable element: a contenteditable root or a textarea. */
  editor: HTMLElement;
  kind: Kind;
  /** Stable key for autosave and the findings log: site, kind and what it answers (e.g. "x:reply:/jane/status/123"). */
  key: string;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Hostnames this adapter serves, e.g. ["x.com", "twitter.com", "mobile.x.com"]. */
  hosts: readonly string[];
  /**
   * Elements of the page whose open shadow roots hold composers (LinkedIn's `#interop-outlet`):
   * looked at on every rescan, since a shadow root can be attached after its host was added.
   */
  shadowHosts?(doc: Document): Element[];
  /** The composers inside root (root itself included). Never throws; finds nothing when the markup is unknown. */
  findComposers(root: ParentNode): Composer[];
  /** The editor's plain text, paragraphs joined by "\n": the text whose UTF-16 offsets findings use. */
  readText(editor: HTMLElement): string;
  /** The post or comment being answered, with its author's handle, when this composer answers one. */
  readReplyContext(editor: HTMLElement): ReplyContext | undefined;
  /** The element the badge is placed next to, chosen so the badge never covers the site's own buttons. */
  anchor(editor: HTMLElement): HTMLElement;
  /**
   * Calls back with the text just before the composer's content is submitted (the site's button
   * or its keyboard shortcut). Returns a function that stops listening.
   */
  onSubmit(editor: HTMLElement, callback: (text: string) => void): () => void;
  /**
   * Replaces [start, end) of readText() with text through the editor's own input path, so the
   * site's editor state sees it. Resolves true when readText() then holds the expected text.
   */
  replaceText(editor: HTMLElement, start: number, end: number, text: string): Promise<boolean>;
}

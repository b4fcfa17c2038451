/**
 * The per-site switch and the popup's "found on this page". Before it starts the badges, the
 * content script asks the background whether Postwise is on for its site (get-composer-context:
 * a setting in the background's database; content scripts never read the settings themselves).
 * It follows the popup's switch live (a tab message to every frame), asks again when the tab
 * becomes visible (a switch flipped in another tab), and answers the popup's page-report with the
 * composers it found, those of same-origin frames included (each frame runs its own script).
 */
import type { Send } from '../messaging/messenger';
import { isInvalidation } from '../messaging/messenger';
import type { PageReport, TabRequest } from '../messaging/protocol';
import type { PlatformAdapter } from '../platforms/types';
import type { Kind } from '../analysis/schemas';

/** What the switch drives: the badges' controller (started and stopped as a whole). */
export interface Badges {
  readonly composers: ReadonlyArray<{ kind: Kind; key: string }>;
  readonly stats?: PageReport['scan'];
  stop(): void;
}

/** The sender of a runtime message, as the browser gives it. */
export interface MessageSender {
  id?: string;
  tab?: unknown;
  url?: string;
}

export type TabListener = (message: unknown, sender: MessageSender, respond: (answer: unknown) => void) => boolean | void;

/** What the switch needs (the content script passes browser.runtime's parts; tests fakes). */
export interface SiteSwitchDeps {
  adapter: Pick<PlatformAdapter, 'platform'>;
  send: Send;
  /** Creates and starts the badges. */
  start: () => Badges;
  /** This extension's id: only its own pages may drive the switch. */
  runtimeId: string;
  /** runtime.onMessage.addListener / removeListener. */
  listen: (fn: TabListener) => () => void;
  doc: Document;
}

const KINDS: ReadonlySet<string> = new Set(['post', 'reply', 'comment']);
const PLATFORMS: ReadonlySet<string> = new Set(['x', 'facebook', 'linkedin', 'instagram']);

/** Where a frame's script publishes its badges for the top frame (on its isolated world's window). */
const FRAME_REPORT = Symbol.for('postwise.frame-composers');

/** A popup's tab message, checked by hand (the content script bundles no zod). */
export function isTabRequest(m: unknown): m is TabRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  if (r.type === 'page-report') return Object.keys(r).length === 1;
  return r.type === 'site-switch' && typeof r.platform === 'string' && PLATFORMS.has(r.platform) && typeof r.on === 'boolean';
}

/** Whether a message comes from one of this extension's own pages (the popup), not a content script or anyone else. */
export function fromOwnPage(sender: MessageSender | undefined, runtimeId: string): boolean {
  if (!sender || sender.id !== runtimeId || sender.tab) return false;
  return !sender.url || sender.url.startsWith(`chrome-extension://${runtimeId}/`) || sender.url.startsWith('moz-extension://');
}

export function runSiteSwitch(deps: SiteSwitchDeps) {
  const { adapter, doc } = deps;
  let badges: Badges | undefined;
  let on = true;
  let gone = false;
  const apply = (next: boolean) => {
    on = next;
    if (gone) return;
    if (on && !badges) badges = deps.start();
    else if (!on && badges) {
      badges.stop();
      badges = undefined;
    }
  };
  const ask = async () => {
    try {
      const context = await deps.send({ type: 'get-composer-context', platform: adapter.platform });
      apply(context.siteOn !== false);
    } catch (error) {
      // The extension is gone: the badges (if any) show "reload the page" on their own.
      if (isInvalidation(error)) return stop();
      // The background could not answer: keep coaching (Postwise is on unless turned off).
      apply(on);
    }
  };
  /** This frame's badges. */
  const own = () => (badges?.composers ?? []).map((c) => ({ kind: c.kind, key: c.key }));
  // Same-origin child frames (LinkedIn's interop iframe) run their own script: the top frame asks
  // each through its window as this extension's isolated world sees it (page scripts cannot).
  const win = doc.defaultView as (Window & { [FRAME_REPORT]?: () => PageReport['composers'] }) | null;
  if (win) win[FRAME_REPORT] = own;
  /** Badges of this frame and of its same-origin child frames. */
  const report = (): PageReport => {
    const composers = own();
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      try {
        const child = frame.contentWindow as (Window & { [FRAME_REPORT]?: () => PageReport['composers'] }) | null;
        for (const c of child?.[FRAME_REPORT]?.() ?? [])
          if (KINDS.has(c.kind) && c.key.startsWith(`${adapter.platform}:`)) composers.push({ kind: c.kind, key: c.key });
      } catch {
        /* a cross-origin frame */
      }
    }
    return { platform: adapter.platform, on, composers, ...(badges?.stats ? { scan: { ...badges.stats } } : {}) };
  };
  const unlisten = deps.listen((message, sender, respond) => {
    try {
      if (!fromOwnPage(sender, deps.runtimeId) || !isTabRequest(message)) return;
      if (message.type === 'site-switch') {
        if (message.platform === adapter.platform) apply(message.on);
        return;
      }
      // Only the top frame answers; it counts its same-origin frames' badges itself.
      if (win && win !== win.top) return;
      respond(report());
    } catch {
      /* never throw into the page */
    }
  });
  const onVisible = () => {
    if (doc.visibilityState === 'visible') void ask();
  };
  doc.addEventListener('visibilitychange', onVisible);
  function stop() {
    gone = true;
    unlisten();
    doc.removeEventListener('visibilitychange', onVisible);
  }
  const ready = ask();
  return {
    report,
    ready,
    get badges() {
      return badges;
    },
  };
}

/** The parts of browser.runtime the switch uses. */
export interface RuntimeWithMessages {
  id: string;
  onMessage: { addListener(fn: TabListener): void; removeListener(fn: TabListener): void };
}

/** The content script's entry: the switch over the real runtime, starting the badges with startBadges. */
export function startOnSite(adapter: PlatformAdapter, startBadges: () => Badges, runtime: RuntimeWithMessages, send: Send): void {
  runSiteSwitch({
    adapter,
    send,
    start: startBadges,
    runtimeId: runtime.id,
    listen: (fn) => {
      runtime.onMessage.addListener(fn);
      return () => runtime.onMessage.removeListener(fn);
    },
    doc: document,
  });
}

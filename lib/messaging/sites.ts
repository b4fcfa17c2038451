/**
 * Which of the four sites a content script's message comes from, by the sender's origin (the frame
 * that sent it) and the tab's address, and whether what it asks about belongs to that site: a
 * script on x.com may save and read X drafts, X contacts and X posts, never LinkedIn's.
 */
import type { Platform } from '../analysis/schemas';
import type { ParsedRequest } from './protocol';

/** The hosts each content script runs on (the manifest's matches). */
const SITES: readonly [Platform, RegExp][] = [
  ['x', /^(mobile\.)?(x|twitter)\.com$/],
  ['facebook', /(^|\.)facebook\.com$/],
  ['linkedin', /(^|\.)linkedin\.com$/],
  ['instagram', /(^|\.)instagram\.com$/],
];

/** The site of an https address, or undefined. */
export function siteOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return SITES.find(([, host]) => host.test(parsed.hostname))?.[0];
}

/** What a content script's sender says about where it runs. */
export interface SiteSender {
  url?: string;
  origin?: string;
  tab?: { url?: string };
}

/**
 * The sender's site: its frame's origin (or URL), which must agree with the tab's address when the
 * browser gives one. Undefined when the two disagree or neither is one of the four sites.
 */
export function siteOfSender(sender: SiteSender): Platform | undefined {
  const frame = siteOfUrl(sender.origin ? `${sender.origin}/` : sender.url);
  const tab = sender.tab?.url ? siteOfUrl(sender.tab.url) : frame;
  return frame && frame === tab ? frame : undefined;
}

const keyOn = (site: Platform, key: string) => key.startsWith(`${site}:`);

/** Why a content script on `site` may not send this request (undefined: it may). */
export function offSite(request: ParsedRequest, site: Platform): string | undefined {
  const other = (what: string) => `Rejected: a script on ${site} may not use ${what}.`;
  switch (request.type) {
    case 'analyze':
      return request.draft.platform === site ? undefined : other(`a ${request.draft.platform} draft`);
    case 'record-post':
      return request.post.platform === site ? undefined : other(`a ${request.post.platform} post`);
    case 'save-draft':
      return request.draft.platform === site && keyOn(site, request.draft.key) ? undefined : other('another site’s draft');
    case 'get-draft':
    case 'delete-draft':
      return keyOn(site, request.key) ? undefined : other('another site’s draft');
    case 'get-contact':
    case 'set-contact':
    case 'get-composer-context':
      return request.platform === site ? undefined : other(`${request.platform} contacts or settings`);
    case 'log-findings':
      return request.events.every((e) => e.platform === site && (e.draftKey === undefined || keyOn(site, e.draftKey)))
        ? undefined
        : other('another site’s findings');
    default:
      return other(`"${request.type}"`);
  }
}

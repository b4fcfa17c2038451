/**
 * What Postwise's manifest may ask for, as one checker used twice: by the unit test on the
 * manifest WXT is configured to write, and by the privacy e2e test on the built
 * .output/chrome-mv3/manifest.json. Anything wider than this list is a problem.
 */

/** The four sites, as registrable domains. */
export const SITES = ['x.com', 'twitter.com', 'facebook.com', 'linkedin.com', 'instagram.com'] as const;

/** Sites whose posts load in same-origin iframes (`iframe[data-testid="interop-iframe"]`): their script runs in every frame. */
export const FRAMED_SITES = ['linkedin.com'] as const;

/** Permissions Postwise uses (none: IndexedDB and runtime messaging need no permission). */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

/** Keys the manifest may have; anything else (externally_connectable, web_accessible_resources…) is a problem. */
const ALLOWED_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'version_name',
  'icons',
  'browser_specific_settings',
  'background',
  'action',
  'browser_action',
  'options_ui',
  'content_scripts',
  'permissions',
]);

export interface ManifestLike {
  [key: string]: unknown;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{
    matches?: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    world?: string;
  }>;
  content_security_policy?: unknown;
}

/** Whether a match pattern covers only https pages of one of the four sites (or their subdomains). */
export function isSitePattern(pattern: string): boolean {
  const m = /^https:\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const host = m[2]!;
  return SITES.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Everything in the manifest wider than Postwise needs; empty when it is minimal. */
export function manifestProblems(manifest: ManifestLike): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(manifest)) if (!ALLOWED_KEYS.has(key)) problems.push(`unexpected manifest key "${key}"`);
  for (const p of manifest.permissions ?? []) if (!ALLOWED_PERMISSIONS.includes(p)) problems.push(`permission "${p}" is not used`);
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions'] as const) {
    if ((manifest[key] as unknown[] | undefined)?.length) problems.push(`${key} is not needed: ${JSON.stringify(manifest[key])}`);
  }
  for (const cs of manifest.content_scripts ?? []) {
    for (const pattern of cs.matches ?? [])
      if (!isSitePattern(pattern)) problems.push(`content script matches "${pattern}", beyond the four sites`);
    // All frames only where a site loads its posts in same-origin frames (LinkedIn's interop iframe).
    if (cs.all_frames && !(cs.matches ?? []).every((m) => FRAMED_SITES.some((site) => isSitePattern(m) && m.includes(site)))) {
      problems.push(`content script ${cs.js?.join(',')} runs in all frames`);
    }
    if (cs.world && cs.world !== 'ISOLATED') problems.push(`content script ${cs.js?.join(',')} runs in the page's ${cs.world} world`);
  }
  if (manifest.content_security_policy !== undefined)
    problems.push('content_security_policy is set (the default CSP must not be loosened)');
  const text = JSON.stringify(manifest);
  if (/<all_urls>|\*:\/\/\*\/|https?:\/\/\*\//.test(text)) problems.push('the manifest asks for every site');
  return problems;
}

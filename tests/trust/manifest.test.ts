/**
 * Minimal manifest: host access only for the four sites, no permission Postwise does not use, no
 * externally_connectable (no web page can message the extension), no web_accessible_resources,
 * the default CSP. Checks the manifest WXT is configured to write (the content scripts' matches
 * and wxt.config.ts); the privacy e2e test checks the built one with the same policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { isSitePattern, manifestProblems, type ManifestLike } from './manifest-policy';

/** The `matches` of every content-script entrypoint, as WXT reads them from its definition. */
function contentScriptMatches(): Record<string, string[]> {
  const entries = import.meta.glob<{ default: { matches?: string[] } }>('../../entrypoints/*.content/index.tsx', { eager: true });
  return Object.fromEntries(Object.entries(entries).map(([path, mod]) => [path.split('/').at(-2)!, mod.default.matches ?? []]));
}

describe('the manifest Postwise asks the browser for', () => {
  const manifest = (config as { manifest: ManifestLike }).manifest;
  const matches = contentScriptMatches();

  it('has one content script per site, each matching only that site', () => {
    expect(Object.keys(matches).sort()).toEqual(['facebook.content', 'instagram.content', 'linkedin.content', 'x.content']);
    for (const [dir, patterns] of Object.entries(matches)) {
      expect(patterns.length, dir).toBeGreaterThan(0);
      for (const p of patterns) expect(isSitePattern(p), `${dir}: ${p}`).toBe(true);
    }
  });

  it('asks for nothing wider than it uses', () => {
    const assembled: ManifestLike = {
      ...manifest,
      manifest_version: 3,
      content_scripts: Object.values(matches).map((m) => ({ matches: m, js: ['x.js'] })),
    };
    expect(manifestProblems(assembled)).toEqual([]);
    expect(manifest.permissions ?? []).toEqual([]);
  });

  it('no source uses an API that would need a permission (storage, tabs beyond create, cookies, webRequest…)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(e.name)) {
          const src = readFileSync(path, 'utf8');
          if (
            /\b(browser|chrome)\.(storage|cookies|webRequest|declarativeNetRequest|scripting|history|downloads|identity|alarms|notifications)\b/.test(
              src,
            )
          )
            offenders.push(path);
        }
      }
    };
    for (const dir of ['entrypoints', 'lib', 'components']) walk(dir);
    expect(offenders).toEqual([]);
  });

  it.each([
    ['all URLs', { content_scripts: [{ matches: ['<all_urls>'] }] }],
    ['every https site', { content_scripts: [{ matches: ['https://*/*'] }] }],
    ['a fifth site', { content_scripts: [{ matches: ['https://www.tiktok.com/*'] }] }],
    ['a look-alike domain', { content_scripts: [{ matches: ['https://x.com.evil.io/*'] }] }],
    ['plain http', { content_scripts: [{ matches: ['http://x.com/*'] }] }],
    ['host permissions', { host_permissions: ['https://x.com/*'] }],
    ['an unused permission', { permissions: ['storage'] }],
    ['tabs', { permissions: ['tabs'] }],
    ['pages may message it', { externally_connectable: { matches: ['https://x.com/*'] } }],
    ['resources open to pages', { web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] }],
    ['a loosened CSP', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['the main world', { content_scripts: [{ matches: ['https://x.com/*'], world: 'MAIN' }] }],
  ])('the policy refuses %s', (_name, extra) => {
    expect(manifestProblems({ manifest_version: 3, name: 'Postwise', ...extra } as ManifestLike).length).toBeGreaterThan(0);
  });
});

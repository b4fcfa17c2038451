/**
 * Nothing gets in from a page, nothing leaks to it: the content scripts never listen to or post
 * window messages, each composer only ever asks for its own site's draft keys, and the background
 * answers a content script only the few requests one composer needs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_REQUESTS, PAGE_ONLY, RequestSchema } from '@/lib/messaging/protocol';
import { saveDraft } from '@/lib/storage/drafts';
import { senders, startBackground } from '../messaging/helpers';
import { NOW } from '../storage/helpers';

/** Every source file bundled into a site's content script. */
const CONTENT_SOURCES = [
  'lib/content',
  'lib/messaging/messenger.ts',
  'lib/platforms',
  'components/composer',
  'entrypoints/x.content',
  'entrypoints/facebook.content',
  'entrypoints/linkedin.content',
  'entrypoints/instagram.content',
];

function sources(dirs: readonly string[]): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    if (/\.tsx?$/.test(dir)) return void out.push({ path: dir, text: readFileSync(dir, 'utf8') });
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  dirs.forEach(walk);
  return out;
}

let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground();
});
afterEach(async () => {
  await bg.ctx.db.delete();
});

describe('the content scripts never relay the page', () => {
  it('no window message listener, no postMessage, no DOM events turned into requests', () => {
    const offenders = sources(CONTENT_SOURCES)
      .filter(({ text }) =>
        /addEventListener\(\s*['"]message['"]|\bonmessage\b|\.postMessage\(|MessageChannel|BroadcastChannel|CustomEvent|dispatchEvent\(/.test(
          text.replace(/^\s*(\/\/|\*).*$/gm, ''),
        ),
      )
      .map((s) => s.path);
    // insert.ts dispatches the editors' own input events (beforeinput/paste/input) INTO the page; it never listens.
    expect(offenders.filter((p) => !p.endsWith('dom/insert.ts'))).toEqual([]);
    const insert = sources(['lib/platforms/dom']).find((s) => s.path.endsWith('insert.ts'))!.text;
    expect(insert).not.toMatch(/addEventListener\(\s*['"]message|\.postMessage\(/);
  });

  it('nothing in a content script reads the page’s own script state (window properties, expando globals)', () => {
    const offenders = sources(CONTENT_SOURCES)
      .filter(({ text }) => /\bwindow\.(__|wrappedJSObject|top\.|parent\.|opener)|unsafeWindow/.test(text))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('every composer key an adapter builds starts with its own site, so a page only gets its own drafts', () => {
    for (const platform of ['x', 'facebook', 'linkedin', 'instagram']) {
      const text = readFileSync(`lib/platforms/${platform}.ts`, 'utf8');
      const keys = Array.from(text.matchAll(/\bkey:\s*(`[^`]*`|'[^']*')/g), (m) => m[1]!);
      expect(keys.length, platform).toBeGreaterThan(0);
      for (const key of keys) expect(key.slice(1), `${platform}: ${key}`).toMatch(new RegExp(`^${platform}:`));
    }
  });
});

describe('what the background answers a content script', () => {
  it('the content-script requests are exactly what the composer code sends', () => {
    const sent = new Set<string>();
    for (const { text } of sources(['lib/content', 'lib/messaging/messenger.ts', 'components/composer']))
      for (const m of text.matchAll(/type: '([a-z-]+)'/g)) sent.add(m[1]!);
    expect([...sent].sort()).toEqual([...CONTENT_SCRIPT_REQUESTS].sort());
  });

  it('every other request is for the extension pages only (the list written out, so a new request must be placed)', () => {
    const pageOnly = [
      'delete-contact',
      'delete-segment',
      'export',
      'get-coaching',
      'get-settings',
      'import',
      'import-csv',
      'list-contacts',
      'list-review-batch',
      'list-segments',
      'save-review',
      'save-segment',
      'set-settings',
      'wipe',
    ];
    expect([...PAGE_ONLY].sort()).toEqual(pageOnly);
    const all = RequestSchema.options.map((o) => o.shape.type.value);
    expect(all.filter((t) => !CONTENT_SCRIPT_REQUESTS.has(t) && !PAGE_ONLY.has(t))).toEqual([]);
  });

  it.each([
    [{ type: 'list-contacts' }],
    [{ type: 'export' }],
    [{ type: 'get-coaching' }],
    [{ type: 'list-review-batch', prefix: 'x' }],
    [{ type: 'set-settings', patch: { supportEmail: 'attacker@example.com' } }],
    [{ type: 'save-segment', segment: { name: 'x', stage: 'awareness', platforms: [], accounts: [] } }],
    [{ type: 'wipe', confirm: true }],
  ])('refuses %j from a site', async (message) => {
    await saveDraft(
      bg.ctx.db,
      { key: 'linkedin:post:share-box', platform: 'linkedin', kind: 'post', text: 'LinkedIn-only secret draft' },
      NOW,
    );
    const res = await bg.send(message, senders.contentScript());
    expect(res).toMatchObject({ ok: false, code: 'forbidden' });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(await bg.ctx.db.drafts.count()).toBe(1);
  });

  it('still answers the extension’s own pages', async () => {
    expect(await bg.send({ type: 'list-contacts' }, senders.popup())).toMatchObject({ ok: true });
  });
});

/**
 * Privacy, proven on the BUILT extension in Debian's Chromium: every request made while Postwise
 * works on the eight composers and its own pages is recorded (context-level request events see
 * the pages, the content scripts' fetches and the service worker's); anything beyond the fixture
 * pages and the extension's own files fails. The built bundles load no remote code, the built
 * manifest is minimal, and a hostile page on x.com gets nothing in and nothing out.
 *
 * Run after `npm run build` (scripts/run-tests.mjs does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { SCRIPT_PATH } from './fixtures/build';
import { FIXTURES } from './fixtures/index';
import { composerPage, HOST } from './composer-page';
import { EXT, launchWithExtension, openProbe, type Loaded } from './extension';
import { attack, listen, NONCE, readableText } from './hostile-page';
import { manifestProblems } from '../trust/manifest-policy';

interface Seen {
  url: string;
  type: string;
  /** Made by the service worker (the background). */
  worker: boolean;
  /** A control request made by this test to prove the recorder works. */
  control: boolean;
}

let loaded: Loaded;
let probe: Awaited<ReturnType<typeof openProbe>>;
const seen: Seen[] = [];
const figures: string[] = [];

const FIXTURE_URLS = new Set(FIXTURES.map((f) => f.url));
const FIXTURE_ORIGINS = new Set(FIXTURES.map((f) => new URL(f.url).origin));
/** Requests that are Postwise's own business: its files, and the fixture pages the test opens. */
function isLocal(r: Seen, extensionId: string): boolean {
  const u = new URL(r.url);
  if (u.protocol === 'chrome-extension:' && u.host === extensionId) return true;
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  if (r.type === 'document' && FIXTURE_URLS.has(r.url)) return true;
  // The fixture pages' own script, requested by the page (never by the service worker).
  return u.pathname === SCRIPT_PATH && FIXTURE_ORIGINS.has(u.origin) && !r.worker;
}
const outbound = () => seen.filter((r) => !r.control && !isLocal(r, loaded.extensionId));

const CONTROL = 'postwise-recorder-control';
const record = (r: Request) =>
  seen.push({ url: r.url(), type: r.resourceType(), worker: !!r.serviceWorker(), control: r.url().includes(CONTROL) });

beforeAll(async () => {
  loaded = await launchWithExtension();
  loaded.context.on('request', record);
  probe = await openProbe(loaded);
});

afterAll(async () => {
  await loaded?.close();
  if (figures.length) console.log(`\n[e2e] privacy figures\n${figures.map((l) => `  ${l}`).join('\n')}\n`);
});

const SECRET_POST = 'Leeds roastery opening Friday: first 50 guests get the Kestrel single origin free, password KESTREL-9.';
const SECRET_DRAFT = 'Internal: refund Dana via the back office, case 4471, do not mention the supplier recall.';
const SECRET_NOTE = 'VIP, knows the CEO, complained twice';

describe('the recorder', () => {
  it('sees requests from pages and from the service worker (control requests, excluded from the count)', async () => {
    const page = await loaded.context.newPage();
    await page.goto(FIXTURES[0]!.url);
    await page.evaluate((c) => fetch(`https://example.com/${c}`).catch(() => 0), CONTROL);
    await loaded.worker.evaluate((c) => fetch(`https://example.org/${c}`).catch(() => 0), CONTROL);
    await expect
      .poll(() =>
        seen
          .filter((r) => r.control)
          .map((r) => r.worker)
          .sort(),
      )
      .toEqual([false, true]);
    await page.close();
  });
});

describe('nothing leaves the browser', () => {
  it('all eight composers: typing, the card, a fix, sending', async () => {
    for (const f of FIXTURES) {
      const page = await loaded.context.newPage();
      await page.goto(f.url);
      const c = composerPage(page, f);
      await c.host.waitFor({ state: 'attached' });
      await c.type(
        f.kind === 'post'
          ? ['Meet Northwind, a small roastery in Leeds.', 'Buy now and taste the difference.']
          : ['So sorry about this, we are on it.'],
      );
      await expect.poll(() => c.badge.getAttribute('data-state')).toBe('ready');
      await c.openCard();
      const rule = f.kind === 'post' ? 'cta/stage-jump' : 'complaint/take-offline';
      await expect.poll(() => c.rules()).toContain(rule);
      await c.fix(rule);
      await expect.poll(() => c.rules()).not.toContain(rule);
      await page.waitForTimeout(900); // autosave
      await c.submit();
      await expect.poll(() => c.submitted()).toHaveLength(1);
      await page.waitForTimeout(200);
      await page.close();
    }
    const posts = (await probe.tables()).posts ?? [];
    expect(posts.length).toBe(FIXTURES.length);
  });

  it('the extension pages: popup (Check this text), settings, reviewers’ page', async () => {
    const popup = await loaded.context.newPage();
    await popup.goto(`chrome-extension://${loaded.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: 'Postwise' }).waitFor();
    const box = popup.locator('textarea').first();
    await box.fill('Buy now! Limited offer, click the link in bio.');
    const before = outbound().length;
    await popup.getByRole('button', { name: /check/i }).first().click();
    // The check ran (its verdict is shown) without a request leaving the browser.
    await expect.poll(() => popup.locator('[role=status].verdict').textContent()).toMatch(/\S/);
    for (const path of ['options.html', 'review.html']) {
      const page = await loaded.context.newPage();
      await page.goto(`chrome-extension://${loaded.extensionId}/${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('h1').first().textContent()).toMatch(/\S/);
      await page.close();
    }
    await popup.close();
    expect(outbound().slice(before)).toEqual([]);
  });
});

describe('a hostile page on x.com', () => {
  it('forged window messages, fake events and direct runtime messages get nothing in, nothing out', async () => {
    // Another site's post, draft and contact note are stored.
    await probe.send({
      type: 'record-post',
      post: { platform: 'linkedin', kind: 'post', text: SECRET_POST, time: Date.now() - 3 * 3_600_000 },
    });
    await probe.send({
      type: 'save-draft',
      draft: { key: 'linkedin:post:share-box', platform: 'linkedin', kind: 'post', text: SECRET_DRAFT },
    });
    await probe.send({ type: 'set-contact', platform: 'linkedin', handle: 'Dana Whitfield', stage: 'loyalty', note: SECRET_NOTE });
    const before = await probe.tables();

    const f = FIXTURES.find((x) => x.name === 'x-home')!;
    const page = await loaded.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(f.url);
    await listen(page);
    const c = composerPage(page, f);
    await c.host.waitFor({ state: 'attached' });
    const result = await attack(page, loaded.extensionId);

    // No answer reached the page: it has no way to message the extension (no externally_connectable).
    expect(result.direct).toHaveLength(3);
    for (const d of result.direct) expect(d).not.toMatch(/^answered: \{"ok":true/);
    // The only window messages are the page's own: the content script posts nothing to the window.
    expect(result.received.filter((m) => !JSON.stringify(m).includes(NONCE))).toEqual([]);

    // The badge still works after the forged "newer script started" event, and offers no other site's draft.
    await c.type([SECRET_POST.replace('password KESTREL-9.', 'see you there!')]);
    await expect.poll(() => c.badge.getAttribute('data-state')).toBe('ready');
    expect(await c.host.locator('[data-testid="postwise-restore"]').count()).toBe(0);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('crosspost/near-duplicate');
    const message = (await c.finding('crosspost/near-duplicate').locator('.pw-message').textContent()) ?? '';
    expect(message).toMatch(/your LinkedIn post from 3 h/);

    // What a page script can read (the document and every shadow root it can open) holds none of
    // it: the card is in a closed root, so not even the cross-post message is there.
    const readable = await readableText(page);
    expect(readable).not.toContain('your LinkedIn post from');
    for (const secret of ['KESTREL-9', SECRET_DRAFT.slice(0, 40), SECRET_NOTE, 'Dana Whitfield']) expect(readable).not.toContain(secret);
    expect(await page.locator(HOST).count()).toBe(1);

    // Nothing forged reached the database: same posts, drafts, settings, contacts.
    const after = await probe.tables();
    expect(after.posts).toEqual(before.posts);
    expect(after.settings).toEqual(before.settings);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.drafts?.find((d) => d.key === 'linkedin:post:share-box')?.text).toBe(SECRET_DRAFT);
    expect(JSON.stringify(after)).not.toContain('FORGED');
    expect(errors).toEqual([]);
    figures.push(
      `hostile page: ${result.direct.length} direct runtime messages refused (${result.direct[0]}), ${result.received.length} window messages seen, all the page's own`,
    );
    await c.clear();
    await page.close();
  });
});

describe('the built extension', () => {
  it('the manifest is minimal (host access to the four sites only, no permissions, no externally_connectable)', async () => {
    const manifest = JSON.parse(await readFile(join(EXT, 'manifest.json'), 'utf8'));
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('loads no remote code, analytics or fonts: no network APIs aimed at the web, no remote URLs in HTML or CSS', async () => {
    const files: string[] = [];
    const walk = async (dir: string) => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else files.push(p);
      }
    };
    await walk(EXT);
    /** URLs in the bundles that are names, not requests: XML namespaces, error-doc links, the four sites (link detection), the content scripts' match patterns (a wildcard host is never fetched), JSON-schema ids, twitter-text's unused emoji-image builder, and punycode's licence header (kept as a legal comment in the reviewers' worker bundle). */
    const NOT_REQUESTS =
      /^https?:\/\/(www\.w3\.org\/|react\.dev\/errors|developer\.mozilla\.org\/|json-schema\.org\/|tinyurl\.com\/y2uuvskb|bit\.ly\/2kdckMn|twemoji\.maxcdn\.com\/2\/|mths\.be\/punycode$|((www|mobile|\*)\.)?(x|twitter|facebook|linkedin|instagram)\.com(\/|$)|\*\.\$\{|\[?\$\{)/;
    const problems: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => '');
      const rel = file.slice(EXT.length + 1);
      if (/\.js$/.test(file)) {
        for (const api of ['XMLHttpRequest', 'sendBeacon', 'new WebSocket', 'new EventSource', 'importScripts(', 'RTCPeerConnection'])
          if (text.includes(api)) problems.push(`${rel}: ${api}`);
        // fetch only of the extension's own files (WXT's UI helpers load CSS with runtime.getURL).
        for (const m of text.matchAll(/fetch\(\s*[`'"](https?:[^`'"]*)/g)) problems.push(`${rel}: fetch(${m[1]})`);
        for (const m of text.matchAll(/import\(\s*[`'"](https?:[^`'"]*)/g)) problems.push(`${rel}: import(${m[1]})`);
        for (const m of text.matchAll(/https?:\/\/[^\s`'"<>)\\]+/g)) if (!NOT_REQUESTS.test(m[0])) problems.push(`${rel}: ${m[0]}`);
      }
      if (/\.(html|css)$/.test(file)) {
        for (const m of text.matchAll(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'")]*/gi)) problems.push(`${rel}: ${m[0]}`);
        if (/@import|@font-face/.test(text)) problems.push(`${rel}: @import / @font-face`);
      }
    }
    expect(problems).toEqual([]);
    figures.push(`built files scanned: ${files.length}, remote code / analytics / font references: ${problems.length}`);
  });
});

describe('requests observed', () => {
  it('none left the browser (must be 0)', async () => {
    const out = outbound();
    const local = seen.filter((r) => !r.control && isLocal(r, loaded.extensionId));
    const fromWorker = seen.filter((r) => r.worker && !r.control).length;
    figures.unshift(
      `requests observed: ${out.length} outbound (must be 0); ${local.length} local (fixture pages and chrome-extension:// files), ${fromWorker} from the service worker, ${seen.filter((r) => r.control).length} recorder controls`,
    );
    console.log(`requests observed: ${out.length}`);
    expect(out).toEqual([]);
  });
});

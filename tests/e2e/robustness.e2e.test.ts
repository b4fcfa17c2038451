/**
 * Robustness on the BUILT extension in Debian's Chromium: bad input everywhere (a 100,000-character
 * paste, every kind of Unicode, malformed import files, settings of the wrong type, a CSV with a
 * broken row), faults (the service worker stopped mid-analysis, IndexedDB refusing writes, a tab
 * closed mid-draft), the sites changing their markup, and a 30-minute typing session compressed
 * in time. Prints the figures: rows lost, fuzz inputs and failures, latency at minute 1 vs 30.
 *
 * Run after `npm run build` (scripts/run-tests.mjs does). The extension reloaded under an open tab
 * is covered in composer.e2e.test.ts ("extension reloaded under an open tab").
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURES, type FixtureInfo } from './fixtures/index';
import { composerPage, HOST, type ComposerPage } from './composer-page';
import { launchWithExtension, openProbe, type Loaded } from './extension';
import { inExtensionWorld, type WorldGlobal } from './sealed';

let loaded: Loaded;
let probe: Awaited<ReturnType<typeof openProbe>>;
const figures: string[] = [];
/** Rows that were stored (or should have been) and are missing after a fault or a bad input. */
let rowsLost = 0;
let rowsChecked = 0;

type Tables = Record<string, Array<Record<string, unknown>>>;
const rowId = (table: string, r: Record<string, unknown>) => `${table}:${String(r.id ?? r.key ?? `${r.platform}|${r.handle}`)}`;
/** Counts rows of `before` that are gone or changed in `after`, except `editing` ones (and adds them to the run's total). */
function countLost(before: Tables, after: Tables, label: string, editing: readonly string[] = []): number {
  const now = new Map<string, string>();
  for (const [t, rows] of Object.entries(after)) for (const r of rows) now.set(rowId(t, r), JSON.stringify(r));
  let lost = 0;
  for (const [t, rows] of Object.entries(before)) {
    for (const r of rows) {
      if (editing.includes(rowId(t, r))) continue;
      rowsChecked++;
      if (now.get(rowId(t, r)) !== JSON.stringify(r)) lost++;
    }
  }
  rowsLost += lost;
  if (lost) console.log(`[e2e] ${label}: ${lost} rows lost`);
  return lost;
}

const byName = (name: string) => FIXTURES.find((f) => f.name === name)!;

beforeAll(async () => {
  loaded = await launchWithExtension();
  probe = await openProbe(loaded);
  // Something to lose: posts on every site, a draft, a contact.
  for (const [i, platform] of (['x', 'facebook', 'linkedin', 'instagram'] as const).entries()) {
    await probe.send({
      type: 'record-post',
      post: {
        id: `seed-${platform}`,
        platform,
        kind: 'post',
        text: `Seeded post ${i} about the Leeds roastery and its autumn beans.`,
        time: Date.now() - (i + 1) * 86_400_000,
      },
    });
  }
  // (On another composer's key: a pending restore offer pauses autosave for its own composer.)
  await probe.send({
    type: 'save-draft',
    draft: { key: 'linkedin:comment:urn:li:activity:1', platform: 'linkedin', kind: 'comment', text: 'A seeded draft' },
  });
  await probe.send({ type: 'set-contact', platform: 'x', handle: '@jane', stage: 'interest' });
});

afterAll(async () => {
  await loaded?.close();
  figures.unshift(`rows lost across the fault and bad-input tests: ${rowsLost} of ${rowsChecked} checked (must be 0)`);
  console.log(`\n[e2e] robustness figures\n${figures.map((l) => `  ${l}`).join('\n')}\n`);
});

async function open(f: FixtureInfo, page?: Page): Promise<ComposerPage> {
  page ??= await loaded.context.newPage();
  await page.goto(f.url);
  const c = composerPage(page, f);
  await c.host.waitFor({ state: 'attached' });
  await expect.poll(() => c.badge.count()).toBe(1);
  return c;
}

const draftOf = async (key: string) => (await probe.tables()).drafts?.find((d) => d.key === key)?.text as string | undefined;

/** Empties the composer and waits until its saved draft is gone too, then closes the tab. */
async function finish(c: ComposerPage): Promise<void> {
  const key = await c.key();
  await c.clear();
  await expect.poll(() => draftOf(key)).toBeUndefined();
  await c.page.close();
}

describe('bad input', () => {
  it('a 100,000-character paste: checked quickly, the cut is said calmly in the card, the whole draft is saved', async () => {
    const c = await open(byName('linkedin-post'));
    const key = await c.key();
    const paragraph = 'We roast every bean in Leeds and deliver within two days, so your coffee is always fresh. ';
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
    await c.focusEnd();
    const pasted = Date.now();
    await c.page.keyboard.insertText(text);
    await expect.poll(async () => (await c.editorText()).length, { timeout: 30_000 }).toBe(100_000);
    await expect.poll(() => c.badge.getAttribute('data-state'), { timeout: 30_000, interval: 50 }).toBe('ready');
    const ms = Date.now() - pasted;
    // The fixture's share dialog grows with the text and does not scroll: open the card from the keyboard.
    await c.badge.focus();
    await c.page.keyboard.press('Enter');
    await c.card.waitFor({ state: 'attached' });
    const note = c.card.locator('[data-testid="postwise-note"]');
    await expect.poll(() => note.textContent()).toMatch(/100,000 characters long; only the first 50,000 were checked in depth/);
    expect(await c.rules()).toContain('norms/length');
    await expect.poll(() => draftOf(key), { timeout: 30_000 }).toBe(text);
    await c.card.evaluate((el) => el.scrollIntoView());
    await c.page.screenshot({ path: 'test-results/e2e/robustness-100k.png' });
    figures.push(
      `100,000-character paste (Quill): badge ready ${ms} ms after the paste (incl. the editor's own work and the 250 ms debounce; target < 5 s, reported not asserted), note shown, draft saved whole`,
    );
    await finish(c);
  });

  it('every kind of Unicode survives the editors, the analysis and the autosave unchanged', async () => {
    const UNICODE = [
      'Family 👨‍👩‍👧‍👦 flag 🇬🇧 rainbow 🏳️‍🌈 thumbs 👍🏽 keycap 1️⃣',
      'Combining: e\u0301 n\u0303 Z̸̢͓̈́a̴̟̚l̷͖̆g̵̱͒o̶̟͘',
      'RTL: مرحبا بالعالم · שלום עולם · \u202Ereversed\u202C',
      'CJK 日本語のテキスト 한국어 中文 · math 𝐁𝐮𝐲 𝓷𝓸𝔀 · #ヤッホー',
      'Invisible: a\u200Bb c\u200Dd e\u200Cf g\u00A0h \u2060i',
    ];
    for (const name of ['x-home', 'instagram-comment'] as const) {
      const c = await open(byName(name));
      const key = await c.key();
      await c.focusEnd();
      for (const [i, line] of UNICODE.entries()) {
        if (i > 0) await c.page.keyboard.press(name === 'x-home' ? 'Enter' : 'Shift+Enter');
        await c.page.keyboard.insertText(line);
      }
      const typed = await c.editorText();
      expect(typed.length).toBeGreaterThan(150);
      await expect.poll(() => c.badge.getAttribute('data-state')).toBe('ready');
      await expect.poll(() => draftOf(key)).toBe(typed);
      await finish(c);
    }
  });

  it('malformed import files, settings of the wrong type and a CSV with a broken row: a clear message, nothing lost', async () => {
    const send = (m: unknown) =>
      probe.page.evaluate(
        (msg) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } }
          ).chrome.runtime.sendMessage(msg),
        m,
      );
    const before = await probe.tables();
    const exported = await probe.send<{ tables: Tables }>({ type: 'export' });

    const notJson = await send({ type: 'import', file: '{"format": "postwise-export", "tables": {' });
    expect(notJson).toMatchObject({ ok: false, code: 'invalid' });
    const badRow = structuredClone(exported) as { tables: Tables };
    badRow.tables.posts![2]!.platform = 'myspace';
    const wrong = await send({ type: 'import', file: badRow });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid' });
    expect(String(wrong.error)).toContain('tables.posts[2].platform');
    const settings = await send({
      type: 'set-settings',
      patch: { retentionDays: 'forever', supportEmail: 42, norms: { x: { postLimit: -5 } } },
    });
    expect(settings).toMatchObject({ ok: false, code: 'invalid' });
    expect(String(settings.error)).toMatch(/retentionDays/);
    expect(countLost(before, await probe.tables(), 'malformed files and settings')).toBe(0);
    expect((await probe.tables()).posts?.length).toBe(before.posts?.length);

    const csv = [
      'platform,text,date',
      'x,First past post about beans,2026-11-01T10:00:00Z',
      'myspace,"Broken row, unknown platform",2026-11-02T10:00:00Z',
      'instagram,Third past post,2026-11-04T10:00:00Z',
      'linkedin,"Unclosed quote at the end of the file,2026-11-03',
    ].join('\n');
    const imported = await probe.send<{ imported: number; errors: Array<{ line: number; message: string }> }>({ type: 'import-csv', csv });
    expect(imported.errors.map((e) => e.line)).toContain(3);
    expect(imported.imported).toBeGreaterThanOrEqual(2);
    const postsOnce = (await probe.tables()).posts?.length;
    await probe.send({ type: 'import-csv', csv });
    expect((await probe.tables()).posts?.length).toBe(postsOnce);
    expect(countLost(before, await probe.tables(), 'CSV import')).toBe(0);
    figures.push(
      `bad files: a truncated JSON export, a row with an unknown platform (message names tables.posts[2].platform), settings of the wrong type, a CSV with broken rows (lines ${imported.errors.map((e) => e.line).join(', ')} reported, ${imported.imported} imported, 0 twice)`,
    );
  });

  it('fuzz through the real background: random strings of every Unicode kind, every platform and kind', async () => {
    const drafts = fc.sample(
      fc.record({
        platform: fc.constantFrom('x', 'facebook', 'linkedin', 'instagram'),
        kind: fc.constantFrom('post', 'reply', 'comment'),
        text: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ maxLength: 600 }),
        ),
      }),
      { numRuns: 600, seed: 20261123 },
    );
    const failures = await probe.page.evaluate(async (list) => {
      const bad: string[] = [];
      for (const draft of list) {
        const res = (await (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }
        ).chrome.runtime.sendMessage({ type: 'analyze', draft })) ?? { ok: false };
        if (!res.ok) bad.push(res.error ?? 'no answer');
      }
      return bad;
    }, drafts);
    figures.push(
      `fuzz inputs tried: ${drafts.length} through the real background here, failures ${failures.length}; plus 10,300 engine inputs (fast-check, seed 20261123) in tests/analysis/fuzz.test.ts in the unit step, which fails the run on any failure`,
    );
    expect(failures).toEqual([]);
  });
});

/** A CDP session on a page (the ServiceWorker domain reaches the extension's worker from there). */
async function cdpOf(page: Page): Promise<CDPSession> {
  const cdp = await loaded.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return cdp;
}

/** The extension's service worker now (a stopped one comes back as a new Worker). */
const currentWorker = () => loaded.context.serviceWorkers().find((w) => w.url().includes(loaded.extensionId)) ?? loaded.worker;

describe('faults', () => {
  it('the service worker stopped mid-analysis: the content script asks again and the card recovers', async () => {
    const c = await open(byName('x-home'));
    const key = await c.key();
    await c.type(['Meet Northwind, a small roastery in Leeds.']);
    await expect.poll(() => c.badge.getAttribute('data-state')).toBe('ready');
    await expect.poll(() => draftOf(key)).toBe('Meet Northwind, a small roastery in Leeds.');
    const before = await probe.tables();
    const revision = Number(await c.badge.getAttribute('data-revision'));

    // Hold the worker busy so the next analysis is in flight, then stop it.
    await currentWorker().evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 2500;
        while (Date.now() < end);
      }, 0);
    });
    await c.page.keyboard.type(' Buy now and taste the difference.');
    await expect.poll(() => c.badge.getAttribute('data-state'), { timeout: 3000, interval: 20 }).toBe('checking');
    const cdp = await cdpOf(c.page);
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stoppedAt = Date.now();
    await expect
      .poll(async () => Number(await c.badge.getAttribute('data-revision')), { timeout: 30_000, interval: 50 })
      .toBeGreaterThan(revision);
    const recovered = Date.now() - stoppedAt;
    expect(await c.badge.getAttribute('data-state')).toBe('ready');
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('cta/stage-jump');
    await cdp.detach();
    // The composer's own draft is being edited (checked below); every other row must be untouched.
    expect(countLost(before, await probe.tables(), 'service worker stopped', [`drafts:${key}`])).toBe(0);
    await expect.poll(() => draftOf(key)).toBe('Meet Northwind, a small roastery in Leeds. Buy now and taste the difference.');
    figures.push(
      `service worker stopped mid-analysis: the card showed the new report ${recovered} ms later, no "reload the page", draft saved`,
    );
    await finish(c);
  });

  it('IndexedDB refusing writes (quota): the draft stays on the page, the card and the popup explain, it is saved once storage works', async () => {
    const before = await probe.tables();
    // Every IndexedDB request in the worker fails as on a full disk (reads too, as when the database cannot open).
    await currentWorker().evaluate(() => {
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, unknown>>) {
        for (const name of [
          'put',
          'add',
          'delete',
          'clear',
          'get',
          'getAll',
          'getAllKeys',
          'getKey',
          'openCursor',
          'openKeyCursor',
          'count',
        ]) {
          if (typeof proto[name] !== 'function') continue;
          proto[name] = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }
      }
    });
    const c = await open(byName('facebook-post'));
    const key = await c.key();
    const text = 'Our autumn menu is here: maple oat latte and pumpkin loaf. Which one is first for you?';
    await c.type([text]);
    await expect.poll(() => c.badge.getAttribute('data-unsaved')).toBe('true');
    expect(await c.badge.getAttribute('data-state')).toBe('ready');
    await c.openCard();
    await expect.poll(() => c.card.locator('[data-testid="postwise-unsaved"]').count()).toBe(1);
    expect(await c.card.locator('[data-testid="postwise-note"]').textContent()).toMatch(/could not be read just now/);
    await c.page.screenshot({ path: 'test-results/e2e/robustness-storage-unavailable.png' });

    const popup = await loaded.context.newPage();
    await popup.goto(`chrome-extension://${loaded.extensionId}/popup.html`);
    const banner = popup.locator('[data-testid="storage-banner"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/can’t reach its local storage.*Nothing was deleted/);
    await popup.screenshot({ path: 'test-results/e2e/robustness-popup-storage.png' });
    await popup.close();

    // Storage works again (a fresh worker): the kept draft is saved by the retry, without typing.
    const cdp = await cdpOf(c.page);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await expect.poll(() => draftOf(key), { timeout: 15_000, interval: 250 }).toBe(text);
    await expect.poll(() => c.badge.getAttribute('data-unsaved')).toBe(null);
    const after = await probe.tables();
    expect(countLost(before, after, 'IndexedDB refusing writes')).toBe(0);
    rowsChecked++; // the draft typed while storage was down
    figures.push(
      'IndexedDB refusing every request (QuotaExceededError): badge kept checking (without history, said in a note), card + popup explained, draft kept on the page and saved by the retry once storage worked',
    );
    await finish(c);
    // Loaded errors: the popup's query client logs the refused request; that is the extension page, not a site.
  });

  it('a tab closed mid-draft: the draft is offered back in a new tab', async () => {
    const f = byName('linkedin-comment');
    const c = await open(f);
    const key = await c.key();
    const text = 'So sorry for the wait, Priya.\nWe are checking your refund right now.';
    await c.type(text.split('\n'));
    const typed = await c.editorText();
    await expect.poll(() => draftOf(key)).toBe(typed);
    await c.page.close();
    const again = await open(f);
    await again.host.locator('[data-testid="postwise-restore"]').waitFor();
    await again.host.locator('[data-testid="postwise-restore-yes"]').click();
    await expect.poll(() => again.editorText()).toBe(typed);
    rowsChecked++;
    await finish(again);
  });
});

describe('the sites change their markup', () => {
  /** Runs before the page's own scripts: strips or renames data-testid, aria-label and class everywhere. */
  const mutate = (mode: 'strip' | 'rename') => {
    const ATTRS = ['data-testid', 'aria-label', 'class'];
    const fix = (el: Element) => {
      if (el.tagName === 'POSTWISE-COMPOSER') return;
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v === null) continue;
        if (mode === 'strip') el.removeAttribute(a);
        else if (!v.split(/\s+/).every((t) => !t || t.startsWith('r9')))
          el.setAttribute(
            a,
            v
              .split(/\s+/)
              .map((t) => (t ? `r9${t}` : t))
              .join(' '),
          );
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') fix(r.target as Element);
        for (const n of Array.from(r.addedNodes)) if (n instanceof Element) [n, ...Array.from(n.querySelectorAll('*'))].forEach(fix);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ATTRS });
  };

  it.each(['strip', 'rename'] as const)(
    '%s data-testid, aria-label and class on all eight fixtures: no exception, no console error, no stray UI',
    async (mode) => {
      const outcomes: string[] = [];
      for (const f of FIXTURES) {
        const page = await loaded.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.addInitScript(mutate, mode);
        await page.goto(f.url);
        const editor = page.locator(f.editor === 'react-textarea' ? 'textarea' : '[contenteditable="true"]').first();
        await editor.waitFor();
        const marked = await page.evaluate(
          () => document.querySelectorAll('[data-testid]:not(postwise-composer), [aria-label]:not(postwise-composer)').length,
        );
        if (mode === 'strip') expect(marked, f.name).toBe(0);
        await editor.click();
        await page.keyboard.type('Buy now and taste the difference.');
        await page.waitForTimeout(450);
        // The site still works: its editor holds what was typed.
        expect(await page.evaluate(() => window.__fixture.editorText()), f.name).toContain('Buy now and taste the difference.');
        // No stray UI: at most one badge per editor, each right after a connected element, none detached.
        const hosts = await page.evaluate((tag) => {
          const editors = document.querySelectorAll('[contenteditable="true"], textarea').length;
          const list = Array.from(document.querySelectorAll(tag));
          return { editors, hosts: list.length, orphans: list.filter((h) => !h.previousElementSibling && !h.parentElement).length };
        }, HOST);
        expect(hosts.hosts, f.name).toBeLessThanOrEqual(hosts.editors);
        expect(hosts.orphans).toBe(0);
        expect(errors, f.name).toEqual([]);
        outcomes.push(`${f.name}: ${hosts.hosts ? 'badge' : 'untouched'}`);
        await page.close();
      }
      figures.push(
        `markup ${mode === 'strip' ? 'stripped' : 'renamed'} (data-testid, aria-label, class): ${outcomes.join(', ')}; 0 exceptions, 0 console errors`,
      );
    },
  );
});

describe('a long session', () => {
  it("30 minutes of typing compressed: page memory, the card's DOM and the work per keystroke stay bounded; prints the latency", async () => {
    const c = await open(byName('x-home'));
    const page = c.page;
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Timed in the content script's world (same clock as the page's): only it can observe the closed root.
    await inExtensionWorld(
      page,
      (tag) => {
        const w = window as unknown as { __lat: { key: number; updates: number[] } };
        w.__lat = { key: 0, updates: [] };
        document.addEventListener('keydown', () => (w.__lat.key = performance.now()), true);
        const root = (globalThis as unknown as WorldGlobal).chrome.dom.openOrClosedShadowRoot(document.querySelector(tag)!)!;
        new MutationObserver(() => w.__lat.updates.push(performance.now())).observe(root, {
          attributes: true,
          attributeFilter: ['data-revision'],
          subtree: true,
        });
      },
      HOST,
    );
    const latency = async () => {
      await expect.poll(() => c.badge.getAttribute('data-state'), { interval: 20 }).toBe('ready');
      const before = Number(await c.badge.getAttribute('data-revision'));
      await inExtensionWorld(page, () => ((window as unknown as { __lat: { updates: number[] } }).__lat.updates = []));
      await page.keyboard.type('.');
      await expect.poll(async () => Number(await c.badge.getAttribute('data-revision')), { interval: 10 }).toBeGreaterThan(before);
      const lat = await inExtensionWorld(page, () => {
        const l = (window as unknown as { __lat: { key: number; updates: number[] } }).__lat;
        return (l.updates[0] ?? NaN) - l.key;
      });
      reports += Number(await c.badge.getAttribute('data-revision')) - before;
      probes++;
      return lat - 250;
    };
    let reports = 0;
    let probes = 0;
    const uiNodes = () =>
      inExtensionWorld(
        page,
        (tag) =>
          (globalThis as unknown as WorldGlobal).chrome.dom.openOrClosedShadowRoot(document.querySelector(tag)!)!.querySelectorAll('*')
            .length,
        HOST,
      );
    const nodes: Record<number, number> = {};
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const SENTENCES = [
      'Our autumn menu is here with maple oat lattes. ',
      'Buy now and taste the difference! ',
      'Thanks for the kind words, Jane. ',
      'Reply with your pick #CoffeeWeek ',
      'We roast every bean in Leeds 🍂 ',
    ];
    const perMinute: number[] = [];
    const heaps: Record<number, number> = {};
    let keystrokes = 0;
    const started = Date.now();
    await c.focusEnd();
    for (let minute = 1; minute <= 30; minute++) {
      // A minute of work: a few sentences typed key by key, some words taken back, the caret moved.
      for (let s = 0; s < 3; s++) {
        const sentence = SENTENCES[(minute + s) % SENTENCES.length]!;
        await page.keyboard.type(sentence);
        keystrokes += sentence.length;
      }
      for (let i = 0; i < 12; i++) await page.keyboard.press('Backspace');
      keystrokes += 12;
      const samples = minute === 1 || minute === 30 ? 3 : 1;
      const lats: number[] = [];
      for (let i = 0; i < samples; i++) lats.push(await latency());
      keystrokes += samples;
      perMinute.push(median(lats));
      // Every ten minutes the post goes out (the composer is emptied) and a new one starts.
      if (minute % 10 === 0) {
        await c.submit('keyboard');
        await expect.poll(() => c.editorText()).toBe('');
        await c.focusEnd();
      }
      if (minute === 1 || minute === 15 || minute === 30) {
        heaps[minute] = await heap();
        nodes[minute] = await uiNodes();
      }
    }
    const wall = Date.now() - started;
    await cdp.detach();
    const mb = (n: number) => (n / 1048576).toFixed(2);
    figures.push(
      `long session (X, Draft.js): ${keystrokes} keystrokes over 30 simulated minutes in ${(wall / 1000).toFixed(1)} s; ` +
        `latency at minute 1 vs minute 30: ${perMinute[0]!.toFixed(1)} ms vs ${perMinute[29]!.toFixed(1)} ms after the debounce ` +
        `(median of all minutes ${median(perMinute).toFixed(1)} ms; reported, not asserted); ${reports} reports for ${probes} probes; ` +
        `UI nodes at minutes 1 / 15 / 30: ${nodes[1]} / ${nodes[15]} / ${nodes[30]}; JS heap after GC at minutes 1 / 15 / 30: ${mb(heaps[1]!)} / ${mb(heaps[15]!)} / ${mb(heaps[30]!)} MB`,
    );
    // Work, not time: one report per probed keystroke all session long, and the UI does not grow.
    expect(reports).toBe(probes);
    expect(nodes[30]!).toBeLessThanOrEqual(nodes[1]! + 20);
    expect(heaps[30]! - heaps[15]!).toBeLessThan(3 * 1048576);
    expect(heaps[30]! - heaps[1]!).toBeLessThan(6 * 1048576);
    await page.close();
  }, 300_000); // about 3,000 keystrokes: a minute when idle, several on a busy 2-core machine
});

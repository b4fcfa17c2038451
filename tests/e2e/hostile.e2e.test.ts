/**
 * Issue 11, items 1–5, done by a hostile page on x.com with the BUILT extension loaded: each
 * attack runs as the page's own script would (the main world, `page.evaluate` / `addInitScript`),
 * never in the content script's world. What the person does (typing, a click) is the real
 * keyboard and mouse; what Postwise shows is checked through the content script's world
 * (sealed.ts), so each attack is known to have had something to steal. Afterwards the background
 * database is read through the extension's own page: nothing the page did was written.
 *
 * Each test PRINTS what it tried and what came out. Run after `NODE_ENV=production npx wxt build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES } from './fixtures/index';
import { composerPage } from './composer-page';
import { launchWithExtension, openProbe, type Loaded } from './extension';
import { attackSealedUi, installRootSpy, readableText, spiedRoots } from './hostile-page';
import { sealed } from './sealed';
import { MAX_DRAFT_CHARS } from '../../lib/contract/limits';

let loaded: Loaded;
let probe: Awaited<ReturnType<typeof openProbe>>;
const report: string[] = [];
const say = (line: string) => {
  report.push(line);
  console.log(`[hostile] ${line}`);
};

beforeAll(async () => {
  loaded = await launchWithExtension();
  probe = await openProbe(loaded);
});

afterAll(async () => {
  await loaded?.close();
  if (report.length) console.log(`\n[e2e] hostile page, issue 11 items 1–5\n${report.map((l) => `  ${l}`).join('\n')}\n`);
});

const X_HOME = FIXTURES.find((f) => f.name === 'x-home')!;
const X_REPLY = FIXTURES.find((f) => f.name === 'x-reply')!;
type Tables = Record<string, Array<Record<string, unknown>>>;
const rows = (t: Tables) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length]));
/** Rows the page's attack added or changed: every table but the findings log (what the card showed). */
function written(before: Tables, after: Tables): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (table === 'findings') continue;
    const seen = new Set((before[table] ?? []).map((r) => JSON.stringify(r)));
    for (const r of after[table] ?? []) if (!seen.has(JSON.stringify(r))) out.push(`${table}: ${JSON.stringify(r).slice(0, 120)}`);
  }
  return out;
}

async function openX(f = X_HOME, init?: (page: Page) => Promise<unknown>) {
  const page = await loaded.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await installRootSpy(page);
  await init?.(page);
  await page.goto(f.url);
  const c = composerPage(page, f);
  await c.host.waitFor({ state: 'attached' });
  return { page, c, errors };
}

describe('a hostile page on x.com (issue 11, items 1–5)', () => {
  it('1. a fake composer and a click on "Restore": the saved draft is not received, nothing is deleted', async () => {
    const SAVED = 'Thread part two: the refund list for Leeds, do not post yet.';
    await probe.send({ type: 'save-draft', draft: { key: 'x:post:tweetTextarea_1', platform: 'x', kind: 'post', text: SAVED } });
    const before = await probe.tables();
    const { page, errors } = await openX();
    // The page makes a composer for that key (item 4 uses other slots: the browser, and so the database, is shared).
    await page.evaluate(() => {
      const wrap = document.createElement('div');
      wrap.id = 'fake-composer';
      const ta = document.createElement('textarea');
      ta.setAttribute('data-testid', 'tweetTextarea_1');
      wrap.append(ta);
      document.body.append(wrap);
    });
    // Postwise really offers the draft there (checked in its own world): there is something to steal.
    const offer = sealed(page).withKey('x:post:tweetTextarea_1');
    await offer.locator('[data-testid="postwise-restore-yes"]').waitFor();
    const got = await attackSealedUi(page, '#fake-composer');
    await page.waitForTimeout(1000);
    const value = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#fake-composer textarea')!.value);
    const after = await probe.tables();
    expect(got.shadowRoot).toBe('null');
    expect(got.hits).toEqual(['postwise-composer']);
    expect(got.found).toBe(0);
    expect(value).toBe('');
    expect(got.readable).not.toMatch(/Restore|saved draft/i);
    expect(await offer.locator('[data-testid="postwise-restore-yes"]').count()).toBe(1);
    expect(after.drafts?.find((d) => d.key === 'x:post:tweetTextarea_1')?.text).toBe(SAVED);
    expect(written(before, after)).toEqual([]);
    expect(errors).toEqual([]);
    say(
      `1. fake <textarea data-testid="tweetTextarea_1"> (a draft saved for that key, offered in the closed root): tried host.shadowRoot (${got.shadowRoot}), querySelector through every open root (${got.found} found), ${got.clicks} synthetic pointer/mouse/click sequences over the host's box (all landed on <${got.hits.join(', ')}>), host.click(), focus + Enter/Space keys: draft not received (editor '${value}'), offer still there, draft kept, 0 rows written`,
    );
    await page.close();
  });

  it("2. a fake tweet by @dana: dana's stage is not read, a chip click writes no contact", async () => {
    await probe.send({ type: 'set-contact', platform: 'x', handle: '@dana', stage: 'loyalty', note: 'VIP, complained twice' });
    const before = await probe.tables();
    // The page rewrites the post answered to be dana's before Postwise reads it.
    const { page, c, errors } = await openX(X_REPLY, (p) =>
      p.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          for (const a of Array.from(document.querySelectorAll('a[href^="/jane"]')))
            a.setAttribute('href', a.getAttribute('href')!.replace('/jane', '/dana'));
          for (const s of Array.from(document.querySelectorAll('.tw-handle'))) if (s.textContent === '@jane') s.textContent = '@dana';
        }),
      ),
    );
    // The page tries to open the card itself first: nothing opens.
    const early = await attackSealedUi(page, '[data-testid="tweetTextarea_0"]');
    await page.waitForTimeout(500);
    expect(await c.card.count()).toBe(0);
    // The person opens it (a real click): dana's stage is shown in the closed root.
    await c.type(['Sorry to hear that, we will sort it out.']);
    await c.openCard();
    await expect.poll(() => c.card.locator('[data-testid="postwise-stage"]').textContent()).toMatch(/@dana/);
    const got = await attackSealedUi(page, '[data-testid="tweetTextarea_0"]');
    await page.waitForTimeout(800);
    const after = await probe.tables();
    for (const r of [early, got]) {
      expect(r.shadowRoot).toBe('null');
      expect(r.found).toBe(0);
      expect(r.readable).not.toMatch(/loyalty|is at|funnel stage/i);
    }
    expect(after.contacts).toEqual(before.contacts);
    expect(await c.card.locator('[data-testid="postwise-stage-loyalty"]').getAttribute('aria-pressed')).toBe('true');
    expect(written(before, after).filter((w) => !w.startsWith('drafts:'))).toEqual([]);
    expect(errors).toEqual([]);
    say(
      `2. fake tweet by @dana (contact stored at loyalty): tried opening the card (${early.clicks} synthetic click sequences, host.click(), keys) → no card; with the card opened by the person: host.shadowRoot (${got.shadowRoot}), ${got.found} chips found through open roots, ${got.clicks} synthetic clicks over the card's box: stage not read (nothing of it readable), contacts unchanged (${(after.contacts ?? []).length} rows), 0 contacts written`,
    );
    await c.clear();
    await page.close();
  });

  it('3. button.click() on "Post" 50 times: the site posts, Postwise records none; one real click records one', async () => {
    const before = await probe.tables();
    const { page, c, errors } = await openX();
    await c.type(['Our Leeds roastery opens Friday, come by for a free cup.']);
    const sent = await page.evaluate(async () => {
      const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
      const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
      let n = 0;
      for (let i = 0; i < 50; i++) {
        if (!window.__fixture.editorText().trim()) {
          // Text back in through the editor's own paste handling (a synthetic paste: untrusted).
          const data = new DataTransfer();
          data.setData('text/plain', `Buy now, offer ${i}`);
          editor.focus();
          editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          await new Promise((r) => setTimeout(r, 20));
        }
        if (i % 2) button.click();
        else
          editor.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true }),
          );
        n++;
        await new Promise((r) => setTimeout(r, 20));
      }
      return n;
    });
    const siteSent = (await c.submitted()).length;
    await page.waitForTimeout(1000);
    const mid = await probe.tables();
    expect(siteSent).toBeGreaterThan(0);
    expect(mid.posts ?? []).toEqual(before.posts ?? []);
    expect(errors).toEqual([]);
    await page.close();
    // The person's own click still records (so the zero above means something).
    const again = await openX();
    await again.c.type(['Thanks for a lovely first week in Leeds.']);
    await again.c.submit();
    await expect.poll(async () => ((await probe.tables()).posts ?? []).length).toBe((before.posts ?? []).length + 1);
    say(
      `3. ${sent} sends faked by the page (button.click() and synthetic Ctrl+Enter keydowns, alternately; text put back with synthetic pastes): the site sent ${siteSent}, Postwise recorded 0 posts; then one real click on Post: 1 post recorded`,
    );
    await again.page.close();
  });

  it('4. 20 composers × 200,000 characters: no draft is written without a trusted edit; with one, it is capped', async () => {
    const before = await probe.tables();
    const { page, errors } = await openX();
    const made = await page.evaluate(() => {
      const big = (i: number) => `Composer ${i}: ${'lorem ipsum dolor sit amet '.repeat(8000)}`.slice(0, 200_000);
      for (let i = 101; i <= 120; i++) {
        const wrap = document.createElement('div');
        wrap.className = 'fake-composer';
        const ta = document.createElement('textarea');
        ta.setAttribute('data-testid', `tweetTextarea_${i}`);
        wrap.append(ta);
        document.body.append(wrap);
        ta.value = big(i);
        // Events a script can fake: none of them is trusted.
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: 'x' }));
        ta.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: 'x' }));
        ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
        ta.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
      }
      return Array.from(document.querySelectorAll<HTMLTextAreaElement>('.fake-composer textarea')).reduce((n, t) => n + t.value.length, 0);
    });
    await expect.poll(() => sealed(page).count(), { timeout: 120_000 }).toBe(21);
    await page.waitForTimeout(2500);
    const mid = await probe.tables();
    const fakeDrafts = (mid.drafts ?? []).filter((d) => /^x:post:tweetTextarea_1(0[1-9]|1\d|20)$/.test(String(d.key)));
    expect(fakeDrafts).toEqual([]);
    expect(written(before, mid)).toEqual([]);
    // The person types one character into one of them: that draft is saved, within the cap.
    await page.locator('[data-testid="tweetTextarea_103"]').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect
      .poll(async () => ((await probe.tables()).drafts ?? []).find((d) => d.key === 'x:post:tweetTextarea_103'), { timeout: 30_000 })
      .toBeTruthy();
    const saved = ((await probe.tables()).drafts ?? []).find((d) => d.key === 'x:post:tweetTextarea_103')!;
    expect(String(saved.text).length).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
    const drafts = ((await probe.tables()).drafts ?? []).filter((d) => /^x:post:tweetTextarea_1(0[1-9]|1\d|20)$/.test(String(d.key)));
    expect(drafts.map((d) => d.key)).toEqual(['x:post:tweetTextarea_103']);
    expect(errors).toEqual([]);
    say(
      `4. 20 composers made by the page, ${made.toLocaleString('en')} characters in all, with synthetic input/beforeinput/keydown/paste events: 0 drafts written (tables ${JSON.stringify(rows(mid))}); after one real keystroke in one of them: 1 draft, ${String(saved.text).length.toLocaleString('en')} characters (cap ${MAX_DRAFT_CHARS.toLocaleString('en')})`,
    );
    await page.close();
  }, 240_000);

  it("5. the card's cross-post message: nothing of it is readable by the page, not even when the person selects it", async () => {
    const OTHER = 'Leeds roastery opening Friday: the first 50 guests get the Kestrel single origin free.';
    await probe.send({ type: 'record-post', post: { platform: 'linkedin', kind: 'post', text: OTHER, time: Date.now() - 3 * 3_600_000 } });
    const before = await probe.tables();
    const { page, c, errors } = await openX();
    await page.evaluate(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      // Whatever the person's events carry out of the card (path, targets), as the page sees them.
      for (const type of ['click', 'focusin', 'mouseover', 'keydown', 'copy', 'selectionchange']) {
        document.addEventListener(
          type,
          (e) => {
            for (const n of e.composedPath())
              if (n instanceof Element)
                w.__seen.push(`${n.localName}${n.getAttribute('aria-label') ?? ''}${n.textContent?.slice(0, 200) ?? ''}`);
          },
          true,
        );
      }
    });
    // The page measures Postwise's host before and after the text repeats the LinkedIn post: the
    // badge's size must not follow its findings, or a guessed text would be a probe.
    const hostSizes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('postwise-composer')].map(
          (h) => `${h.getBoundingClientRect().width}×${h.getBoundingClientRect().height}`,
        ),
      );
    await c.type(['Good morning from the roastery team.']);
    await expect.poll(async () => (await c.badge.getAttribute('data-state')) === 'ready').toBe(true);
    const plain = await hostSizes();
    await c.clear();
    await c.type(['Leeds roastery opening Friday: the first 50 guests get the Kestrel single origin free!']);
    await expect.poll(async () => Number(await c.badge.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await hostSizes()).toEqual(plain);
    await c.openCard();
    const message = c.finding('crosspost/near-duplicate').locator('.pw-message');
    await expect.poll(() => message.textContent()).toMatch(/your LinkedIn post from 3 h/);
    // The person selects the message with the mouse (a drag over it) and presses Ctrl+C.
    const box = await message.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    await page.mouse.move(box.x + 2, box.y + box.h / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.w - 2, box.y + box.h / 2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Control+C');
    const selected = await attackSealedUi(page, '[data-testid="tweetTextarea_0"]', { noClicks: true });
    // The person opens "Why" (a real click: focus and a click event inside the card).
    await c.finding('crosspost/near-duplicate').locator('summary').click();
    const got = await attackSealedUi(page, '[data-testid="tweetTextarea_0"]', { noClicks: true });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
    const spied = await spiedRoots(page);
    const whole = await readableText(page);
    const after = await probe.tables();
    for (const text of [selected.readable, selected.selection, got.readable, got.selection, seen, whole, spied.join('\n')]) {
      expect(text).not.toMatch(/your LinkedIn post|LinkedIn post from|Cross-posting|3 h ago/);
    }
    expect(selected.selection).toBe('');
    expect(got.shadowRoot).toBe('null');
    expect(spied).toEqual([]);
    expect(got.activeElement).toBe('postwise-composer');
    expect(written(before, after).filter((w) => !w.startsWith('drafts:'))).toEqual([]);
    expect(errors).toEqual([]);
    say(
      `5. cross-post message shown in the card ("…your LinkedIn post from 3 h ago…", checked in the content script's world): tried host.shadowRoot (${got.shadowRoot}), a walk of the document and every open root with attributes (${whole.length.toLocaleString('en')} characters read), innerText, a patched Element.prototype.attachShadow installed before the content script (${spied.length} Postwise roots caught), document.getAnimations() (${got.animations} targets inside), the composedPath() of the person's click/focus/key/copy events, getSelection() after the person selected the message ('${selected.selection}'), document.activeElement (<${got.activeElement}>), the host's size with and without the cross-post finding (${plain.join(', ')} both times): nothing of the message readable, 0 rows written`,
    );
    await c.clear();
    await page.close();
  });
});

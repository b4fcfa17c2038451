/**
 * The four site adapters against the eight composer fixtures, each running the site's real editor
 * framework, served on the real site URL in Debian's Chromium. Typing uses the real keyboard; every
 * replacement is checked against the editor's OWN state (window.__fixture.editorText()).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURES, type FixtureInfo } from './fixtures/index';
import { api, launch, openFixture } from './harness';
import type { ReplyContext } from '../../lib/analysis/schemas';

const SHOTS = 'test-results/e2e';

/** How each composer is driven: new lines, its own submit button, its keyboard submit. */
interface Drive {
  /** The composer's key. */
  key: string;
  /** The key that makes a new line in this editor (comment boxes post on Enter). */
  newline: string;
  /** The site's own submit button. */
  button: string;
  /** Keyboard submit: a shortcut pressed in the editor, or Enter on the focused button. */
  keyboard: { in: 'editor'; key: string } | { in: 'button'; key: string };
  replyTo?: ReplyContext;
}

const DRIVE: Record<string, Drive> = {
  'x-home': {
    key: 'x:post:tweetTextarea_0',
    newline: 'Enter',
    button: '[data-testid="tweetButtonInline"]',
    keyboard: { in: 'editor', key: 'Control+Enter' },
  },
  'x-reply': {
    key: 'x:reply:/jane/status/1860000000000000123',
    newline: 'Enter',
    button: '[data-testid="tweetButtonInline"]',
    keyboard: { in: 'editor', key: 'Control+Enter' },
    replyTo: { text: '@northwind my order #4417 never arrived and nobody answers the phone. Third time this month 😡', author: '@jane' },
  },
  'facebook-post': {
    key: 'facebook:post:composer',
    newline: 'Enter',
    button: '[role="dialog"] [aria-label="Post"][role="button"]',
    keyboard: { in: 'button', key: 'Enter' },
  },
  'facebook-comment': {
    key: 'facebook:comment:/northwind.coffee/posts/pfbid02xYz7',
    newline: 'Shift+Enter',
    button: '#focused-state-composer-submit',
    keyboard: { in: 'editor', key: 'Enter' },
    replyTo: {
      text: 'Posting here because nobody answers the phone: my order never arrived and I was charged twice. Really disappointed.',
      author: 'Dana Whitfield',
    },
  },
  'linkedin-post': {
    key: 'linkedin:post:share-box',
    newline: 'Enter',
    button: 'button.share-actions__primary-action',
    keyboard: { in: 'button', key: 'Enter' },
  },
  'linkedin-comment': {
    key: 'linkedin:comment:/feed/update/urn:li:activity:7260000000000000001/',
    newline: 'Enter',
    button: 'button[data-view-name="comment-post"]',
    keyboard: { in: 'button', key: 'Enter' },
    replyTo: {
      text: 'Three weeks waiting for a refund from Northwind Coffee and support still has not replied.\nReally disappointed in a brand I used to recommend.',
      author: 'Priya Raman',
    },
  },
  'instagram-caption': {
    key: 'instagram:post:caption',
    newline: 'Enter',
    button: '[role="dialog"] [role="button"]:text-is("Share")',
    keyboard: { in: 'button', key: 'Enter' },
  },
  'instagram-comment': {
    key: 'instagram:comment:/p/C9xQ2bTNk4f/',
    newline: 'Shift+Enter',
    button: 'form [role="button"]:text-is("Post")',
    keyboard: { in: 'editor', key: 'Enter' },
    replyTo: {
      text: 'Ordered the autumn box from @northwind.coffee two weeks ago and it still has not arrived. Not impressed 😞',
      author: 'mira.t',
    },
  },
};

const LINE1 = 'So sorry about this, Jane';
const LINE2 = 'Please DM us your order number';

let browser: Browser;
const started = Date.now();

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  console.log(`[e2e] adapters suite: ${Date.now() - started} ms`);
});

async function typeLines(page: Page, newline: string, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
}

/** A fresh page with the composer focused and holding a two-line draft. */
async function withDraft(page: Page, f: FixtureInfo, d: Drive): Promise<void> {
  const editor = f.editor === 'react-textarea' ? 'textarea' : '[contenteditable="true"]';
  await page.locator(editor).first().click();
  await typeLines(page, d.newline, [LINE1, LINE2]);
}

describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (name, f) => {
  const d = DRIVE[name] as Drive;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ context, page, errors } = await openFixture(browser, f));
  });
  afterAll(async () => {
    await context?.close();
  });

  it(`finds one ${f.kind} composer (${f.editor}) with its key and a visible anchor`, async () => {
    const found = await api(page).find();
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(f.kind);
    expect(found[0]?.key).toBe(d.key);
    const box = await api(page).anchorBox();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
  });

  it('reads a multi-line draft typed with the keyboard, and the reply context', async () => {
    await withDraft(page, f, d);
    const expected = `${LINE1}\n${LINE2}`;
    expect(await api(page).editorText()).toBe(expected);
    expect(await api(page).readText()).toBe(expected);
    expect(await api(page).replyContext()).toEqual(d.replyTo);
  });

  it("replaces a middle range and appends at the end, and the editor's own state holds exactly that", async () => {
    const a = api(page);
    // As from a badge: the editor has lost focus and the caret.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      getSelection()?.removeAllRanges();
    });
    let text = await a.readText();
    // "Jane" → "Jane Park" across nothing; then "DM" (on line 2) → "send".
    const jane = text.indexOf('Jane');
    expect(await a.replaceText(jane, jane + 4, 'Jane Park')).toBe(true);
    text = `${LINE1.replace('Jane', 'Jane Park')}\n${LINE2}`;
    expect(await a.editorText()).toBe(text);
    const dm = text.indexOf('DM');
    expect(await a.replaceText(dm, dm + 2, 'send')).toBe(true);
    text = text.replace('DM', 'send');
    expect(await a.editorText()).toBe(text);
    // A range across the line break, then a deletion.
    const nl = text.indexOf('\n');
    expect(await a.replaceText(nl - 4, nl + 7, 'Park.\nPlease')).toBe(true);
    text = `${text.slice(0, nl - 4)}Park.\nPlease${text.slice(nl + 7)}`;
    expect(await a.editorText()).toBe(text);
    const us = text.indexOf(' us');
    expect(await a.replaceText(us, us + 3, '')).toBe(true);
    text = text.replace(' us', '');
    expect(await a.editorText()).toBe(text);
    // Insertion at the end, multi-line.
    expect(await a.replaceText(text.length, text.length, ' and we will fix it.\n— Northwind Support')).toBe(true);
    text += ' and we will fix it.\n— Northwind Support';
    expect(await a.editorText()).toBe(text);
    expect(await a.readText()).toBe(text);
    // The caret is after the inserted text and typing still works.
    await page.keyboard.type(' (Ana)');
    text += ' (Ana)';
    expect(await a.editorText()).toBe(text);
    expect(await a.readText()).toBe(text);
  });

  it("a badge host mounted after the anchor covers none of the site's buttons and survives the site's re-renders", async () => {
    const a = api(page);
    await a.mountBadge();
    const before = await a.editorText();
    await page.keyboard.type(' Thanks!');
    expect(await a.editorText()).toBe(`${before} Thanks!`);
    expect(await a.badgeProbe()).toEqual({ connected: true, covers: [] });
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
  });

  it("reports the text on a click on the site's own submit button, before the site clears it", async () => {
    const a = api(page);
    await a.watch();
    const text = await a.editorText();
    await page.locator(d.button).first().click();
    await expect.poll(() => a.submitted()).toEqual([text]);
    expect(await a.submits()).toEqual([text]);
    await expect.poll(() => a.editorText()).toBe('');
  });

  it(`reports the text on the keyboard submit (${d.keyboard.key} in the ${d.keyboard.in})`, async () => {
    const a = api(page);
    await withDraft(page, f, d);
    const text = await a.editorText();
    expect(text).toBe(`${LINE1}\n${LINE2}`);
    if (d.keyboard.in === 'button') await page.locator(d.button).first().focus();
    await page.keyboard.press(d.keyboard.key);
    await expect.poll(() => a.submitted()).toHaveLength(2);
    expect((await a.submitted())[1]).toBe(text);
    expect(await a.submits()).toEqual([(await a.submitted())[0], text]);
    expect(errors).toEqual([]);
  });
});

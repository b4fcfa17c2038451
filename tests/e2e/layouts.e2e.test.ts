/**
 * The 2026 layouts end to end (../shared/COMPOSERS.md, "2026 layouts"): the BUILT extension in
 * Debian's Chromium on fixtures of the sites as they are now, each in a non-English UI — LinkedIn's
 * share dialog in the open shadow root of #interop-outlet, its newer feed (comment boxes beside
 * their posts, a reply to a comment), its search results in a same-origin interop iframe;
 * Facebook's post opened as a dialog (story message) and its Page post (Next → Post settings → Post); X's inline reply; Instagram's reply to a
 * comment. Each composer: one badge, the right post read (a complaint seen, a neutral post not
 * read as one), its own autosave key, a fix that lands in the editor's own state, the send
 * recorded once with what it answered; no page errors, nothing on the network but the fixtures.
 * Screenshots of each badge beside its composer go to test-results/e2e/layout-*.png.
 *
 * Run after `NODE_ENV=production npx wxt build` (never build inside vitest).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { analyze } from '../../lib/analysis/analyze';
import type { Draft, Kind, Platform, ReplyContext } from '../../lib/analysis/schemas';
import { applyFix } from '../../lib/analysis/text/fix';
import { LAYOUT_FIXTURES } from './fixtures/index';
import { launchWithExtension, openProbe, type Loaded } from './extension';
import type {} from './fixtures/runtime';
import { inExtensionWorld, sealed, type WorldGlobal } from './sealed';

const SHOTS = 'test-results/e2e';
const url = (name: string) => LAYOUT_FIXTURES.find((f) => f.name === name)!.url;

/** A reply to a complaint with no private channel: take-offline offers the handoff. */
const REPLY_LINES = ['So sorry about this, we are on it.', 'Thanks for your patience with us.'];
/** A CTA two stages past an awareness audience (multi-line). */
const STAGE_LINES = ['Meet Northwind, a small roastery in Leeds.', 'Buy now and taste the difference.'];
/** A friendly reply: nothing to say about it when the post answered is neutral. */
const NEUTRAL = 'Thank you, that is lovely to hear!';

let loaded: Loaded;
let probe: Awaited<ReturnType<typeof openProbe>>;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  loaded = await launchWithExtension();
  probe = await openProbe(loaded);
});

afterAll(async () => {
  await loaded?.close();
});

/** Every request a page made that is not one of the fixtures (must stay empty). */
function watchRequests(page: Page): string[] {
  const origins = new Set(LAYOUT_FIXTURES.map((f) => new URL(f.url).origin));
  const out: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'chrome-extension:') return;
    if (!origins.has(u.origin)) out.push(r.url());
  });
  return out;
}

/**
 * The key of the badge host mounted for the editor at `selector` (the host is a sibling of one of
 * its ancestors; the key is inside its closed root, read in the content script's world).
 */
function hostKey(frame: Frame, selector: string): Promise<string | null> {
  return inExtensionWorld(
    frame,
    (sel) => {
      const deep = (root: Document | ShadowRoot): Element | null => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of Array.from(root.querySelectorAll('*')))
          if (el.shadowRoot && !el.localName.startsWith('postwise-')) {
            const inner = deep(el.shadowRoot);
            if (inner) return inner;
          }
        return null;
      };
      let cur: Node | null = deep(document);
      while (cur) {
        const parent: Node | null = cur.parentNode ?? (cur as ShadowRoot).host ?? null;
        const host = parent && Array.from((parent as ParentNode).children ?? []).find((c) => c.localName === 'postwise-composer');
        if (host)
          return (
            (globalThis as unknown as WorldGlobal).chrome.dom
              .openOrClosedShadowRoot(host)
              ?.querySelector('[data-composer-key]')
              ?.getAttribute('data-composer-key') ?? null
          );
        cur = parent;
      }
      return null;
    },
    selector,
  );
}

/** One composer of a fixture, driven with the real keyboard and mouse. */
function composer(page: Page, frame: Frame, spec: { editor: string; id?: string; newline: string; platform: Platform; kind: Kind }) {
  const editor = frame.locator(spec.editor).first();
  let key = '';
  const host = () => sealed(frame).withKey(key);
  const badge = () => host().locator('[data-testid="postwise-badge"]');
  const card = () => host().locator('[data-testid="postwise-card"]');
  const self = {
    editor,
    host,
    badge,
    card,
    get key() {
      return key;
    },
    /** Waits for this editor's badge and learns its composer key. */
    async attached() {
      await expect.poll(async () => (key = (await hostKey(frame, spec.editor)) ?? '')).not.toBe('');
      await expect.poll(() => badge().count()).toBe(1);
      return key;
    },
    editorText: () => frame.evaluate((id) => (id ? window.__fixture.editors![id]!() : window.__fixture.editorText()), spec.id),
    posted: () =>
      frame.evaluate(
        (id) => (id ? window.__fixture.posted!.filter((p) => p.id === id).map((p) => p.text) : window.__fixture.submitted.slice()),
        spec.id,
      ),
    async type(lines: readonly string[]) {
      await editor.click();
      await page.keyboard.press('Control+End');
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press(spec.newline);
        await page.keyboard.type(line);
      }
    },
    async clear() {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => self.editorText()).toBe('');
    },
    /** Waits until the last keystroke's check is shown (ready, and no new report for a while). */
    async settled() {
      let last = '';
      await expect
        .poll(
          async () => {
            const now = `${await badge().getAttribute('data-state')}:${await badge().getAttribute('data-revision')}`;
            const same = now === last && now.startsWith('ready:');
            last = now;
            return same;
          },
          { interval: 700 },
        )
        .toBe(true);
    },
    async openCard() {
      await self.settled();
      if ((await badge().getAttribute('aria-expanded')) !== 'true') await badge().click();
      await card().waitFor();
    },
    async closeCard() {
      if ((await badge().getAttribute('aria-expanded')) === 'true') await badge().click();
      await expect.poll(() => card().count()).toBe(0);
    },
    rules: () =>
      card()
        .locator('[data-testid="postwise-finding"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? '')),
    fix: (rule: string) => card().locator(`[data-testid="postwise-finding"][data-rule="${rule}"] [data-testid="postwise-fix"]`).click(),
  };
  return self;
}

/** What the engine's fix for a rule makes of a draft (computed here, independently of the page). */
function fixedText(draft: Draft, ruleId: string): string {
  const finding = analyze(draft, { now: Date.now() }).findings.find((f) => f.ruleId === ruleId);
  if (!finding?.fix) throw new Error(`the engine offers no fix for ${ruleId}`);
  return applyFix(draft.text, finding.fix);
}

/**
 * The whole path for one reply composer: typed reply to a complaint → take-offline → one click
 * fixes it in the editor's own state → autosaved under its own key → sent with `send` → recorded
 * once, with the post it answered.
 */
async function replyToComplaint(
  c: ReturnType<typeof composer>,
  o: {
    platform: Platform;
    kind: Kind;
    replyTo: ReplyContext;
    prefix?: string;
    typed?: boolean;
    stageOf?: string;
    send: () => Promise<unknown>;
  },
) {
  if (!o.typed) {
    await c.type(REPLY_LINES);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('complaint/take-offline');
  }
  if (o.stageOf) await expect.poll(() => c.card().locator('[data-testid="postwise-stage"]').textContent()).toContain(o.stageOf);
  const text = `${o.prefix ?? ''}${REPLY_LINES.join('\n')}`;
  const expected = fixedText({ platform: o.platform, kind: o.kind, text, replyTo: o.replyTo }, 'complaint/take-offline');
  await c.fix('complaint/take-offline');
  await expect.poll(() => c.editorText()).toBe(expected);
  await expect.poll(() => c.rules()).not.toContain('complaint/take-offline');
  await expect.poll(async () => (await probe.tables()).drafts?.find((d) => d.key === c.key)?.text).toBe(expected);
  await o.send();
  await expect.poll(() => c.posted()).toEqual([expected]);
  // Recorded once, with the post it answered (another composer may have sent the same words).
  const sent = async () =>
    (await probe.tables()).posts
      ?.filter(
        (p) => p.platform === o.platform && p.text === expected && (p.replyTo as ReplyContext | undefined)?.author === o.replyTo.author,
      )
      .map((p) => p.replyTo);
  await expect.poll(sent).toEqual([o.replyTo]);
  await expect.poll(async () => (await probe.tables()).drafts?.some((d) => d.key === c.key)).toBe(false);
  return expected;
}

/** A friendly reply under a neutral post: no complaint finding. */
async function neutralReply(c: ReturnType<typeof composer>) {
  await c.type([NEUTRAL]);
  await c.openCard();
  expect((await c.rules()).filter((r) => r.startsWith('complaint/'))).toEqual([]);
  await c.closeCard();
  await c.clear();
}

async function shoot(page: Page, c: ReturnType<typeof composer>, name: string) {
  await c.host().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/layout-${name}.png` });
}

/** Which of the site's buttons the badge (or open card) covers, in the frame (should be none). */
function covered(frame: Frame, key: string): Promise<string[]> {
  return inExtensionWorld(
    frame,
    (k) => {
      const open = (h: Element) => (globalThis as unknown as WorldGlobal).chrome.dom.openOrClosedShadowRoot(h);
      const all = (root: Document | ShadowRoot): Element[] => {
        const els = Array.from(root.querySelectorAll('*'));
        return els.concat(...els.filter((e) => e.shadowRoot && !e.localName.startsWith('postwise-')).map((e) => all(e.shadowRoot!)));
      };
      const everything = all(document);
      const host = everything.find(
        (e) =>
          e.localName === 'postwise-composer' && open(e)?.querySelector('[data-composer-key]')?.getAttribute('data-composer-key') === k,
      );
      const root = host ? open(host) : null;
      const ours = Array.from(root?.querySelectorAll('[data-testid="postwise-badge"], [data-testid="postwise-card"]') ?? []).map((e) =>
        e.getBoundingClientRect(),
      );
      // A button behind the site's own modal overlay is not one we hide: with our host out of the
      // way, the point at its centre must reach the button itself.
      const reachable = (b: Element, r: DOMRect) => {
        const hit = (b.getRootNode() as Document | ShadowRoot).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && (hit === b || b.contains(hit));
      };
      const candidates = everything
        .filter((b) => b.matches('button, [role="button"], a'))
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return (
            r.width > 0 && r.height > 0 && ours.some((a) => a.left < r.right && r.left < a.right && a.top < r.bottom && r.top < a.bottom)
          );
        });
      const style = (host as HTMLElement | undefined)?.style;
      const before = style?.visibility ?? '';
      if (style) style.visibility = 'hidden';
      const hidden = candidates.filter((b) => reachable(b, b.getBoundingClientRect()));
      if (style) style.visibility = before;
      return hidden.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? b.tagName);
    },
    key,
  );
}

async function open(name: string): Promise<{ page: Page; requests: string[]; errorsBefore: number }> {
  const page = await loaded.context.newPage();
  const requests = watchRequests(page);
  const errorsBefore = loaded.errors.length;
  await page.goto(url(name));
  return { page, requests, errorsBefore };
}

async function done(o: { page: Page; requests: string[]; errorsBefore: number }) {
  expect(loaded.errors.slice(o.errorsBefore)).toEqual([]);
  expect(o.requests).toEqual([]);
  await o.page.close();
}

describe('LinkedIn, 2026 layouts (French UI)', () => {
  it('share dialog inside the open shadow root of #interop-outlet: one badge, stage-jump fixed through Quill, "Publier" recorded', async () => {
    const o = await open('linkedin-shadow-fr');
    const { page } = o;
    await page.click('#start-post');
    const c = composer(page, page.mainFrame(), { editor: '.ql-editor', newline: 'Enter', platform: 'linkedin', kind: 'post' });
    expect(await c.attached()).toBe('linkedin:post:share-box');
    expect(await page.locator('postwise-composer').count()).toBe(1);
    await c.type(STAGE_LINES);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('cta/stage-jump');
    const expected = fixedText({ platform: 'linkedin', kind: 'post', text: STAGE_LINES.join('\n') }, 'cta/stage-jump');
    await c.fix('cta/stage-jump');
    await expect.poll(() => c.editorText()).toBe(expected);
    await expect.poll(async () => (await probe.tables()).drafts?.find((d) => d.key === c.key)?.text).toBe(expected);
    await shoot(page, c, 'linkedin-shadow-fr');
    expect(await covered(page.mainFrame(), c.key)).toEqual([]);
    await page.locator('button.share-actions__primary-action').click();
    await expect.poll(() => c.posted()).toEqual([expected]);
    await expect
      .poll(async () => (await probe.tables()).posts?.filter((p) => p.platform === 'linkedin' && p.text === expected).length)
      .toBe(1);
    await done(o);
  });

  it('newer feed: each comment box beside its post reads that post, a reply to a comment reads the comment, three keys', async () => {
    const o = await open('linkedin-feed-fr');
    const { page } = o;
    const frame = page.mainFrame();
    const priya = composer(page, frame, {
      editor: '[data-fixture="box-priya"]',
      id: 'box-priya',
      newline: 'Enter',
      platform: 'linkedin',
      kind: 'comment',
    });
    const marco = composer(page, frame, {
      editor: '[data-fixture="box-marco"]',
      id: 'box-marco',
      newline: 'Enter',
      platform: 'linkedin',
      kind: 'comment',
    });
    await priya.attached();
    await marco.attached();
    // "Répondre" under Tom's comment opens a reply box (added after the first scan).
    await page.locator('[data-reply-to="tom"]').click();
    const tom = composer(page, frame, {
      editor: '[data-fixture="reply-tom"]',
      id: 'reply-tom',
      newline: 'Enter',
      platform: 'linkedin',
      kind: 'comment',
    });
    await tom.attached();
    const keys = [priya.key, marco.key, tom.key];
    expect(new Set(keys).size).toBe(3);
    for (const k of keys) expect(k).toMatch(/^linkedin:comment:post:[0-9a-z]+/);
    expect(tom.key.startsWith(`${priya.key}#`)).toBe(true);
    expect(await page.locator('postwise-composer').count()).toBe(3);

    // The neutral post (hiring) is not read as a complaint.
    await neutralReply(marco);
    // The reply box answers Tom's comment, not Priya's post.
    await replyToComplaint(tom, {
      platform: 'linkedin',
      kind: 'comment',
      replyTo: { text: 'Same here: my order never arrived and nobody answers the phone. Ten days now.', author: 'Tom Becker' },
      send: () => page.locator('button[data-box="reply-tom"]').click(),
    });
    // Priya's box answers her post; typing there autosaves under its own key beside the others.
    await priya.type(REPLY_LINES);
    await priya.openCard();
    await expect.poll(() => priya.rules()).toContain('complaint/take-offline');
    await expect.poll(async () => (await probe.tables()).drafts?.find((d) => d.key === priya.key)?.text).toBe(REPLY_LINES.join('\n'));
    await shoot(page, priya, 'linkedin-feed-fr');
    expect(await covered(frame, priya.key)).toEqual([]);
    await replyToComplaint(priya, {
      typed: true,
      platform: 'linkedin',
      kind: 'comment',
      replyTo: {
        text: 'Three weeks waiting for a refund from Northwind Coffee and support still has not replied. Really disappointed in a brand I used to recommend.',
        author: 'Priya Raman',
      },
      send: () => page.locator('button[data-box="box-priya"]').click(),
    });
    await done(o);
  });

  it('search results in a same-origin interop iframe: the frame’s comment box gets one badge, none in the top page', async () => {
    const o = await open('linkedin-search-fr');
    const { page } = o;
    const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
    await frame.locator('[data-fixture="box-lena"]').waitFor();
    const inner = page.frames().find((f) => f.url().includes('/preload/'))!;
    const lena = composer(page, inner, {
      editor: '[data-fixture="box-lena"]',
      id: 'box-lena',
      newline: 'Enter',
      platform: 'linkedin',
      kind: 'comment',
    });
    await lena.attached();
    // One badge in all: the top page's script found nothing of the frame's (no double badge).
    expect(await page.mainFrame().locator('postwise-composer').count()).toBe(0);
    expect(await inner.locator('postwise-composer').count()).toBe(1);
    await page.waitForTimeout(400);
    expect(await inner.locator('postwise-composer').count()).toBe(1);
    await replyToComplaint(lena, {
      platform: 'linkedin',
      kind: 'comment',
      replyTo: {
        text: 'Ordered 40 bags from Northwind Coffee for our office, the delivery is two weeks late and nobody answers my emails. Not acceptable.',
        author: 'Lena Kowalski',
      },
      send: () => inner.locator('button[data-box="box-lena"]').click(),
    });
    await shoot(page, lena, 'linkedin-search-fr');
    await done(o);
  });
});

describe('Facebook, X, Instagram, 2026 layouts (es, de, it)', () => {
  it('Facebook post opened as a dialog: the story message is read, not the first (neutral) comment; Enter recorded', async () => {
    const o = await open('facebook-dialog-es');
    const { page } = o;
    const c = composer(page, page.mainFrame(), {
      editor: '[data-lexical-editor="true"]',
      newline: 'Shift+Enter',
      platform: 'facebook',
      kind: 'comment',
    });
    expect(await c.attached()).toBe('facebook:comment:/northwind.coffee/posts/pfbid02kLmN8');
    expect(await page.locator('postwise-composer').count()).toBe(1);
    await c.type(REPLY_LINES);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('complaint/take-offline');
    await shoot(page, c, 'facebook-dialog-es');
    expect(await covered(page.mainFrame(), c.key)).toEqual([]);
    await c.closeCard();
    await c.clear();
    await replyToComplaint(c, {
      platform: 'facebook',
      kind: 'comment',
      replyTo: {
        text: 'Posting here because nobody answers the phone: my order never arrived and I was charged twice. Really disappointed.',
        author: 'Dana Whitfield',
      },
      send: async () => {
        await c.editor.click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
      },
    });
    await done(o);
  });

  it('Facebook Page post (German UI): "Weiter" keeps the text, "Posten" in the Post settings dialog that replaces it records it once', async () => {
    const o = await open('facebook-page-de');
    const { page } = o;
    const c = composer(page, page.mainFrame(), {
      editor: '[data-lexical-editor="true"]',
      newline: 'Shift+Enter',
      platform: 'facebook',
      kind: 'post',
    });
    expect(await c.attached()).toBe('facebook:post:composer');
    expect(await page.locator('postwise-composer').count()).toBe(1);
    await c.type(STAGE_LINES);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('cta/stage-jump');
    await shoot(page, c, 'facebook-page-de');
    expect(await covered(page.mainFrame(), c.key)).toEqual([]);
    await c.closeCard();
    const text = STAGE_LINES.join('\n');
    await expect.poll(async () => (await probe.tables()).drafts?.find((d) => d.key === c.key)?.text).toBe(text);
    const recorded = async () => (await probe.tables()).posts?.filter((p) => p.platform === 'facebook' && p.text === text).length;
    await page.locator('[role="button"][aria-label="Weiter"]').click();
    // The editor's dialog is gone: so is its badge; nothing is recorded yet.
    await expect.poll(() => page.locator('postwise-composer').count()).toBe(0);
    expect(await recorded()).toBe(0);
    await page.locator('[role="dialog"][aria-label="Einstellungen für Beiträge"] [role="button"][aria-label="Posten"]').click();
    await expect.poll(() => c.posted()).toEqual([text]);
    await expect.poll(recorded).toBe(1);
    await expect.poll(async () => (await probe.tables()).drafts?.some((d) => d.key === c.key)).toBe(false);
    await done(o);
  });

  it('X inline reply (German UI, mixed-case path): answers the tweet just before it, "Antworten" recorded', async () => {
    const o = await open('x-inline-de');
    const { page } = o;
    const c = composer(page, page.mainFrame(), {
      editor: '[data-testid="tweetTextarea_0"]',
      newline: 'Enter',
      platform: 'x',
      kind: 'reply',
    });
    expect(await c.attached()).toBe('x:reply:/jane/status/1860000000000000777');
    expect(await page.locator('postwise-composer').count()).toBe(1);
    await c.type(REPLY_LINES);
    await c.openCard();
    await expect.poll(() => c.rules()).toContain('complaint/take-offline');
    await shoot(page, c, 'x-inline-de');
    expect(await covered(page.mainFrame(), c.key)).toEqual([]);
    await c.closeCard();
    await c.clear();
    await replyToComplaint(c, {
      platform: 'x',
      kind: 'reply',
      replyTo: { text: '@northwind my order #5120 never arrived and nobody answers the phone. Second time this month 😡', author: '@jane' },
      send: () => page.locator('[data-testid="tweetButtonInline"]').click(),
    });
    await done(o);
  });

  it('Instagram (Italian UI): the caption is neutral; "Rispondi" under a complaint makes that comment the one answered', async () => {
    const o = await open('instagram-reply-it');
    const { page } = o;
    const c = composer(page, page.mainFrame(), { editor: 'textarea', newline: 'Shift+Enter', platform: 'instagram', kind: 'comment' });
    expect(await c.attached()).toBe('instagram:comment:/p/DAq7Lm2xYz1/');
    expect(await page.locator('postwise-composer').count()).toBe(1);
    // Under the caption (a menu announcement), a friendly comment has nothing to fix.
    await neutralReply(c);
    await page.locator('[data-reply="mira.t"]').click();
    await expect.poll(() => c.editorText()).toBe('@mira.t ');
    // The stage picker follows the person answered.
    await shoot(page, c, 'instagram-reply-it');
    expect(await covered(page.mainFrame(), c.key)).toEqual([]);
    await replyToComplaint(c, {
      platform: 'instagram',
      kind: 'comment',
      prefix: '@mira.t ',
      stageOf: 'mira.t',
      replyTo: {
        text: 'Ordered the autumn box two weeks ago and it still has not arrived. Nobody answers my messages. Not impressed 😞',
        author: 'mira.t',
      },
      send: async () => {
        await c.editor.click();
        await page.keyboard.press('Enter');
      },
    });
    await done(o);
  });
});

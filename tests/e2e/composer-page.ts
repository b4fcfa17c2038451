/**
 * Driving one composer fixture with the real extension loaded: the editor (real keyboard), the
 * editor's own state (window.__fixture), and Postwise's badge and card inside their CLOSED shadow
 * root, reached through the content script's world (sealed.ts: a way no page script has).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { FixtureInfo } from './fixtures/index';
import type {} from './fixtures/runtime';
import { HOST_TAG, inExtensionWorld, sealed, type WorldGlobal } from './sealed';

/** How each composer makes a new line, which of the site's buttons sends it, and its keyboard send. */
export const DRIVES: Record<string, { newline: string; button: string; sendKey?: string }> = {
  'x-home': { newline: 'Enter', button: '[data-testid="tweetButtonInline"]', sendKey: 'Control+Enter' },
  'x-reply': { newline: 'Enter', button: '[data-testid="tweetButtonInline"]', sendKey: 'Control+Enter' },
  'facebook-post': { newline: 'Enter', button: '[role="dialog"] [aria-label="Post"][role="button"]' },
  'facebook-comment': { newline: 'Shift+Enter', button: '#focused-state-composer-submit', sendKey: 'Enter' },
  'linkedin-post': { newline: 'Enter', button: 'button.share-actions__primary-action' },
  'linkedin-comment': { newline: 'Enter', button: 'button[data-view-name="comment-post"]' },
  'instagram-caption': { newline: 'Enter', button: '[role="dialog"] [role="button"]:text-is("Share")' },
  'instagram-comment': { newline: 'Shift+Enter', button: 'form [role="button"]:text-is("Post")', sendKey: 'Enter' },
};

export const HOST = HOST_TAG;

export function composerPage(page: Page, f: FixtureInfo) {
  const drive = DRIVES[f.name]!;
  const editor = page.locator(f.editor === 'react-textarea' ? 'textarea' : '[contenteditable="true"]').first();
  /** The host elements (in the light DOM); `host.locator(css)` looks inside their closed roots. */
  const host = sealed(page);
  const badge = host.locator('[data-testid="postwise-badge"]');
  const card = host.locator('[data-testid="postwise-card"]');
  const self = {
    page,
    editor,
    host,
    badge,
    card,
    /** The composer's key (on the container inside the closed root, never on the host). */
    key: async () => (await host.locator('[data-composer-key]').getAttribute('data-composer-key'))!,
    editorText: () => page.evaluate(() => window.__fixture.editorText()),
    submitted: () => page.evaluate(() => window.__fixture.submitted.slice()),
    /** Focuses the editor with the caret at the end. */
    async focusEnd() {
      await editor.click();
      await page.keyboard.press('Control+End');
    },
    /** Empties the editor with the keyboard (select all, delete). */
    async clear() {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => self.editorText()).toBe('');
    },
    /** Types lines with the composer's own new-line key. */
    async type(lines: readonly string[]) {
      await self.focusEnd();
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press(drive.newline);
        await page.keyboard.type(line);
      }
    },
    async openCard() {
      await expect.poll(() => badge.count()).toBe(1);
      if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
      await card.waitFor();
    },
    /** The rule ids the card lists now. */
    rules: () => card.locator('[data-testid="postwise-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? '')),
    finding: (rule: string) => card.locator(`[data-testid="postwise-finding"][data-rule="${rule}"]`),
    /** Clicks the fix of the finding of that rule (the real mouse, so mousedown is cancelled as in use). */
    async fix(rule: string) {
      await self.finding(rule).locator('[data-testid="postwise-fix"]').click();
    },
    /** Sends with the site's own button, or with its keyboard shortcut in the editor. */
    async submit(how: 'button' | 'keyboard' = 'button') {
      if (how === 'button' || !drive.sendKey) return page.locator(drive.button).first().click();
      await self.focusEnd();
      await page.keyboard.press(drive.sendKey);
    },
    /** Which of the site's own buttons the badge or the card covers (should be none). */
    covered: () =>
      inExtensionWorld(
        page,
        (tag) => {
          const dom = (globalThis as unknown as WorldGlobal).chrome.dom;
          const roots = Array.from(document.querySelectorAll(tag)).map((h) => dom.openOrClosedShadowRoot(h));
          const ours = roots
            .flatMap((root) =>
              Array.from(
                root?.querySelectorAll('[data-testid="postwise-badge"], [data-testid="postwise-card"], [data-testid="postwise-restore"]') ??
                  [],
              ),
            )
            .map((e) => e.getBoundingClientRect());
          return Array.from(document.querySelectorAll('button, [role="button"], a'))
            .filter((b) => {
              const r = b.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return false;
              return ours.some((a) => a.left < r.right && r.left < a.right && a.top < r.bottom && r.top < a.bottom);
            })
            .map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? b.tagName);
        },
        HOST,
      ),
  };
  return self;
}

export type ComposerPage = ReturnType<typeof composerPage>;

// @vitest-environment happy-dom
/**
 * Accessibility basics on every page: each control has a name, charts have a text alternative,
 * tab order follows the page (no positive tabindex), focus is visible, and the colours have
 * enough contrast (WCAG AA, 4.5:1 for text).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/pages/options/options-app';
import { PopupApp } from '@/components/pages/popup/popup-app';
import { ReviewApp } from '@/components/pages/review/review-app';
import { useReviewStore } from '@/components/pages/review/store';
import { logFindings } from '@/lib/storage/findings-log';
import { recordPost } from '@/lib/storage/posts';
import { setContact } from '@/lib/storage/contacts';
import { saveSegment } from '@/lib/storage/segments';
import { DAY, fileOf, NOW, renderPage, setupPage, teardown, type Background } from './helpers';

let bg: Background;
afterEach(() => teardown(bg));

/** The accessible name of a control, by the rules that matter here. */
function nameOf(el: Element): string {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby)
    return labelledby
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  if (el.id) {
    const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (label) return (label.textContent ?? '').trim();
  }
  const wrapping = el.closest('label');
  if (wrapping) return (wrapping.textContent ?? '').trim();
  if (el.tagName === 'BUTTON' || el.tagName === 'A') return (el.textContent ?? '').trim();
  return '';
}

function expectNamed(container: HTMLElement) {
  const controls = [...container.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]')];
  expect(controls.length).toBeGreaterThan(0);
  const unnamed = controls.filter((el) => !nameOf(el)).map((el) => el.outerHTML.slice(0, 120));
  expect(unnamed).toEqual([]);
  const images = [...container.querySelectorAll('svg')].filter((svg) => svg.getAttribute('aria-hidden') !== 'true');
  expect(images.filter((svg) => svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-label'))).toEqual([]);
  // Tab order is the document order: nothing jumps the queue.
  expect([...container.querySelectorAll('[tabindex]')].filter((el) => Number(el.getAttribute('tabindex')) > 0)).toEqual([]);
}

/** Focusable elements in tab order (document order, as no tabindex is positive). */
const tabOrder = (container: HTMLElement) =>
  [...container.querySelectorAll('button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary')].map(nameOf);

describe('popup', () => {
  beforeEach(async () => {
    bg = setupPage('/popup.html');
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Buy now with code SAVE', time: NOW - DAY });
    await recordPost(bg.ctx.db, {
      platform: 'x',
      kind: 'reply',
      text: 'Shipped already.',
      replyTo: { text: 'My order never arrived. Unacceptable!' },
      time: NOW - DAY,
    });
    await logFindings(bg.ctx.db, [{ ruleId: 'cta/stage-jump', category: 'cta-stage', event: 'shown', platform: 'x', time: NOW - DAY }]);
  });

  it('names every control and chart, and tabs from the header to the quick check', async () => {
    const { container } = renderPage(<PopupApp nav={{ openSettings() {}, openReview() {} }} />);
    await screen.findByRole('heading', { name: 'This week' });
    expectNamed(container);
    const order = tabOrder(container);
    expect(order.slice(0, 2)).toEqual(['Settings', 'Review drafts']);
    expect(order.slice(-3)).toEqual(['Platform', 'Kind', 'Your draft']);
  });
});

describe('options', () => {
  beforeEach(async () => {
    bg = setupPage('/options.html');
    await saveSegment(bg.ctx.db, { name: 'Fans', stage: 'advocacy' });
    await setContact(bg.ctx.db, { platform: 'x', handle: 'ann', stage: 'interest' }, NOW);
  });

  it('names every field (tables included), and shows errors tied to their field', async () => {
    const { container } = renderPage(<OptionsApp />);
    await screen.findByRole('row', { name: /Fans/ });
    await screen.findByLabelText('Stage of ann on X');
    expectNamed(container);
    expect(tabOrder(container)[0]).toBe('Stage playbook');
    fireEvent.change(screen.getByLabelText('Support email'), { target: { value: 'nope' } });
    fireEvent.click(within(screen.getByLabelText('Support email').closest('form')!).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Support email').getAttribute('aria-invalid')).toBe('true'));
    const described = screen.getByLabelText('Support email').getAttribute('aria-describedby')!;
    expect(document.getElementById(described)!.textContent).toMatch(/email address/);
  });
});

describe('review', () => {
  beforeEach(() => {
    bg = setupPage('/review.html');
    useReviewStore.getState().clear();
  });

  it('names every control, in the table and the report too', async () => {
    const { container } = renderPage(<ReviewApp now={() => NOW} download={() => {}} />);
    const batch = [
      '{"platform":"x","kind":"reply","text":"Reply with your email","reply_to":"I was charged twice. Unacceptable."}',
      '{"platform":"linkedin","text":"Hello"}',
    ].join('\n');
    fireEvent.change(screen.getByLabelText('Batch file'), { target: { files: [fileOf('b.jsonl', batch)] } });
    fireEvent.click(await screen.findByRole('button', { name: /Open draft 1/ }));
    await screen.findByRole('heading', { name: /Line 1/ });
    expectNamed(container);
    // Opening a draft moves focus to its report.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Line 1/));
  });
});

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const full = n.length === 3 ? [...n].map((c) => c + c).join('') : n;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('colours and focus', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../components/pages/shared/base.css'), 'utf8');
  const vars = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1]!, m[2]!]));

  it.each([
    ['ink', 'white'],
    ['muted', 'white'],
    ['muted', 'soft'],
    ['accent', 'white'],
    ['info', 'white'],
    ['warn', 'white'],
    ['warn', 'soft'],
    ['fix', 'white'],
    ['ok', 'white'],
    ['ok', 'soft'],
    ['ink', 'mark'],
    ['accent-ink', 'accent'],
  ])('%s text on %s has at least 4.5:1 contrast', (fg, bgName) => {
    const colour = (name: string) => (name === 'white' ? '#ffffff' : vars[name]!);
    expect(colour(fg)).toBeTruthy();
    expect(contrast(colour(fg), colour(bgName))).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['#82071e', '#ffebe9'],
    ['#116329', '#dafbe1'],
    ['#ffffff', '#cf222e'],
  ])('notice and danger colours %s on %s are readable', (fg, back) => {
    expect(contrast(fg, back)).toBeGreaterThanOrEqual(4.5);
  });

  it('shows a visible focus ring on every focusable element', () => {
    expect(css).toMatch(/:focus-visible\s*\{\s*outline:\s*2px solid var\(--focus\)/);
    expect(contrast(vars.focus!, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const page of ['popup/popup.css', 'options/options.css', 'review/review.css']) {
      const text = readFileSync(resolve(import.meta.dirname, `../../components/pages/${page}`), 'utf8');
      expect(text).not.toMatch(/outline:\s*(none|0)\s*;?\s*}(?![^{]*focus-visible)/);
    }
  });
});

// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/pages/popup/popup-app';
import { logFindings } from '@/lib/storage/findings-log';
import { recordPost } from '@/lib/storage/posts';
import { saveDraft } from '@/lib/storage/drafts';
import { updateSettings } from '@/lib/storage/settings';
import { DAY, NOW, renderPage, setupPage, teardown, type Background } from './helpers';

let bg: Background;
const nav = { openSettings: vi.fn(), openReview: vi.fn() };
beforeEach(() => {
  bg = setupPage('/popup.html');
  nav.openSettings.mockReset();
  nav.openReview.mockReset();
});
afterEach(() => teardown(bg));

const HOUR = 3_600_000;

async function seedWeek() {
  const db = bg.ctx.db;
  // This week: 2 posts on X (one promotional), 1 on LinkedIn; last week: 1 post.
  await recordPost(db, { platform: 'x', kind: 'post', text: 'What are you reading this weekend? Tell us below.', time: NOW - DAY });
  await recordPost(db, { platform: 'x', kind: 'post', text: 'Buy now: 30% off everything with code SPRING30!', time: NOW - 2 * DAY });
  await recordPost(db, {
    platform: 'linkedin',
    kind: 'post',
    text: 'Subscribe to our newsletter for the monthly guide.',
    time: NOW - 3 * DAY,
  });
  await recordPost(db, { platform: 'x', kind: 'post', text: 'Happy Monday from the whole team.', time: NOW - 9 * DAY });
  // Complaint replies this week: one taken to DM, one answered in public only after 5 hours.
  await recordPost(db, {
    platform: 'x',
    kind: 'reply',
    text: "So sorry about that, Ann! Please DM us your order number and we'll fix it today.",
    replyTo: { text: '@brand my order never arrived and nobody answers. Unacceptable.' },
    replyToTime: NOW - DAY - 2 * HOUR,
    time: NOW - DAY,
  });
  await recordPost(db, {
    platform: 'facebook',
    kind: 'comment',
    text: 'Orders ship within 5 days, per our policy.',
    replyTo: { text: 'I was charged twice for my order and still no refund. Worst service ever.' },
    replyToTime: NOW - 2 * DAY - 5 * HOUR,
    time: NOW - 2 * DAY,
  });
  // A complaint with only a draft reply.
  await saveDraft(
    db,
    {
      key: 'x.com|/status/9',
      platform: 'x',
      kind: 'reply',
      text: 'Sorry to hear',
      replyTo: { text: 'Your app is broken again, I want a refund.' },
    },
    NOW,
  );
  // Findings: cta/stage-jump came up most this week (and was dismissed), then complaint/take-offline.
  const f = (ruleId: string, category: string, event: 'shown' | 'fixed' | 'dismissed', time: number) =>
    ({ ruleId, category, event, platform: 'x', time }) as const;
  await logFindings(db, [
    f('cta/stage-jump', 'cta-stage', 'shown', NOW - DAY),
    f('cta/stage-jump', 'cta-stage', 'shown', NOW - DAY),
    f('cta/stage-jump', 'cta-stage', 'shown', NOW - 2 * DAY),
    f('cta/stage-jump', 'cta-stage', 'dismissed', NOW - 2 * DAY),
    f('complaint/take-offline', 'complaint', 'shown', NOW - DAY),
    f('complaint/take-offline', 'complaint', 'fixed', NOW - DAY),
    f('norms/hashtags', 'platform-norms', 'shown', NOW - 10 * DAY),
  ] as never);
}

describe('coaching popup', () => {
  it('tells a new user what to do first, and still offers the quick check', async () => {
    renderPage(<PopupApp nav={nav} />);
    expect(await screen.findByRole('heading', { name: /Welcome/ })).toBeInTheDocument();
    expect(screen.getByText(/Write a post or reply/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(nav.openSettings).toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Check this text' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This week' })).toBeNull();
  });

  it('jumps to the quick check from the header, below the coaching cards', async () => {
    await seedWeek();
    renderPage(<PopupApp nav={nav} />);
    await screen.findByRole('heading', { name: 'This week' });
    fireEvent.click(screen.getByRole('button', { name: 'Check a draft' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/Your draft|Draft/));
  });

  it('compares this week with last week from the local history and findings log', async () => {
    await seedWeek();
    renderPage(<PopupApp nav={nav} />);
    const week = (await screen.findByRole('heading', { name: 'This week' })).closest('section')!;
    const tiles = within(week);
    const tile = (label: string) => tiles.getByText(label).closest('.tile')!.textContent;
    expect(tile('posts checked')).toMatch(/^3posts checked▲ last week 1$/);
    expect(tile('replies checked')).toMatch(/^2replies/);
    expect(tile('findings')).toMatch(/^4findings/);
    expect(week.textContent).toMatch(/You fixed 1 and dismissed 1/);
    expect(tiles.getByRole('img', { name: /Findings shown by category/ }).getAttribute('aria-label')).toMatch(
      /Call to action: 3 this week, 0 last week/,
    );
  });

  it('shows the 80/20 gauge and the CTA stages per platform', async () => {
    await seedWeek();
    renderPage(<PopupApp nav={nav} />);
    const gauge = await screen.findByRole('img', { name: /^X promotional share/ });
    expect(gauge.getAttribute('aria-label')).toMatch(/33% promotional, limit 20%, over the limit/);
    expect(screen.getByRole('img', { name: /^LinkedIn: stages the calls to action asked for/ }).getAttribute('aria-label')).toMatch(
      /Interest 1/,
    );
  });

  it('counts complaint replies taken private, those answered in public only, and how long they waited', async () => {
    await seedWeek();
    renderPage(<PopupApp nav={nav} />);
    const card = (await screen.findByRole('heading', { name: 'Complaints this week' })).closest('section')!;
    const fact = (label: string) => within(card).getByText(label).nextElementSibling!.textContent;
    expect(fact('Replies to complaints')).toBe('2');
    expect(fact('Moved to a private channel')).toBe('1');
    expect(fact('Answered in public only')).toBe('1');
    expect(fact('Waited for an answer')).toBe('4 h typical, 5 h longest');
    expect(card.textContent).toMatch(/per our policy/);
    expect(card.textContent).toMatch(/1 complaint still has only a draft reply/);
  });

  it('picks tips from the rules that came up most, with the reasoning behind them', async () => {
    await seedWeek();
    renderPage(<PopupApp nav={nav} />);
    const card = (await screen.findByRole('heading', { name: 'Tips from your recent drafts' })).closest('section')!;
    const tips = within(card).getAllByRole('listitem');
    expect(tips.length).toBeGreaterThanOrEqual(2);
    expect(tips.length).toBeLessThanOrEqual(3);
    expect(tips[0]!.textContent).toMatch(/Ask for the next logical step/);
    expect(tips[0]!.textContent).toMatch(/came up 3 times in four weeks, dismissed 1/);
    expect(tips[0]!.textContent).toMatch(/Essay 000/);
    expect(card.textContent).toMatch(/Move complaints to a private channel/);
  });

  it('opens the settings and the reviewers page from the header', async () => {
    renderPage(<PopupApp nav={nav} />);
    fireEvent.click(screen.getByRole('button', { name: 'Review drafts' }));
    expect(nav.openReview).toHaveBeenCalled();
    await screen.findByRole('heading', { name: /Welcome/ });
  });
});

describe('quick check', () => {
  it('says nothing until there is text, then shows the verdict and findings', async () => {
    renderPage(<PopupApp nav={nav} />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'instagram' } });
    fireEvent.change(screen.getByLabelText('Your draft'), { target: { value: 'New drop! #a #b #c #d #e #f #g' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/worth a look/));
    expect(screen.getByText(/hashtag/i, { selector: '.message' })).toBeInTheDocument();
  });

  it('asks what the reply answers only for replies and comments', async () => {
    renderPage(<PopupApp nav={nav} />);
    expect(screen.queryByLabelText(/Replying to/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'reply' } });
    expect(screen.getByLabelText(/Replying to/)).toBeInTheDocument();
    await screen.findByRole('heading', { name: /Welcome/ });
  });

  it('calls a friendly post good to go', async () => {
    renderPage(<PopupApp nav={nav} />);
    fireEvent.change(screen.getByLabelText('Your draft'), {
      target: { value: 'Happy Friday, everyone! What are you reading this weekend?' },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Looks good to go.'));
  });

  it('checks with the saved settings: a switched-off rule stays quiet', async () => {
    await updateSettings(bg.ctx.db, { disabledRules: ['norms/hashtags'] });
    renderPage(<PopupApp nav={nav} />);
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Your draft'), { target: { value: 'Lovely day #a #b #c #d #e' } });
    await waitFor(() => expect(screen.getByRole('status')).toBeInTheDocument());
    expect(screen.queryByText(/hashtag/i, { selector: '.message' })).toBeNull();
  });
});

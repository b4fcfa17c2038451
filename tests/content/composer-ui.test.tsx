// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerUi, type ComposerActions } from '@/components/composer/composer-ui';
import { badgeLook } from '@/components/composer/badge';
import { groupByCategory, STAGE_ORDER } from '@/components/composer/labels';
import { worstSeverity } from '@/lib/util/severity';
import { STAGES } from '@/lib/analysis/schemas';
import { createStore } from '@/lib/content/store';
import type { ComposerView } from '@/lib/content/session';
import { finding } from './helpers';

/** fireEvent stands in for the person here (the browser would mark their clicks trusted). */
const byThePerson = () => true;

const TEXT = 'Meet Northwind.\nBuy now and taste the difference.';

function view(over: Partial<ComposerView> = {}): ComposerView {
  return {
    platform: 'x',
    kind: 'post',
    key: 'x:post:0',
    status: 'ready',
    text: TEXT,
    findings: [],
    dismissedCount: 0,
    open: false,
    fixing: false,
    revision: 1,
    stage: { shown: 'awareness', source: 'default', target: 'draft' },
    ...over,
  };
}

function fakeSession(initial: ComposerView) {
  const store = createStore(initial);
  const session: ComposerActions = {
    store,
    toggle: vi.fn((open?: boolean) => store.set({ open: open ?? !store.get().open })),
    applyFix: vi.fn(async () => true),
    dismiss: vi.fn(),
    setStage: vi.fn(async () => {}),
    restoreDraft: vi.fn(async () => true),
    discardDraft: vi.fn(async () => {}),
  };
  return session;
}

const stageJump = finding({
  spans: [{ start: 16, end: 48 }],
  message: '“Buy now” asks for conversion',
  fix: { label: 'Ask for the next step instead', edits: [{ start: 16, end: 48, text: 'Get our free guide' }] },
});
const crosspost = finding({
  ruleId: 'crosspost/near-duplicate',
  category: 'crosspost',
  severity: 'info',
  messageId: 'adapt',
  message: 'This closely follows your LinkedIn post from 2 h ago.',
  data: { matchedPostId: 'p1', matchedText: 'SECRET TEXT OF THE OTHER POST' },
});
const offline = finding({
  ruleId: 'complaint/take-offline',
  category: 'complaint',
  severity: 'fix',
  messageId: 'no-private-channel',
  message: 'No private channel',
});

afterEach(cleanup);

describe('the badge', () => {
  it('shows the count, coloured by the worst finding, and opens the card from the keyboard', () => {
    const s = fakeSession(view({ findings: [offline, stageJump] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const badge = screen.getByTestId('postwise-badge');
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.getAttribute('data-tone')).toBe('fix');
    expect(badge.textContent).toContain('2');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(badge);
    expect(s.toggle).toHaveBeenCalled();
    expect(screen.getByTestId('postwise-card')).toBeInTheDocument();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(badge.getAttribute('aria-controls')).toBe(screen.getByTestId('postwise-card').id);
  });

  it('says what state it is in', () => {
    expect(badgeLook(view({ findings: [] })).tone).toBe('ok');
    expect(badgeLook(view({ text: '', status: 'idle' })).tone).toBe('idle');
    expect(badgeLook(view({ findings: [crosspost] })).tone).toBe('info');
    expect(badgeLook(view({ findings: [crosspost, stageJump] })).tone).toBe('warn');
    expect(badgeLook(view({ status: 'unavailable' })).tone).toBe('off');
  });

  it('is a calm "reload the page" status after the extension was reloaded, with no card', () => {
    const s = fakeSession(view({ status: 'invalidated', open: true, findings: [stageJump] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const badge = screen.getByTestId('postwise-badge');
    expect(badge.tagName).not.toBe('BUTTON');
    expect(badge.getAttribute('role')).toBe('status');
    expect(badge.textContent).toMatch(/reload the page/);
    expect(screen.queryByTestId('postwise-card')).toBeNull();
  });
});

describe('the card', () => {
  it('groups findings by category and quotes only the draft text each one points at', () => {
    const s = fakeSession(view({ open: true, findings: [stageJump, crosspost] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const card = screen.getByTestId('postwise-card');
    expect(
      within(card)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Call to action', 'Cross-posting']);
    expect(within(card).getByTestId('postwise-span').textContent).toBe('Buy now and taste the difference');
    // Privacy: nothing of the matched post is shown, whatever the finding's data holds.
    expect(card.textContent).not.toContain('SECRET');
    expect(card.textContent).toContain('Why it matters');
  });

  it('applies a fix without taking the caret (mousedown is cancelled) and dismisses', () => {
    const s = fakeSession(view({ open: true, findings: [stageJump] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const fix = screen.getByTestId('postwise-fix');
    expect(fix.textContent).toBe('Ask for the next step instead');
    expect(fireEvent.mouseDown(fix)).toBe(false);
    fireEvent.click(fix);
    expect(s.applyFix).toHaveBeenCalledWith(stageJump);
    const dismiss = screen.getByTestId('postwise-dismiss');
    expect(dismiss.textContent).toBe('Not relevant here');
    expect(fireEvent.mouseDown(dismiss)).toBe(false);
    fireEvent.click(dismiss);
    expect(s.dismiss).toHaveBeenCalledWith(stageJump);
  });

  it('disables fixes while one is being typed, and shows notices', () => {
    const s = fakeSession(view({ open: true, findings: [stageJump], fixing: true, notice: 'The text changed since the check.' }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    expect((screen.getByTestId('postwise-fix') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('The text changed');
  });

  it("changes the reader's stage in one click, showing whose stage it is", () => {
    const s = fakeSession(
      view({
        kind: 'reply',
        open: true,
        stage: { stage: 'loyalty', shown: 'loyalty', source: 'contact', who: '@jane', target: 'contact' },
      }),
    );
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const stage = screen.getByTestId('postwise-stage');
    expect(stage.textContent).toContain('@jane is at');
    expect(screen.getByTestId('postwise-stage-loyalty').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('postwise-stage-conversion'));
    expect(s.setStage).toHaveBeenCalledWith('conversion');
  });

  it('shows a stage read from the post answered as inferred, with what it mentions; a pick corrects it', () => {
    const s = fakeSession(
      view({
        kind: 'reply',
        open: true,
        stage: { shown: 'awareness', source: 'default', who: '@jane', target: 'contact' },
        report: {
          verdict: 'ok',
          findings: [],
          notes: [],
          readerStage: 'loyalty',
          readerStageAssumed: false,
          readerStageInferredFrom: 'their order',
        },
      }),
    );
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    const stage = screen.getByTestId('postwise-stage');
    expect(stage.textContent).toContain('@jane: inferred from the post (mentions their order)');
    expect(stage.getAttribute('data-source')).toBe('inferred');
    expect(screen.getByTestId('postwise-stage-loyalty').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('postwise-stage-awareness').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByTestId('postwise-stage-conversion'));
    expect(s.setStage).toHaveBeenCalledWith('conversion');
  });

  it('closes on Escape and gives the focus back to the badge', () => {
    const s = fakeSession(view({ open: true, findings: [stageJump] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    fireEvent.keyDown(screen.getByTestId('postwise-fix'), { key: 'Escape' });
    expect(screen.queryByTestId('postwise-card')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('postwise-badge'));
  });

  it('updates as the session publishes new reports', () => {
    const s = fakeSession(view({ open: true, findings: [] }));
    render(<ComposerUi session={s} isTrusted={byThePerson} />);
    expect(screen.getByTestId('postwise-card').textContent).toContain('Nothing to look at');
    act(() => s.store.set({ findings: [stageJump], revision: 2 }));
    expect(screen.getByTestId('postwise-badge').getAttribute('data-revision')).toBe('2');
    expect(screen.getAllByTestId('postwise-finding')).toHaveLength(1);
  });
});

describe('the restore offer', () => {
  it('offers the saved draft with its age; Restore and Discard ask the session', () => {
    const now = 1_767_000_000_000;
    const s = fakeSession(view({ text: '', status: 'idle', restore: { text: 'Saved', updatedAt: now - 5 * 60_000 } }));
    render(<ComposerUi session={s} isTrusted={byThePerson} now={() => now} />);
    expect(screen.getByTestId('postwise-restore').textContent).toContain('5 min ago');
    expect(fireEvent.mouseDown(screen.getByTestId('postwise-restore-yes'))).toBe(false);
    fireEvent.click(screen.getByTestId('postwise-restore-yes'));
    expect(s.restoreDraft).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('postwise-restore-no'));
    expect(s.discardDraft).toHaveBeenCalled();
  });

  it('lists the latest and the earlier draft with their ages, each restorable from the keyboard', () => {
    const now = 1_767_000_000_000;
    const restore = {
      text: 'Latest',
      updatedAt: now - 2 * 60_000,
      earlier: [{ text: 'OLDER DRAFT TEXT', updatedAt: now - 30 * 3_600_000 }],
    };
    const s = fakeSession(view({ text: '', status: 'idle', restore }));
    render(<ComposerUi session={s} isTrusted={byThePerson} now={() => now} />);
    const latest = screen.getByTestId('postwise-restore-yes');
    const [earlier] = screen.getAllByTestId('postwise-restore-earlier');
    expect(latest.textContent).toBe('Restore the latest (2 min ago)');
    expect(earlier!.textContent).toBe('Restore the earlier draft (30 h ago)');
    // Privacy: the offer names the drafts by age only, never quoting their text.
    expect(screen.getByTestId('postwise-restore').textContent).not.toContain('OLDER DRAFT TEXT');
    for (const b of [latest, earlier!]) expect(b.tagName).toBe('BUTTON');
    expect(fireEvent.mouseDown(earlier!)).toBe(false);
    fireEvent.click(earlier!);
    expect(s.restoreDraft).toHaveBeenLastCalledWith(1);
    fireEvent.click(latest);
    expect(s.restoreDraft).toHaveBeenLastCalledWith(0);
    expect(screen.getByTestId('postwise-restore-no').textContent).toBe('Discard all');
  });
});

describe('labels', () => {
  it('keeps the funnel order without importing the zod schemas', () => {
    expect(STAGE_ORDER).toEqual([...STAGES]);
  });
  it('finds the worst severity and groups by category in order of appearance', () => {
    expect(worstSeverity([crosspost, stageJump, offline])).toBe('fix');
    expect(worstSeverity([])).toBeUndefined();
    expect(groupByCategory([stageJump, crosspost, stageJump]).map(([c, f]) => [c, f.length])).toEqual([
      ['cta-stage', 2],
      ['crosspost', 1],
    ]);
  });
});

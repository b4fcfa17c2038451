// @vitest-environment happy-dom
/**
 * The card says calmly what the engine or the storage could not do: the engine's notes (a draft
 * cut at 50,000 characters, history left out) and a draft kept on the page because the browser's
 * storage refused it. Neither changes the badge's tone.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerUi, type ComposerActions } from '@/components/composer/composer-ui';
import { analyze } from '@/lib/analysis/analyze';
import { createStore } from '@/lib/content/store';
import type { ComposerView } from '@/lib/content/session';

/** fireEvent stands in for the person here (the browser would mark their clicks trusted). */
const byThePerson = () => true;

afterEach(cleanup);

function mount(over: Partial<ComposerView>) {
  const store = createStore<ComposerView>({
    platform: 'linkedin',
    kind: 'post',
    key: 'linkedin:post:share-box',
    status: 'ready',
    text: '',
    findings: [],
    dismissedCount: 0,
    open: true,
    fixing: false,
    revision: 1,
    ...over,
  });
  const session: ComposerActions = {
    store,
    toggle: vi.fn(),
    applyFix: vi.fn(async () => true),
    dismiss: vi.fn(),
    setStage: vi.fn(async () => {}),
    restoreDraft: vi.fn(async () => true),
    discardDraft: vi.fn(async () => {}),
  };
  return render(<ComposerUi session={session} isTrusted={byThePerson} />);
}

describe('notes in the card', () => {
  it('shows the engine’s note when a 100,000-character draft was cut, as plain muted text', () => {
    const text = 'We roast every bean in Leeds. '.repeat(3334).slice(0, 100_000);
    const report = analyze({ platform: 'linkedin', kind: 'post', text }, { now: Date.now() });
    expect(report.notes).toHaveLength(1);
    mount({ text, report, findings: report.findings });
    const note = screen.getByTestId('postwise-note');
    expect(note.textContent).toBe('The text is 100,000 characters long; only the first 50,000 were checked in depth.');
    expect(note.className).toBe('pw-note');
    expect(screen.getByTestId('postwise-badge').getAttribute('data-tone')).not.toBe('off');
  });

  it('says a draft is kept on the page while the storage refuses it, without pausing the badge', () => {
    mount({
      text: 'Draft',
      unsaved: true,
      report: { verdict: 'ok', findings: [], readerStage: 'awareness', readerStageAssumed: true, notes: [] },
    });
    expect(screen.getByTestId('postwise-unsaved').textContent).toMatch(/kept on this page/);
    expect(screen.getByTestId('postwise-badge').getAttribute('data-unsaved')).toBe('true');
    expect(screen.getByTestId('postwise-badge').getAttribute('data-state')).toBe('ready');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdaptPanel } from '@/components/composer/adapt-panel';
import { FoldPreview } from '@/components/composer/fold-preview';
import { diffWords } from '@/lib/analysis/adapt/diff';
import { adapt as rawAdapt } from '@/lib/analysis/adapt/index';
import { foldsOf } from '@/lib/analysis/norms/fold';
import { applyFix } from '@/lib/analysis/text/fix';

afterEach(cleanup);
/** The adaptation with its diff, as the background sends it. */
const adapt = (...args: Parameters<typeof rawAdapt>) => {
  const a = rawAdapt(...args);
  return { ...a, diff: diffWords(args[0].text, a.parts[0]!) };
};
const NOW = Date.UTC(2026, 2, 2, 12);

describe('Adapt for …', () => {
  const text = '**New drop** ✨ link in bio!\n\n#ceramics #handmade #pottery #studio #clay #glaze #kiln';
  const adaptation = adapt({ platform: 'linkedin', kind: 'post', text }, 'linkedin', { now: NOW });

  it('shows the rewrite as a diff before it is applied, then applies it as one replacement', () => {
    const onApply = vi.fn();
    render(<AdaptPanel text={text} adaptation={adaptation} busy={false} onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Adapt for LinkedIn' }));
    const diff = screen.getByTestId('postwise-diff');
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent)).toContain('**');
    expect(diff.querySelector('ins')?.textContent).toContain('the comments');
    expect(screen.getByText('Post the link as the first comment.')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('postwise-adapt-apply'));
    const finding = onApply.mock.calls[0]![0];
    expect(finding.fix.edits).toHaveLength(1);
    expect(applyFix(text, finding.fix)).toBe(adaptation.text);
  });

  it('an X thread: the composer gets the first part, the others are listed', () => {
    const long = 'We rebuilt onboarding this quarter and signups doubled, here is what we changed. '.repeat(6).trim();
    const thread = adapt({ platform: 'x', kind: 'post', text: long }, 'x', { now: NOW });
    const onApply = vi.fn();
    render(<AdaptPanel text={long} adaptation={thread} busy={false} onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Adapt for X' }));
    expect(screen.getByTestId('postwise-thread').querySelectorAll('li')).toHaveLength(thread.parts.length - 1);
    fireEvent.click(screen.getByTestId('postwise-adapt-apply'));
    expect(applyFix(long, onApply.mock.calls[0]![0].fix)).toBe(thread.parts[0]);
  });

  it('shows nothing without an adaptation', () => {
    const { container } = render(<AdaptPanel text="fine" adaptation={undefined} busy={false} onApply={() => {}} />);
    expect(container.textContent).toBe('');
  });
});

describe('the fold preview', () => {
  it('shows the visible part per screen where the post is folded', () => {
    const text = 'A calm and honest opening line that keeps going for a while. '.repeat(6);
    render(<FoldPreview text={text} folds={foldsOf(text, 'facebook', 'post')} />);
    const shown = screen.getAllByTestId('postwise-fold-text');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.textContent).toBe(`${text.slice(0, 125).trimEnd()}… see more`);
  });
});

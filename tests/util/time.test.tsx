// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RestoreOffer } from '@/components/composer/restore-offer';
import { analyze } from '@/lib/analysis/analyze';
import { DAY, HOUR, MINUTE, timeAgo } from '@/lib/util/time';

afterEach(cleanup);

const NOW = Date.UTC(2026, 2, 2, 12);

describe('how long ago', () => {
  it('says it in whole units elapsed', () => {
    expect(timeAgo(NOW, NOW + MINUTE)).toBe('just now');
    expect(timeAgo(NOW, NOW - 59_000)).toBe('just now');
    expect(timeAgo(NOW, NOW - 25 * MINUTE)).toBe('25 min ago');
    expect(timeAgo(NOW, NOW - 59.9 * MINUTE)).toBe('59 min ago');
    expect(timeAgo(NOW, NOW - 90 * MINUTE)).toBe('1 h ago');
    expect(timeAgo(NOW, NOW - 47.9 * HOUR)).toBe('47 h ago');
    expect(timeAgo(NOW, NOW - 48 * HOUR)).toBe('2 days ago');
    expect(timeAgo(NOW, NOW - 6.9 * DAY)).toBe('6 days ago');
  });

  // The card once rounded (1 h 30 min → "2 h ago") while a finding rounded down ("1 h ago").
  it.each([
    ['90 minutes', 90 * MINUTE, '1 h ago'],
    ['29.6 minutes', 29.6 * MINUTE, '29 min ago'],
    ['59.5 minutes', 59.5 * MINUTE, '59 min ago'],
    ['2.6 days', 2.6 * DAY, '2 days ago'],
  ])('the composer card and a cross-post finding say the same of %s', (_what, elapsed, words) => {
    const text = 'Our spring collection is here with fresh colours for every season and every room';
    const report = analyze(
      { platform: 'linkedin', kind: 'post', text },
      { now: NOW, history: [{ id: 'p', platform: 'x', kind: 'post', text, postedAt: NOW - elapsed }], settings: { crosspostDays: 14 } },
    );
    const finding = report.findings.find((f) => f.ruleId === 'crosspost/near-duplicate');
    expect(finding?.message).toContain(`from ${words}`);
    render(<RestoreOffer offer={{ text: 'Saved', updatedAt: NOW - elapsed }} now={NOW} onRestore={() => {}} onDiscard={() => {}} />);
    expect(screen.getByTestId('postwise-restore')).toHaveTextContent(`Restore your saved draft from ${words}?`);
  });
});

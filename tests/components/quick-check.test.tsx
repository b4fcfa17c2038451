// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuickCheck } from '@/components/quick-check';

afterEach(cleanup);

describe('QuickCheck', () => {
  it('says nothing until there is text, then shows the verdict and findings', () => {
    render(<QuickCheck now={() => Date.UTC(2026, 2, 2)} />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'instagram' } });
    fireEvent.change(screen.getByLabelText('Your draft'), {
      target: { value: 'New drop! #a #b #c #d #e #f #g' },
    });
    expect(screen.getByRole('status').textContent).toMatch(/worth a look/);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('asks what the reply answers only for replies and comments', () => {
    render(<QuickCheck />);
    expect(screen.queryByLabelText(/Replying to/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'reply' } });
    expect(screen.getByLabelText(/Replying to/)).toBeTruthy();
  });

  it('calls a friendly post good to go', () => {
    render(<QuickCheck />);
    fireEvent.change(screen.getByLabelText('Your draft'), { target: { value: 'Happy Friday, everyone! What are you reading this weekend?' } });
    expect(screen.getByRole('status').textContent).toBe('Looks good to go.');
  });
});

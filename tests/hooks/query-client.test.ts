import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/hooks/query-client';

describe('createQueryClient', () => {
  it('reports failed queries and mutations to one place', async () => {
    const onError = vi.fn();
    const client = createQueryClient(onError);
    await client.fetchQuery({ queryKey: ['a'], queryFn: () => Promise.reject(new Error('query broke')) }).catch(() => {});
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(new Error('mutation broke')) })
      .execute(undefined)
      .catch(() => {});
    expect(onError.mock.calls.map(([e]) => (e as Error).message)).toEqual(['query broke', 'mutation broke']);
  });

  it('leaves a query whose page shows its error in place to that page', async () => {
    const onError = vi.fn();
    const client = createQueryClient(onError);
    await client
      .fetchQuery({ queryKey: ['b'], queryFn: () => Promise.reject(new Error('shown inline')), meta: { errorShownInline: true } })
      .catch(() => {});
    expect(onError).not.toHaveBeenCalled();
  });
});

/** Query keys for everything the pages read from the background; every key starts with 'postwise'. */
import type { Draft } from '../analysis/schemas';

export const queryKeys = {
  all: ['postwise'] as const,
  settings: () => ['postwise', 'settings'] as const,
  segments: () => ['postwise', 'segments'] as const,
  /** The popup's numbers: a changed contact, setting or import refreshes them. */
  coaching: () => ['postwise', 'coaching'] as const,
  contactList: () => ['postwise', 'contact-list'] as const,
  /** Every batch (`reviewBatch()`) or one batch's reviews. */
  reviewBatch: (prefix?: string) => (prefix ? (['postwise', 'review-batch', prefix] as const) : (['postwise', 'review-batch'] as const)),
  analysis: (draft?: Draft) => (draft ? (['postwise', 'analysis', draft] as const) : (['postwise', 'analysis'] as const)),
};

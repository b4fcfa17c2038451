/** Query keys for everything the background stores; every key starts with 'postwise'. */
import type { Draft, Platform } from '../analysis/schemas';

export const queryKeys = {
  all: ['postwise'] as const,
  settings: () => ['postwise', 'settings'] as const,
  stats: (sinceDays?: number) => ['postwise', 'stats', sinceDays ?? 'all'] as const,
  drafts: () => ['postwise', 'drafts'] as const,
  draft: (key: string) => ['postwise', 'drafts', key] as const,
  contact: (platform: Platform, handle: string) => ['postwise', 'contacts', platform, handle.trim().replace(/^@/, '').toLowerCase()] as const,
  segments: () => ['postwise', 'segments'] as const,
  reviews: (draftKey: string) => ['postwise', 'reviews', draftKey] as const,
  /** Under 'stats' so everything that refreshes the stats refreshes the coaching too. */
  coaching: () => ['postwise', 'stats', 'coaching'] as const,
  contactList: () => ['postwise', 'contact-list'] as const,
  reviewBatch: (prefix: string) => ['postwise', 'review-batch', prefix] as const,
  analysis: (draft?: Draft) => (draft ? (['postwise', 'analysis', draft] as const) : (['postwise', 'analysis'] as const)),
};

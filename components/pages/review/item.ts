/** One draft under review and the key its decision is stored under. */
import type { Draft, Report } from '@/lib/analysis/schemas';
import { FNV_OFFSET, FNV_PRIME } from '@/lib/util/hash';

/** One draft under review, with its report once checked. */
export interface ReviewItem {
  /** The reviews table's draft key: "review:" + a hash of the draft, so decisions survive a re-import. */
  key: string;
  /** Where it came from: its line in the file, or null when pasted. */
  line: number | null;
  draft: Draft;
  /** When it is scheduled (posted_at), epoch ms: it is checked as of then and counts as published after. */
  postedAt?: number;
  report?: Report;
  /** The draft rewritten to its network's norms, when that changes it: one text, or an X thread's parts. */
  adapted?: string[];
}

/** Every review made on this page has a draft key starting with this. */
export const REVIEW_PREFIX = 'review:';

export function draftKey(draft: Draft): string {
  return (
    REVIEW_PREFIX + reviewHash(JSON.stringify([draft.platform, draft.kind, draft.text, draft.replyTo?.text ?? '', draft.readerStage ?? '']))
  );
}

/**
 * The hash in every stored review's key since version one. It must never change: a review row
 * keeps neither the platform nor the post answered, so keys can't be recomputed, and a new hash
 * would unhook every decision already made from its draft. (FNV-1a, then a second, mixed FNV.)
 */
export function reviewHash(text: string): string {
  let a = FNV_OFFSET;
  let b = FNV_PRIME ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function itemFromDraft(draft: Draft, line: number | null = null, postedAt?: number): ReviewItem {
  const item: ReviewItem = { key: draftKey(draft), line, draft };
  if (postedAt !== undefined && Number.isFinite(postedAt)) item.postedAt = postedAt;
  return item;
}

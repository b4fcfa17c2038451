/**
 * Whose funnel stage a draft addresses: for a reply, the person answered (remembered per contact);
 * for a post, the audience segment that is the default for this platform, else the settings'
 * default stage. A stage picked in the card for a post applies to that draft.
 */
import type { Kind, Platform, ReplyContext, Stage } from '../analysis/schemas';
import type { SegmentRow } from '../contract/schemas';
import type { Send } from '../messaging/messenger';

/** The reader's stage as the card shows it. */
export interface StageView {
  /** The stage sent with the draft; undefined means "assume the settings' default". */
  stage?: Stage;
  /** The stage the card shows (the default when `stage` is undefined). */
  shown: Stage;
  /** Where it comes from ('inferred': read from the post answered, see withInferred). */
  source: 'contact' | 'segment' | 'draft' | 'default' | 'inferred';
  /** For an inferred stage: what the post answered mentions ("their order"). */
  inferredFrom?: string;
  /** The contact's handle or the segment's name. */
  who?: string;
  /** What a pick changes: the contact (replies to someone) or this draft (posts). */
  target: 'contact' | 'draft';
}

/** The segment that is the default audience for a platform (and account, when known). */
export function segmentFor(segments: readonly SegmentRow[], platform: Platform, account?: string): SegmentRow | undefined {
  const byAccount = account ? segments.find((s) => s.accounts.includes(account)) : undefined;
  return byAccount ?? segments.find((s) => s.platforms.includes(platform));
}

/** Looks the reader's stage up through the background. Never throws except on invalidation. */
export async function resolveStage(
  send: Send,
  draft: { platform: Platform; kind: Kind; replyTo?: ReplyContext; readerStage?: Stage },
): Promise<StageView> {
  const author = draft.kind !== 'post' ? draft.replyTo?.author?.trim() : undefined;
  const context = await send({ type: 'get-composer-context', platform: draft.platform });
  const fallback = context.defaultStage;
  if (author) {
    const contact = await send({ type: 'get-contact', platform: draft.platform, handle: author });
    if (contact) return { stage: contact.stage, shown: contact.stage, source: 'contact', who: author, target: 'contact' };
    return { shown: fallback, source: 'default', who: author, target: 'contact' };
  }
  if (draft.readerStage) return { stage: draft.readerStage, shown: draft.readerStage, source: 'draft', target: 'draft' };
  const segment = context.segment;
  if (segment) return { stage: segment.stage, shown: segment.stage, source: 'segment', who: segment.name, target: 'draft' };
  return { shown: fallback, source: 'default', target: 'draft' };
}

/**
 * The stage as the card shows it once the engine has read the draft: when nobody set the stage of
 * the person answered, the engine reads it from their post ("my order…": a customer) and the
 * card says so instead of "assuming" the default. `stage` stays unset, so the draft keeps being
 * read that way until a pick sets it.
 */
export function withInferred(
  view: StageView | undefined,
  report: { readerStage: Stage; readerStageInferredFrom?: string } | undefined,
): StageView | undefined {
  if (!view || view.source !== 'default' || !report?.readerStageInferredFrom) return view;
  return { ...view, shown: report.readerStage, source: 'inferred', inferredFrom: report.readerStageInferredFrom };
}

/**
 * What the complaint rules share, computed once per analysis through ctx.memo (keys start with
 * "complaint/"): the replied-to post's classification and what the reply offers.
 */
import type { RuleContext } from '../rule';
import { classifyComplaint, type ComplaintResult } from './classify';
import { needsPrivateChannel, type NeedsPrivateResult } from './needs-private';
import { detectPrivateChannel, findPublicDataAsks, type ChannelResult, type DataAsk } from './channel';

/** The classification of the post being answered; null when the draft answers nothing. */
export function repliedComplaint(ctx: RuleContext): ComplaintResult | null {
  return ctx.memo('complaint/replied', () => {
    const replyTo = ctx.draft.replyTo;
    if (ctx.draft.kind === 'post' || !replyTo) return null;
    return classifyComplaint(replyTo.text);
  });
}

/** Whether the post being answered needs a private channel; null when the draft answers nothing. */
export function repliedNeedsPrivate(ctx: RuleContext): NeedsPrivateResult | null {
  return ctx.memo('complaint/needs-private', () => {
    const replyTo = ctx.draft.replyTo;
    if (ctx.draft.kind === 'post' || !replyTo) return null;
    return needsPrivateChannel(replyTo.text);
  });
}

/** True when the draft is a reply or comment to a complaint: the only drafts these rules read. */
export function isComplaintReply(ctx: RuleContext): boolean {
  return repliedComplaint(ctx)?.complaint === true;
}

/** The private channels the draft offers. */
export function replyChannels(ctx: RuleContext): ChannelResult {
  return ctx.memo('complaint/channels', () => detectPrivateChannel(ctx.text));
}

/** The draft's public requests for personal data. */
export function replyDataAsks(ctx: RuleContext): DataAsk[] {
  return ctx.memo('complaint/data-asks', () => findPublicDataAsks(ctx.text));
}

/** The confidence to report in findings' data, rounded to two decimals. */
export function confidenceData(ctx: RuleContext): { complaintConfidence: number } {
  return { complaintConfidence: Math.round((repliedComplaint(ctx)?.confidence ?? 0) * 100) / 100 };
}

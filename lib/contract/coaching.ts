/**
 * What the coaching popup shows, computed by the background from the local history and findings
 * log: this week against last week, the 80/20 gauge and CTA stages per platform, how complaints
 * were answered, and tips drawn from the user's own findings. Pure zod (the protocol imports it).
 */
import { z } from 'zod';
import { CategorySchema, PlatformSchema, StageSchema } from '../analysis/schemas';

const Count = z.number().int().nonnegative();
const Time = z.number().int().nonnegative();
const EventCounts = z.object({ shown: Count, fixed: Count, dismissed: Count });

/** One week (seven days) of activity. */
export const WeekSummarySchema = z.object({
  /** Start of the week, epoch ms (inclusive). */
  from: Time,
  /** End of the week, epoch ms (exclusive). */
  to: Time,
  /** Published posts Postwise saw or imported. */
  posts: Count,
  /** Published replies and comments. */
  replies: Count,
  /** Findings shown, fixed and dismissed in the composers. */
  findings: EventCounts,
  /** The same per category (every category is present). */
  byCategory: z.record(CategorySchema, EventCounts),
});
export type WeekSummary = z.infer<typeof WeekSummarySchema>;

/** The 80/20 gauge and the CTA stages asked for on one platform, over its last posts. */
export const PlatformCoachingSchema = z.object({
  platform: PlatformSchema,
  /** How many recent posts were looked at (at most 20). */
  recent: Count,
  promotional: Count,
  /** promotional / recent, or null without posts. */
  share: z.number().min(0).max(1).nullable(),
  /** Posts whose call to action asked for each stage. */
  ctaStages: z.record(StageSchema, Count),
  /** Posts that only invited conversation ("what do you think?"). */
  conversation: Count,
  /** Posts without any call to action. */
  noCta: Count,
});
export type PlatformCoaching = z.infer<typeof PlatformCoachingSchema>;

/** A complaint answered in public only (no DM, email, phone, chat or form offered). */
export const PublicOnlyReplySchema = z.object({
  postId: z.string(),
  platform: PlatformSchema,
  /** The reply, cut for display. */
  text: z.string(),
  /** The complaint it answered, cut for display. */
  complaint: z.string(),
  time: Time,
  /** How long the complaint waited for this reply, when its time is known. */
  waitedMs: z.number().int().nonnegative().nullable(),
});

/** How this week's complaints were answered. */
export const ComplaintCoachingSchema = z.object({
  /** Replies and comments this week that answered a complaint. */
  replies: Count,
  /** Of those, how many offered a private channel. */
  movedPrivate: Count,
  /** The rest: answered in public only (newest first, at most 5). */
  publicOnly: z.array(PublicOnlyReplySchema),
  publicOnlyCount: Count,
  /** How long complaints waited for the reply (only replies whose complaint time was seen). */
  waits: z.object({ measured: Count, medianMs: z.number().nullable(), longestMs: z.number().nullable() }),
  /** Replies to complaints still sitting in drafts: those complaints have no answer yet. */
  unanswered: Count,
});
export type ComplaintCoaching = z.infer<typeof ComplaintCoachingSchema>;

/** A tip drawn from the user's own recent findings. */
export const TipSchema = z.object({
  /** The rule whose findings it answers. */
  ruleId: z.string(),
  category: CategorySchema,
  /** What to do, one line. */
  title: z.string(),
  /** Why, in plain words (the essays' reasoning). */
  reasoning: z.string(),
  /** Where the reasoning comes from (an essay of shared/seeds, or SPEC). */
  source: z.string(),
  /** How often the rule's findings were shown in the last four weeks. */
  shown: Count,
  dismissed: Count,
  fixed: Count,
});
export type Tip = z.infer<typeof TipSchema>;

export const CoachingSchema = z.object({
  now: Time,
  thisWeek: WeekSummarySchema,
  lastWeek: WeekSummarySchema,
  /** Platforms with at least one post kept. */
  platforms: z.array(PlatformCoachingSchema),
  /** The healthy promotional share from settings (0.2 by default). */
  promoShare: z.number().min(0).max(1),
  complaints: ComplaintCoachingSchema,
  tips: z.array(TipSchema).max(3),
  /** Everything kept, to tell a new user from a quiet week. */
  totals: z.object({ posts: Count, findings: Count }),
});
export type Coaching = z.infer<typeof CoachingSchema>;

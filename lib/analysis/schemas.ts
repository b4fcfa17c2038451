/**
 * The engine's input and output shapes. Each zod schema is the source of truth for its type, so
 * the same shapes validate messages, imports and CLI input at every boundary.
 */
import { z } from 'zod';
import { SEVERITIES } from '../util/severity';

/** The four networks Postwise sits beside. */
export const PLATFORMS = ['x', 'facebook', 'linkedin', 'instagram'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** Human names for messages. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
};

/** What is being written: a new post, a reply (X) or a comment (Facebook, LinkedIn, Instagram). */
export const KINDS = ['post', 'reply', 'comment'] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

/** The cyclic funnel, in order: advocates bring new people in at the top. */
export const STAGES = ['awareness', 'interest', 'consideration', 'conversion', 'loyalty', 'advocacy'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** The post or comment being answered. */
export const ReplyContextSchema = z.object({
  /** Its text as shown on the page. */
  text: z.string(),
  /** Its author's handle or name, when the page shows it. */
  author: z.string().optional(),
});
export type ReplyContext = z.infer<typeof ReplyContextSchema>;

/** What the user is writing now. */
export const DraftSchema = z.object({
  platform: PlatformSchema,
  kind: KindSchema,
  text: z.string(),
  /** The post or comment this draft answers (replies and comments). */
  replyTo: ReplyContextSchema.optional(),
  /** The funnel stage of the reader; when absent the settings' default audience stage is assumed. */
  readerStage: StageSchema.optional(),
  /** The account the draft is written from, when the user has several. */
  account: z.string().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** One post or reply the user already published. */
export const HistoryItemSchema = z.object({
  id: z.string().optional(),
  platform: PlatformSchema,
  kind: KindSchema,
  text: z.string(),
  /** When it was published: an ISO 8601 time or epoch milliseconds. */
  postedAt: z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date(), z.number().int()]),
  account: z.string().optional(),
  url: z.string().optional(),
  replyTo: ReplyContextSchema.optional(),
  /** Whether it was promotional, when known; otherwise the engine decides from the text. */
  promotional: z.boolean().optional(),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

/** Limits and habits of one platform; every field overrides the built-in default. */
export const NormOverrideSchema = z.object({
  /** Hard length limit of a post (X Premium: 25,000). */
  postLimit: z.number().int().positive().optional(),
  /** Hard length limit of a reply or comment. */
  commentLimit: z.number().int().positive().optional(),
  /** Most hashtags before the platform's habit is exceeded. */
  hashtagHabit: z.number().int().nonnegative().optional(),
  /** Hashtags the platform accepts at most (Instagram: 5). */
  hashtagCap: z.number().int().nonnegative().optional(),
});

/** The user's settings that change what the engine says. */
export const SettingsSchema = z.object({
  /** Support address offered in complaint handoffs, e.g. help@brand.com. */
  supportEmail: z.email().optional(),
  /** DM handle or wording, e.g. "@BrandHelp". */
  dmHandle: z.string().max(100).optional(),
  /** Support phone number. */
  supportPhone: z.string().max(40).optional(),
  /** The handoff line inserted by the one-click fix; {email}, {dm} and {phone} are filled in. */
  handoffTemplate: z.string().max(500).optional(),
  /** The stage assumed when the reader's stage is unknown. */
  defaultStage: StageSchema.default('awareness'),
  /** Per-platform overrides of the built-in norms. */
  norms: z.partialRecord(PlatformSchema, NormOverrideSchema).default({}),
  /** "My X account has Premium": long X posts and replies are allowed, folded at ~280. */
  xPremium: z.boolean().default(false),
  /** Rule ids switched off. */
  disabledRules: z.array(z.string()).default([]),
  /** How far back a cross-post is looked for, in days. */
  crosspostDays: z.number().int().min(1).max(365).default(14),
  /** Largest healthy share of promotional posts (the 80/20 rule). */
  promoShare: z.number().min(0).max(1).default(0.2),
  /** The brand's own call to action per stage (the stage playbook), used for suggestions. */
  stageCtas: z.partialRecord(StageSchema, z.string().max(200)).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const CATEGORIES = ['platform-norms', 'crosspost', 'cta-stage', 'promo-ratio', 'complaint'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** info: worth knowing; warn: worth changing; fix: should not go out like this. */
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** A range of UTF-16 code units in the draft's text, end exclusive. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** One text edit: replace [start, end) with text; start === end is an insertion. */
export const EditSchema = SpanSchema.extend({ text: z.string() });
export type Edit = z.infer<typeof EditSchema>;

/** A change the UI can apply in one click. Edits never overlap and are sorted by start. */
export const FixSchema = z.object({
  /** Button label, e.g. "Add a DM handoff". */
  label: z.string(),
  edits: z.array(EditSchema),
});
export type Fix = z.infer<typeof FixSchema>;

/** Something worth the writer's attention. Plain data: crosses messaging unchanged. */
export const FindingSchema = z.object({
  /** Stable rule id, e.g. "cta/stage-jump". */
  ruleId: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  /** Stable id of the message within the rule, for tests and the findings log. */
  messageId: z.string(),
  /** One line a person understands. */
  message: z.string(),
  /** Why it matters: the norm or the funnel reasoning. */
  explanation: z.string(),
  /** The parts of the text this is about (may be empty when it is about the whole draft). */
  spans: z.array(SpanSchema),
  fix: FixSchema.optional(),
  /** Facts behind the finding (counts, limits, matched post ids) for UIs and reports. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const VerdictSchema = z.enum(['ok', 'warn', 'fix']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** One ask the engine read in the draft, with the funnel stage it asks for. */
export const ReadCtaSchema = SpanSchema.extend({
  text: z.string(),
  /** A funnel stage, or "conversation" for a prompt to reply or comment. */
  stage: z.enum([...STAGES, 'conversation']),
});

/** How the engine read the post being answered. */
export const ComplaintReadingSchema = z.object({
  /** 0..1: how sure the classifier is that the post is a complaint about the brand. */
  confidence: z.number().min(0).max(1),
  /** Whether answering it needs a private channel (their money, order, account, safety…). */
  needsPrivate: z.boolean(),
  /** The words that weighed most, as "kind “words”", then why a private channel is or is not needed. */
  reasons: z.array(z.string()),
});
export type ComplaintReading = z.infer<typeof ComplaintReadingSchema>;

/** What analyze() returns. */
/** A draft rewritten to its network's norms (adapt()), for the composer card's "Adapt for …". */
export const AdaptationSchema = z.object({
  target: PlatformSchema,
  kind: KindSchema,
  /** The adapted text (an X thread's parts joined by blank lines). */
  text: z.string(),
  /** One element, or the parts of an X thread. */
  parts: z.array(z.string()),
  /** What was changed, one short sentence each. */
  changes: z.array(z.string()),
  /** What the writer should still do by hand. */
  notes: z.array(z.string()),
  /** The draft against the first part, word by word (the card shows it before applying). */
  diff: z.array(z.object({ kind: z.enum(['same', 'removed', 'added']), text: z.string() })).optional(),
});
export type Adaptation = z.infer<typeof AdaptationSchema>;

/** What the reader sees of a post before "see more" on one kind of screen. */
export const FoldViewSchema = z.object({
  device: z.enum(['desktop', 'mobile', 'all']),
  /** UTF-16 offset where the visible part ends. */
  end: z.number().int().nonnegative(),
  /** True when some text is behind "see more". */
  folded: z.boolean(),
  /** The network's budget in characters, and in lines (0 when it folds by characters only). */
  chars: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
});
export type FoldView = z.infer<typeof FoldViewSchema>;

export const ReportSchema = z.object({
  verdict: VerdictSchema,
  findings: z.array(FindingSchema),
  /** The reader stage used and whether it was assumed from settings. */
  readerStage: StageSchema,
  readerStageAssumed: z.boolean(),
  /**
   * When nobody set the stage of the person answered, what their post mentions that it was read
   * from ("their order"): `readerStage` is then that stage, and one pick in the card corrects it.
   */
  readerStageInferredFrom: z.string().optional(),
  /** Notes about the analysis itself (e.g. a very long text cut for speed). */
  notes: z.array(z.string()),
  /** The composer's extras: the draft adapted to its network when it breaks the norms… */
  adaptation: AdaptationSchema.optional(),
  /** …and where "see more" cuts it. */
  folds: z.array(FoldViewSchema).optional(),
  /** The asks read in the draft, in order. */
  ctas: z.array(ReadCtaSchema).optional(),
  /** The reading of the post being answered (replies and comments only). */
  complaint: ComplaintReadingSchema.optional(),
});
export type Report = z.infer<typeof ReportSchema>;

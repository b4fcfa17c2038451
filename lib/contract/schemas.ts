/**
 * The shape of every stored row. Each zod schema is the source of truth for its type; the same
 * schemas validate messages, export files and imports, so nothing malformed reaches IndexedDB.
 */
import { z } from 'zod';
import { MAX_DRAFT_CHARS } from './limits';
import {
  DraftSchema,
  KindSchema,
  PlatformSchema,
  ReplyContextSchema,
  SettingsSchema,
  StageSchema,
  CategorySchema,
  type HistoryItem,
} from '../analysis/schemas';

/** Epoch milliseconds. */
const Time = z.number().int().nonnegative();

/** One post, reply or comment the user published. */
export const PostRowSchema = z.object({
  /** Stable id (a UUID, or a hash of the line for CSV imports so a re-import does not duplicate). */
  id: z.string().min(1),
  platform: PlatformSchema,
  kind: KindSchema,
  /** The account it was published from, when the user has several. */
  account: z.string().optional(),
  text: z.string(),
  /** When it was published, epoch ms (schema v1 kept an ISO string in `postedAt`). */
  time: Time,
  /** Set when the time could not be read (an upgraded v1 row): `time` is then 0 and retention keeps the row. */
  timeUnknown: z.literal(true).optional(),
  /** Its address on the site, when known. */
  url: z.string().optional(),
  /** The post or comment it answered. */
  replyTo: ReplyContextSchema.optional(),
  /** When the post it answered was published, epoch ms, when the page showed it (how long the reply took). */
  replyToTime: Time.optional(),
  /** The funnel stage its call to action addressed, when known. */
  ctaStage: StageSchema.optional(),
  /** Whether it was promotional, when the user said so; otherwise the engine decides from the text. */
  promotional: z.boolean().optional(),
  /** How it got here: seen published by the extension, or imported from a CSV file. */
  source: z.enum(['recorded', 'csv']).default('recorded'),
});
export type PostRow = z.infer<typeof PostRowSchema>;

/** The engine's view of a stored post. */
export function toHistoryItem(row: PostRow): HistoryItem {
  const item: HistoryItem = { id: row.id, platform: row.platform, kind: row.kind, text: row.text, postedAt: row.time };
  if (row.account !== undefined) item.account = row.account;
  if (row.url !== undefined) item.url = row.url;
  if (row.replyTo !== undefined) item.replyTo = row.replyTo;
  if (row.promotional !== undefined) item.promotional = row.promotional;
  return item;
}

/** A post to record: the id and source are filled in when absent. */
export const PostInputSchema = PostRowSchema.extend({ id: z.string().min(1).optional() });
export type PostInput = z.input<typeof PostInputSchema>;

/**
 * Identifies one composer: its platform, kind and the adapter's id for it, e.g.
 * "x:post:tweetTextarea_0" or "linkedin:comment:<post>#<hash>"; the reviewers' page uses "review:<hash>".
 */
export const ComposerKeySchema = z.string().min(1).max(2000);

/** A page load's id for its drafts (random, made by the content script). */
export const DraftSlotSchema = z.string().min(1).max(100);

/** An older draft of the same composer, kept while the user wrote a new one beside its restore offer. */
export const EarlierDraftSchema = z.object({
  text: z.string().max(MAX_DRAFT_CHARS, `a saved draft keeps at most ${MAX_DRAFT_CHARS.toLocaleString('en')} characters`),
  /** When it was saved, epoch ms. */
  updatedAt: Time,
  /** The page load (tab) that wrote it: two tabs on one composer each keep their own draft. */
  slot: DraftSlotSchema.optional(),
});
/** Older drafts a row keeps at most (lib/content/autosave.ts MAX_EARLIER_DRAFTS keeps as many). */
export const MAX_EARLIER_DRAFTS = 5;

/** An autosaved draft, one per composer, so a closed tab or a crash loses nothing. */
export const DraftRowSchema = z.object({
  key: ComposerKeySchema,
  /** The draft as the engine reads it: platform, kind, text, reply context, reader stage, account. */
  ...DraftSchema.shape,
  text: EarlierDraftSchema.shape.text,
  /** The page load (tab) that wrote the newest draft. */
  slot: DraftSlotSchema.optional(),
  /** The page the composer was on. */
  url: z.string().optional(),
  /** Last save, epoch ms. */
  updatedAt: Time,
  /** Drafts that were offered for restoring while this one was written, newest first (none in older rows). */
  earlier: z.array(EarlierDraftSchema).max(MAX_EARLIER_DRAFTS).optional(),
});
export type DraftRow = z.infer<typeof DraftRowSchema>;

/** A handle as stored: trimmed, lower case, without a leading "@". */
export const HandleSchema = z
  .string()
  .transform((h) => h.trim().replace(/^@/, '').toLowerCase())
  .pipe(z.string().min(1, 'a handle cannot be empty').max(200));

/** Someone the brand talks to, and where they are in the funnel. */
export const ContactRowSchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  stage: StageSchema,
  /** Their name, used where their handle does not tag (a draft adapted for another network). */
  name: z.string().trim().min(1).max(200).optional(),
  note: z.string().max(2000).optional(),
  updatedAt: Time,
});
export type ContactRow = z.infer<typeof ContactRowSchema>;

/** A named audience with its funnel stage and the platforms/accounts it is the default for. */
export const SegmentRowSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  stage: StageSchema,
  platforms: z.array(PlatformSchema).default([]),
  accounts: z.array(z.string()).default([]),
});
export type SegmentRow = z.infer<typeof SegmentRowSchema>;

/** A short free-text field of the stage brief. */
const BriefText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).optional();

/**
 * The brand's five-step brief for one funnel stage (essay 000): the goal and how it is measured,
 * who the audience is, what they think of the brand now, the offer and key message, and the call
 * to action that fits the stage.
 */
export const StageBriefSchema = z.object({
  /** (1) The result wanted, e.g. "500 new newsletter subscribers this quarter". */
  goal: BriefText(500),
  /** (1) How it is measured and where responses are captured. */
  measure: BriefText(500),
  /** (2) Who: role, industry, place, psychographics, values, behaviour. */
  audience: BriefText(1000),
  /** (3) Their current perceptions: what to reinforce, what to change. */
  perceptions: BriefText(1000),
  /** (4) The offer, value proposition and key message. */
  offer: BriefText(1000),
  /** (5) The call to action for this stage, in the brand's words (the engine suggests it). */
  cta: BriefText(200),
});
export type StageBrief = z.infer<typeof StageBriefSchema>;

/** The stage playbook: a brief per funnel stage (stages without one are simply absent). */
export const PlaybookSchema = z.partialRecord(StageSchema, StageBriefSchema);

/** The engine's settings plus the ones only storage and the pages read. */
export const StoredSettingsSchema = SettingsSchema.extend({
  /** Published posts and the findings log are kept this many days. */
  retentionDays: z.number().int().min(1).max(3650).default(180),
  /** The stage playbook; its CTAs are mirrored into `stageCtas` for the engine. */
  playbook: PlaybookSchema.default({}),
  /** Sites where Postwise shows no badge (the popup's per-site switch). */
  sitesOff: z.array(PlatformSchema).max(4).default([]),
});
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;
export type StoredSettingsInput = z.input<typeof StoredSettingsSchema>;

/** A change to settings: given keys replace, null clears an optional key (or resets it to its default). */
export type SettingsPatch = { [K in keyof StoredSettingsInput]?: StoredSettingsInput[K] | null };

/** The single settings row. */
export const SETTINGS_ID = 'settings';
export const SettingsRowSchema = StoredSettingsSchema.extend({ id: z.literal(SETTINGS_ID) });
export type SettingsRow = z.infer<typeof SettingsRowSchema>;

/** What happened to a finding in a composer. */
export const FindingEventSchema = z.enum(['shown', 'fixed', 'dismissed']);
export type FindingEvent = z.infer<typeof FindingEventSchema>;

/** One entry of the findings log (what the coaching popup learns from). */
export const FindingLogRowSchema = z.object({
  /** Auto-incremented by the database. */
  id: z.number().int().positive(),
  ruleId: z.string().min(1),
  category: CategorySchema.optional(),
  event: FindingEventSchema,
  platform: PlatformSchema,
  time: Time,
  /** The composer key of the draft it was shown on. */
  draftKey: z.string().optional(),
});
export type FindingLogRow = z.infer<typeof FindingLogRowSchema>;
export const FindingLogInputSchema = FindingLogRowSchema.omit({ id: true });
export type FindingLogInput = z.input<typeof FindingLogInputSchema>;

/** What a reviewer decided about a draft (not the report's verdict, which the engine gives). */
export const DecisionSchema = z.enum(['approved', 'changes-requested', 'rejected']);

/** A reviewer's decision on a draft. */
export const ReviewRowSchema = z.object({
  id: z.string().min(1),
  /** The key of the draft reviewed: `review:` + a hash of the draft (the reviewers' page). */
  draftKey: z.string().min(1),
  decision: DecisionSchema,
  note: z.string().max(5000).default(''),
  reviewer: z.string().max(200).optional(),
  /** The draft text the decision is about. */
  text: z.string().optional(),
  time: Time,
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;
export const ReviewInputSchema = ReviewRowSchema.extend({ id: z.string().min(1).optional() });
export type ReviewInput = z.input<typeof ReviewInputSchema>;

const Count = z.number().int().nonnegative();

/** What an import wrote. */
export const ImportSummarySchema = z.object({
  /** The format version of the file read (older versions are migrated). */
  fromVersion: z.number().int(),
  counts: z.record(z.string(), Count),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** What a CSV import of past posts wrote, and the lines it could not read. */
export const CsvImportSummarySchema = z.object({
  imported: Count,
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type CsvImportSummary = z.infer<typeof CsvImportSummarySchema>;

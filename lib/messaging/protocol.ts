/**
 * The typed protocol between content scripts / extension pages and the background. Requests are a
 * zod discriminated union on `type`; every response is `{ ok: true, data }` or
 * `{ ok: false, error, problems? }`, and `data` has its own schema per request type.
 * This module is pure (zod only) so content scripts can import it without reaching IndexedDB.
 */
import { z } from 'zod';
import { DraftSchema, KindSchema, PlatformSchema, ReportSchema, StageSchema } from '../analysis/schemas';
import { CoachingSchema } from '../contract/coaching';
import { ExportFileSchema } from '../contract/export-format';
import {
  ComposerKeySchema,
  ContactRowSchema,
  CsvImportSummarySchema,
  DraftRowSchema,
  DraftSlotSchema,
  FindingLogInputSchema,
  ImportSummarySchema,
  PostInputSchema,
  PostRowSchema,
  ReviewInputSchema,
  ReviewRowSchema,
  SegmentRowSchema,
  StoredSettingsSchema,
} from '../contract/schemas';

/** All of the settings a composer sees: never the playbook, the contacts or other sites' segments. */
export const ComposerContextSchema = z.object({
  /** The popup's per-site switch: false when the user turned Postwise off on this site. */
  siteOn: z.boolean(),
  defaultStage: StageSchema,
  segment: z.object({ name: z.string(), stage: StageSchema }).optional(),
});

const msg = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

/** Every request the background answers. */
export const RequestSchema = z.discriminatedUnion('type', [
  /**
   * Check a draft against the warm history and the saved settings. While the history index is
   * still loading (just after the service worker woke) the answer comes at once without the
   * history checks, marked historyPending; `waitForHistory` asks for the complete answer.
   */
  msg('analyze', { draft: DraftSchema, now: z.number().optional(), waitForHistory: z.boolean().optional() }),
  /** A post or reply was published: add it to the history. */
  msg('record-post', { post: PostInputSchema }),
  /** `replaces`: the slots whose drafts this tab supersedes (those it was offered); other tabs' drafts are kept. */
  msg('save-draft', {
    draft: DraftRowSchema.extend({ updatedAt: z.number().int().nonnegative().optional() }),
    replaces: z.array(DraftSlotSchema).max(20).optional(),
  }),
  msg('get-draft', { key: ComposerKeySchema }),
  /** With a slot: only that tab's drafts (and those it `replaces`) go. Without: all of them. */
  msg('delete-draft', { key: ComposerKeySchema, slot: DraftSlotSchema.optional(), replaces: z.array(DraftSlotSchema).max(20).optional() }),
  msg('get-contact', { platform: PlatformSchema, handle: z.string() }),
  msg('set-contact', {
    platform: PlatformSchema,
    handle: z.string(),
    stage: StageSchema,
    name: z.string().max(200).optional(),
    note: z.string().max(2000).optional(),
  }),
  msg('list-segments', {}),
  /** What a composer on one site needs of the settings: the default stage, that site's audience segment. */
  msg('get-composer-context', { platform: PlatformSchema }),
  msg('save-segment', { segment: SegmentRowSchema.extend({ id: z.string().min(1).optional() }) }),
  msg('delete-segment', { id: z.string().min(1) }),
  /** Findings shown, fixed or dismissed in a composer. */
  msg('log-findings', { events: z.array(FindingLogInputSchema).max(1000) }),
  msg('save-review', { review: ReviewInputSchema }),
  msg('get-settings', {}),
  /** Given keys replace, null clears; the merged settings are validated as a whole. */
  msg('set-settings', { patch: z.record(z.string(), z.unknown()) }),
  msg('export', {}),
  /** An export file (text or parsed JSON); `replace` by default. */
  msg('import', { file: z.unknown(), mode: z.enum(['replace', 'merge']).optional() }),
  /** Past posts as CSV text. */
  msg('import-csv', { csv: z.string().max(50_000_000) }),
  /** Deletes everything; `confirm: true` must be sent explicitly. */
  msg('wipe', { confirm: z.literal(true) }),

  // --- Extension pages (popup, options, reviewers' page) ---
  /** The coaching popup's numbers as of now. */
  msg('get-coaching', {}),
  /** Every known contact, newest change first. */
  msg('list-contacts', {}),
  msg('delete-contact', { platform: PlatformSchema, handle: z.string() }),
  /** Reviews whose draft key starts with `prefix` (a reviewed batch), oldest first. */
  msg('list-review-batch', { prefix: z.string().min(1).max(200) }),
]);
export type Request = z.input<typeof RequestSchema>;
export type ParsedRequest = z.output<typeof RequestSchema>;
export type RequestType = ParsedRequest['type'];
export type RequestOf<T extends RequestType> = Extract<ParsedRequest, { type: T }>;

/** What each request answers with. */
export const ResponseDataSchemas = {
  analyze: ReportSchema.extend({ historyPending: z.literal(true).optional() }),
  'record-post': PostRowSchema,
  'save-draft': DraftRowSchema,
  'get-draft': DraftRowSchema.nullable(),
  'delete-draft': z.object({ deleted: z.boolean() }),
  'get-contact': ContactRowSchema.nullable(),
  'set-contact': ContactRowSchema,
  'list-segments': z.array(SegmentRowSchema),
  'get-composer-context': ComposerContextSchema,
  'save-segment': SegmentRowSchema,
  'delete-segment': z.object({ deleted: z.boolean() }),
  'log-findings': z.object({ logged: z.number().int().nonnegative() }),
  'save-review': ReviewRowSchema,
  'get-settings': StoredSettingsSchema,
  'set-settings': StoredSettingsSchema,
  export: ExportFileSchema,
  import: ImportSummarySchema,
  'import-csv': CsvImportSummarySchema,
  wipe: z.object({ wiped: z.literal(true) }),

  // --- Extension pages ---
  'get-coaching': CoachingSchema,
  'list-contacts': z.array(ContactRowSchema),
  'delete-contact': z.object({ deleted: z.boolean() }),
  'list-review-batch': z.array(ReviewRowSchema),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseData<T extends RequestType> = z.output<(typeof ResponseDataSchemas)[T]>;

/**
 * The only requests a content script (a script running inside a site's page) may send: what one
 * composer needs for itself. Everything else reads or changes data beyond that composer (other
 * sites' drafts, exports, settings, reviews) and is for extension pages only.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'analyze',
  'record-post',
  'save-draft',
  'get-draft',
  'delete-draft',
  'get-contact',
  'set-contact',
  'get-composer-context',
  'log-findings',
]);

/** Requests only extension pages may send (never a content script on a site). */
export const PAGE_ONLY: ReadonlySet<RequestType> = new Set<RequestType>(
  RequestSchema.options.map((o) => o.shape.type.value).filter((type) => !CONTENT_SCRIPT_REQUESTS.has(type)),
);

/** One problem in a request or file: where and why. */
export const ProblemSchema = z.object({ path: z.string(), message: z.string() });

export const ErrorResponseSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  /**
   * Why: forbidden (wrong sender), invalid (bad payload or file), failed (the handler threw),
   * storage-unavailable (the browser refused the database: quota, open or I/O errors).
   */
  code: z.enum(['forbidden', 'invalid', 'failed', 'storage-unavailable']),
  problems: z.array(ProblemSchema).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export type Response<T extends RequestType = RequestType> = { ok: true; data: ResponseData<T> } | ErrorResponse;

/**
 * Messages from the popup to the content scripts of its tab (tabs.sendMessage): what Postwise
 * found on the page, and that the per-site switch changed (every frame of the tab acts on it).
 * The content script checks the sender is Postwise's own page and reads these by hand (no zod in
 * its bundle, see isTabRequest); the popup validates the answer with PageReportSchema.
 */
export type TabRequest = { type: 'page-report' } | { type: 'site-switch'; platform: z.infer<typeof PlatformSchema>; on: boolean };

const count = z.number().int().nonnegative();

/** A tab's answer to page-report: its site, whether Postwise is on there, the composers it found, what its rescans cost. */
export const PageReportSchema = z.object({
  platform: PlatformSchema,
  on: z.boolean(),
  composers: z.array(z.object({ kind: KindSchema, key: z.string().max(2000) })).max(2000),
  scan: z.object({ fullScans: count, batches: count, lastVisited: count, maxVisited: count, visited: count, ignored: count }).optional(),
});
export type PageReport = z.infer<typeof PageReportSchema>;

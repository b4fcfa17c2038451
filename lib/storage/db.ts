/**
 * Postwise's one database: IndexedDB in the extension's own origin, opened only by the background
 * service worker (entrypoints/background; the lint rules keep everything else out). Content
 * scripts run in the site's origin, where the site could read the data and history would split per
 * site; they and the extension pages ask the background through `lib/messaging` instead.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Platform } from '../analysis/schemas';
import { upgradedTime } from './time';
import type { ContactRow, DraftRow, FindingLogRow, PostRow, ReviewRow, SegmentRow, SettingsRow } from '../contract/schemas';

export const DB_NAME = 'postwise';

/** Every table, in export order. */
export const TABLES = ['posts', 'drafts', 'contacts', 'segments', 'settings', 'findings', 'reviews'] as const;

/**
 * Schema version 1 (shipped first): posts kept their publication time as an ISO string in
 * `postedAt`; there was no reviews table. Kept so the upgrade can be tested against it.
 */
export const V1_STORES = {
  posts: 'id, platform, postedAt',
  drafts: 'key',
  contacts: '[platform+handle]',
  segments: 'id',
  settings: 'id',
  findings: '++id, ruleId',
} as const;

/**
 * Schema version 2: posts store `time` (epoch ms) with an index used by retention, coaching and the
 * history load; the findings log gets a time index for retention and coaching; drafts an updatedAt
 * index for listing; reviews are new (by draft). v1's platform, postedAt and ruleId indexes were
 * never queried and are dropped: indexes exist only on fields that are queried.
 */
export const V2_STORES = {
  posts: 'id, time',
  drafts: 'key, updatedAt',
  contacts: '[platform+handle]',
  segments: 'id',
  settings: 'id',
  findings: '++id, time',
  reviews: 'id, draftKey',
} as const;

/**
 * Schema version 3 adds `caches`: data derived from the other tables, kept only to make a woken
 * service worker fast (the history index snapshot, id 'history-index'). Never exported or imported;
 * emptied with everything else by a wipe or a replacing import; safe to lose at any time.
 */
export const V3_STORES = { ...V2_STORES, caches: 'id' } as const;

/** A row of `caches`. */
export interface CacheRow {
  id: string;
  [key: string]: unknown;
}

export class PostwiseDB extends Dexie {
  posts!: EntityTable<PostRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  contacts!: Table<ContactRow, [Platform, string]>;
  segments!: EntityTable<SegmentRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  findings!: EntityTable<FindingLogRow, 'id'>;
  reviews!: EntityTable<ReviewRow, 'id'>;
  caches!: EntityTable<CacheRow, 'id'>;

  constructor(name: string = DB_NAME) {
    assertExtensionOrigin();
    super(name);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        await tx
          .table('posts')
          .toCollection()
          .modify((post: Record<string, unknown>) => {
            Object.assign(post, upgradedTime(post.postedAt));
            delete post.postedAt;
          });
      });
    this.version(3).stores(V3_STORES); // a new, empty table: nothing to move
    // Schema 4 renames a review's `verdict` to `decision` (a reviewer's decision, not the report's
    // verdict): same tables and indexes; the upgrade moves the field in every stored review.
    this.version(4)
      .stores(V3_STORES)
      .upgrade(async (tx) => {
        await tx
          .table('reviews')
          .toCollection()
          .modify((review: Record<string, unknown>) => {
            if (!('verdict' in review)) return;
            review.decision = review.verdict;
            delete review.verdict;
          });
      });
  }

  /** All tables, caches included, for transactions that touch everything (export reads, import, wipe). */
  allTables(): Table[] {
    return [...TABLES.map((name) => this.table(name)), this.caches];
  }
}

/**
 * Throws when called from a web page's origin (a content script), a last guard behind the lint
 * rules. The service worker has a chrome-extension:// or moz-extension:// location; Node (tests,
 * benchmarks) none.
 */
export function assertExtensionOrigin(location: { protocol: string } | undefined = globalThis.location): void {
  if (location && /^https?:$/.test(location.protocol)) {
    throw new Error('Postwise storage can only be opened by the background, not a content script.');
  }
}

let shared: PostwiseDB | undefined;

/** The database of this extension context, opened on first use (never at module load). */
export function getDb(): PostwiseDB {
  shared ??= new PostwiseDB();
  return shared;
}

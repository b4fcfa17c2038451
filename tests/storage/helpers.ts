import 'fake-indexeddb/auto';
import { PostwiseDB } from '@/lib/storage/db';
import { exportAll } from '@/lib/storage/export';
import { recordPost } from '@/lib/storage/posts';
import { saveDraft } from '@/lib/storage/drafts';
import { setContact } from '@/lib/storage/contacts';
import { saveSegment } from '@/lib/storage/segments';
import { updateSettings } from '@/lib/storage/settings';
import { logFindings } from '@/lib/storage/findings-log';
import { saveReview } from '@/lib/storage/reviews';

let counter = 0;

/** A database with a name no other test uses. */
export function freshDb(): PostwiseDB {
  return new PostwiseDB(`postwise-test-${process.pid}-${Date.now()}-${counter++}`);
}

export const NOW = Date.UTC(2026, 2, 2, 12);
export const DAY = 86_400_000;

/** One or more rows in every table. */
export async function seed(db: PostwiseDB): Promise<void> {
  await recordPost(db, { id: 'p1', platform: 'x', kind: 'post', text: 'Our spring collection is here 🌸 #spring', time: NOW - 2 * DAY });
  await recordPost(db, {
    id: 'p2',
    platform: 'linkedin',
    kind: 'comment',
    account: 'brand',
    text: 'So sorry about that! Could you email help@brand.com?',
    time: NOW - DAY,
    url: 'https://www.linkedin.com/feed/update/1',
    replyTo: { text: 'My order never arrived', author: 'Ann' },
    ctaStage: 'loyalty',
    promotional: false,
  });
  await recordPost(db, {
    id: 'p3',
    platform: 'instagram',
    kind: 'post',
    text: 'Buy now: 20% off with code SPRING',
    time: NOW - 3 * DAY,
    promotional: true,
  });
  await saveDraft(db, { key: 'x.com|/compose/post', platform: 'x', kind: 'post', text: 'Half-written thought…\nline two' }, NOW);
  await setContact(db, { platform: 'x', handle: '@Ann_Smith', stage: 'consideration', note: 'asked about pricing' }, NOW);
  await saveSegment(db, { id: 's1', name: 'Newsletter readers', stage: 'interest', platforms: ['linkedin'], accounts: ['brand'] });
  await updateSettings(db, { supportEmail: 'help@brand.com', dmHandle: '@BrandHelp', retentionDays: 365, disabledRules: ['promo/ratio'] });
  await logFindings(db, [
    {
      ruleId: 'norms/x-length',
      category: 'platform-norms',
      event: 'shown',
      platform: 'x',
      time: NOW - DAY,
      draftKey: 'x.com|/compose/post',
    },
    { ruleId: 'norms/x-length', category: 'platform-norms', event: 'fixed', platform: 'x', time: NOW - DAY + 1000 },
    { ruleId: 'cta/stage-jump', category: 'cta-stage', event: 'dismissed', platform: 'instagram', time: NOW - 2 * DAY },
  ]);
  await saveReview(db, {
    id: 'r1',
    draftKey: 'x.com|/compose/post',
    decision: 'changes-requested',
    note: 'Shorter, please',
    reviewer: 'Lee',
    time: NOW,
  });
}

/** A full export as text without the export time: equal snapshots mean equal databases. */
export async function snapshot(db: PostwiseDB): Promise<string> {
  const { exportedAt: _at, ...rest } = await exportAll(db, 0);
  return JSON.stringify(rest);
}

/** Every table's rows exactly as IndexedDB returns them (key order included), as text. */
export async function rawSnapshot(db: PostwiseDB): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.allTables()) tables[table.name] = await table.toArray();
  return JSON.stringify(tables);
}

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PostwiseDB } from '@/lib/storage/db';
import { recordPost } from '@/lib/storage/posts';
import { setContact } from '@/lib/storage/contacts';
import { logFindings } from '@/lib/storage/findings-log';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import { saveDraft } from '@/lib/storage/drafts';
import { NOW } from './helpers';

const name = `tabs-${Date.now()}`;
afterEach(async () => {
  await new PostwiseDB(name).delete();
});

describe('two tabs writing at once', () => {
  it('loses no post, contact, draft, log entry or settings change', async () => {
    // Two "tabs": two Dexie instances on the same database.
    const tabA = new PostwiseDB(name);
    const tabB = new PostwiseDB(name);
    const writes = (tab: PostwiseDB, who: string) =>
      Array.from({ length: 150 }, (_, i) =>
        Promise.all([
          recordPost(tab, { platform: 'x', kind: 'post', text: `${who} post ${i}`, time: NOW + i }),
          setContact(tab, { platform: 'instagram', handle: `${who}${i}`, stage: 'interest' }, NOW),
          saveDraft(tab, { key: `${who}|${i % 10}`, platform: 'x', kind: 'post', text: `${who} ${i}` }, NOW + i),
          logFindings(tab, [{ ruleId: 'norms/x-length', event: 'shown', platform: 'x', time: NOW + i }]),
        ]),
      );
    await Promise.all([
      ...writes(tabA, 'a'),
      ...writes(tabB, 'b'),
      updateSettings(tabA, { supportEmail: 'a@brand.com' }),
      updateSettings(tabB, { dmHandle: '@fromB' }),
    ]);

    const reader = new PostwiseDB(name);
    expect(await reader.posts.count()).toBe(300);
    expect(await reader.contacts.count()).toBe(300);
    expect(await reader.drafts.count()).toBe(20);
    expect(await reader.findings.count()).toBe(300);
    const texts = new Set((await reader.posts.toArray()).map((p) => p.text));
    for (let i = 0; i < 150; i++) expect(texts.has(`a post ${i}`) && texts.has(`b post ${i}`)).toBe(true);
    // Both settings patches survive: each is a read-modify-write inside one transaction.
    expect(await getSettings(reader)).toMatchObject({ supportEmail: 'a@brand.com', dmHandle: '@fromB' });
    for (const db of [tabA, tabB, reader]) db.close();
  });
});

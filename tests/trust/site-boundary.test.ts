/**
 * A content script speaks for one site: the background checks that the draft key, the contact,
 * the post and the findings a content script sends belong to the site of its sender (the frame's
 * origin, which must agree with the tab's address), and gives it only what a composer needs of
 * the settings: never the playbook, the contacts list or other sites' segments.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '@/lib/messaging/router';
import { siteOfSender } from '@/lib/messaging/sites';
import { saveDraft } from '@/lib/storage/drafts';
import { setContact } from '@/lib/storage/contacts';
import { saveSegment } from '@/lib/storage/segments';
import { updateSettings } from '@/lib/storage/settings';
import { startBackground } from '../messaging/helpers';
import { NOW } from '../storage/helpers';

const on = (url: string, extra: Partial<Sender> = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  origin: new URL(url).origin,
  tab: { url },
  ...extra,
});
const X = () => on('https://x.com/home');
const LINKEDIN = () => on('https://www.linkedin.com/feed/');

let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground();
});
afterEach(async () => {
  await bg.ctx.db.delete();
});

describe('which site a sender is', () => {
  it.each([
    [{ url: 'https://x.com/home' }, 'x'],
    [{ url: 'https://mobile.twitter.com/home' }, 'x'],
    [{ origin: 'https://www.facebook.com', url: 'https://www.facebook.com/' }, 'facebook'],
    [{ url: 'https://www.linkedin.com/feed/', tab: { url: 'https://www.linkedin.com/feed/' } }, 'linkedin'],
    [{ url: 'https://www.instagram.com/' }, 'instagram'],
    [{ url: 'https://x.com.evil.example/' }, undefined],
    [{ url: 'https://notx.com/' }, undefined],
    [{ url: 'http://x.com/home' }, undefined],
    [{ url: 'https://x.com/home', tab: { url: 'https://www.linkedin.com/feed/' } }, undefined],
    [{}, undefined],
  ] as const)('%j is %s', (sender, site) => {
    expect(siteOfSender(sender)).toBe(site);
  });
});

describe('a content script only reaches its own site', () => {
  beforeEach(async () => {
    await saveDraft(
      bg.ctx.db,
      { key: 'linkedin:post:share-box', platform: 'linkedin', kind: 'post', text: 'LinkedIn-only secret draft' },
      NOW,
    );
    await setContact(bg.ctx.db, { platform: 'linkedin', handle: 'Dana Whitfield', stage: 'loyalty', note: 'secret note' }, NOW);
  });

  it.each([
    [{ type: 'get-draft', key: 'linkedin:post:share-box' }],
    [{ type: 'delete-draft', key: 'linkedin:post:share-box' }],
    [{ type: 'save-draft', draft: { key: 'linkedin:post:share-box', platform: 'linkedin', kind: 'post', text: 'overwritten' } }],
    [{ type: 'save-draft', draft: { key: 'linkedin:post:share-box', platform: 'x', kind: 'post', text: 'overwritten' } }],
    [{ type: 'save-draft', draft: { key: 'x:post:1', platform: 'linkedin', kind: 'post', text: 'planted' } }],
    [{ type: 'get-contact', platform: 'linkedin', handle: 'Dana Whitfield' }],
    [{ type: 'set-contact', platform: 'linkedin', handle: 'Dana Whitfield', stage: 'awareness' }],
    [{ type: 'record-post', post: { platform: 'linkedin', kind: 'post', text: 'planted post', time: NOW } }],
    [{ type: 'log-findings', events: [{ ruleId: 'r', event: 'shown', platform: 'linkedin', time: NOW }] }],
    [{ type: 'log-findings', events: [{ ruleId: 'r', event: 'shown', platform: 'x', time: NOW, draftKey: 'linkedin:post:share-box' }] }],
    [{ type: 'analyze', draft: { platform: 'linkedin', kind: 'post', text: 'probe' } }],
    [{ type: 'get-composer-context', platform: 'linkedin' }],
    [{ type: 'get-settings' }],
    [{ type: 'list-segments' }],
  ])('a script on x.com is refused %j', async (message) => {
    const before = JSON.stringify([await bg.ctx.db.drafts.toArray(), await bg.ctx.db.contacts.toArray(), await bg.ctx.db.posts.count()]);
    const res = await bg.send(message, X());
    expect(res).toMatchObject({ ok: false, code: 'forbidden' });
    expect(JSON.stringify(res)).not.toMatch(/secret/);
    expect(JSON.stringify([await bg.ctx.db.drafts.toArray(), await bg.ctx.db.contacts.toArray(), await bg.ctx.db.posts.count()])).toBe(
      before,
    );
  });

  it('refuses a sender whose frame and tab are on different sites, or on no site at all', async () => {
    for (const sender of [on('https://x.com/home', { tab: { url: 'https://www.linkedin.com/feed/' } }), on('https://example.com/')]) {
      expect(await bg.send({ type: 'get-draft', key: 'x:post:1' }, sender)).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('answers the same requests for its own site', async () => {
    expect(await bg.send({ type: 'get-draft', key: 'linkedin:post:share-box' }, LINKEDIN())).toMatchObject({
      ok: true,
      data: { text: 'LinkedIn-only secret draft' },
    });
    expect(await bg.send({ type: 'get-contact', platform: 'linkedin', handle: 'Dana Whitfield' }, LINKEDIN())).toMatchObject({
      ok: true,
      data: { stage: 'loyalty' },
    });
    expect(
      await bg.send({ type: 'save-draft', draft: { key: 'x:post:1', platform: 'x', kind: 'post', text: 'Hello' } }, X()),
    ).toMatchObject({ ok: true });
  });
});

describe('what a composer gets of the settings', () => {
  it('the default stage and its own site’s segment: no playbook, no contacts, no other segment', async () => {
    await updateSettings(bg.ctx.db, { defaultStage: 'interest', supportEmail: 'help@northwind.example' });
    await saveSegment(bg.ctx.db, { name: 'Coffee lovers', stage: 'consideration', platforms: ['x'], accounts: [] });
    await saveSegment(bg.ctx.db, { name: 'Secret LinkedIn buyers', stage: 'conversion', platforms: ['linkedin'], accounts: [] });
    const res = await bg.send({ type: 'get-composer-context', platform: 'x' }, X());
    expect(res).toEqual({
      ok: true,
      data: { defaultStage: 'interest', segment: { name: 'Coffee lovers', stage: 'consideration' }, siteOn: true },
    });
    expect(JSON.stringify(res)).not.toMatch(/northwind|Secret|playbook|Dana/);
  });
});

/**
 * Two composer sessions on two sites against the REAL background (handlers, Dexie on
 * fake-indexeddb, the warm history index), reached as a content script: what one publishes,
 * the other flags. Runs in Node: the database guard refuses a web page's origin, as it should.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessenger } from '@/lib/messaging/messenger';
import { ComposerSession, DEBOUNCE_MS, resetSessionMemory } from '@/lib/content/session';
import { senders, startBackground } from '../messaging/helpers';
import { NOW } from '../storage/helpers';
import { fakeAdapter, manualClock } from './helpers';
import { TRUST_EVERYTHING } from '@/lib/content/trust';

const TEXT = 'Our autumn menu is here: maple oat latte, pumpkin loaf and spiced cold brew. Come taste it this week at any Northwind cafe.';

beforeEach(() => {
  fakeBrowser.reset();
  resetSessionMemory();
});

describe('content sessions against the real background', () => {
  it('records a post on submit, then another site flags the cross-post; the log and contacts are stored', async () => {
    const bg = startBackground();
    const clock = manualClock(NOW);
    const session = (platform: 'x' | 'facebook', kind: 'post' | 'comment', replyTo?: { text: string; author: string }) => {
      const site = fakeAdapter(platform, replyTo ? { replyTo } : {});
      // Each site's content script, as the browser names its sender.
      const { send } = createMessenger(() => ({
        id: fakeBrowser.runtime.id,
        sendMessage: (m) => bg.send(m, senders.contentScript(`https://${platform === 'x' ? '' : 'www.'}${platform}.com/`)),
      }));
      // The fake adapter keeps the text per editor; no DOM is needed (and storage refuses web origins).
      const editor = {} as HTMLElement;
      const s = new ComposerSession(
        site.adapter,
        { editor, kind, key: `${platform}:${kind}:k` },
        {
          send,
          now: clock.now,
          schedule: clock.schedule,
          url: () => `https://${platform}.com/`,
          onInvalidated: () => {},
          trust: TRUST_EVERYTHING,
        },
      );
      return { s, site, editor };
    };

    const x = session('x', 'post');
    await x.s.start();
    x.site.setText(x.editor, TEXT);
    x.s.changed();
    await clock.advance(1000);
    await new Promise((r) => setTimeout(r, 50));
    expect((await bg.ctx.db.drafts.get('x:post:k'))?.text).toBe(TEXT);
    x.site.submit(x.editor);
    await new Promise((r) => setTimeout(r, 50));
    expect((await bg.ctx.db.posts.toArray()).map((p) => [p.platform, p.kind, p.text])).toEqual([['x', 'post', TEXT]]);
    expect(await bg.ctx.db.drafts.get('x:post:k')).toBeUndefined();

    const fb = session('facebook', 'post');
    await fb.s.start();
    fb.site.setText(fb.editor, `${TEXT} Tag a friend.`);
    fb.s.changed();
    await clock.advance(DEBOUNCE_MS);
    await new Promise((r) => setTimeout(r, 50));
    const found = fb.s.store.get().findings.find((f) => f.ruleId === 'crosspost/near-duplicate');
    expect(found?.message).toContain('your X post');

    const reply = session('facebook', 'comment', {
      text: 'My order never arrived and nobody answers. Really disappointed.',
      author: 'Dana Whitfield',
    });
    await reply.s.start();
    await reply.s.setStage('loyalty');
    expect((await bg.ctx.db.contacts.toArray()).map((c) => [c.handle, c.stage])).toEqual([['dana whitfield', 'loyalty']]);
    const log = await bg.ctx.db.findings.toArray();
    expect(log.map((e) => [e.event, e.ruleId, e.platform])).toContainEqual(['shown', 'crosspost/near-duplicate', 'facebook']);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TRUST_EVERYTHING } from '@/lib/content/trust';
import { ComposerController, STALE_ATTR, type ControllerDeps } from '@/lib/content/controller';
import { resetSessionMemory } from '@/lib/content/session';
import { fakeAdapter, fakeBackground, flush, manualClock } from './helpers';

function mountFake(): ControllerDeps['mount'] {
  return async (session, anchor) => {
    const host = document.createElement('postwise-composer');
    host.dataset.composerKey = session.composer.key;
    anchor.after(host);
    return { host, remove: () => host.remove() };
  };
}

function addEditor(key: string): HTMLElement {
  const wrap = document.createElement('div');
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.dataset.editor = '';
  el.dataset.key = key;
  wrap.append(el);
  document.body.append(wrap);
  return el;
}

function setup(alive = () => true) {
  const site = fakeAdapter();
  const bg = fakeBackground();
  const clock = manualClock();
  const controller = new ComposerController(site.adapter, document, {
    send: bg.send,
    now: clock.now,
    schedule: clock.schedule,
    url: () => 'https://x.com/home',
    alive,
    mount: mountFake(),
    trust: TRUST_EVERYTHING,
  });
  return { site, bg, clock, controller };
}

/** happy-dom delivers MutationObserver records in a later task: let them arrive before moving the clock. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

const hosts = () => Array.from(document.querySelectorAll('postwise-composer')) as HTMLElement[];

beforeEach(() => resetSessionMemory());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the composer controller', () => {
  it('mounts one badge right after each composer, including composers that appear later', async () => {
    addEditor('x:post:0');
    const t = setup();
    t.controller.start();
    await flush();
    expect(hosts().map((h) => h.dataset.composerKey)).toEqual(['x:post:0']);
    expect(hosts()[0]!.previousElementSibling?.getAttribute('data-key')).toBe('x:post:0');
    addEditor('x:reply:/jane/status/1');
    await delivered();
    await t.clock.advance(200);
    expect(hosts().map((h) => h.dataset.composerKey)).toEqual(['x:post:0', 'x:reply:/jane/status/1']);
    expect(t.controller.sessions).toHaveLength(2);
    t.controller.stop();
  });

  it('drops the session and the badge when the site removes the composer', async () => {
    const el = addEditor('x:post:0');
    const t = setup();
    t.controller.start();
    await flush();
    el.parentElement!.remove();
    await delivered();
    await t.clock.advance(200);
    expect(t.controller.sessions).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    t.controller.stop();
  });

  it('mounts the badge again when a re-render removed it but the composer stayed', async () => {
    addEditor('x:post:0');
    const t = setup();
    t.controller.start();
    await flush();
    const first = t.controller.sessions[0];
    hosts()[0]!.remove();
    await delivered();
    await t.clock.advance(200);
    expect(hosts()).toHaveLength(1);
    expect(t.controller.sessions[0]).toBe(first);
    t.controller.stop();
  });

  it('scans when an editor takes focus and checks the text after typing in it', async () => {
    const t = setup();
    t.controller.start();
    const el = addEditor('x:post:0');
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await flush();
    expect(t.controller.sessions).toHaveLength(1);
    t.site.setText(el, 'Buy now');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await t.clock.advance(300);
    expect(t.bg.of('analyze')).toHaveLength(1);
    t.controller.stop();
  });

  it('starts a fresh session when the site reuses an editor for another post', async () => {
    const el = addEditor('instagram:comment:/p/A/');
    const t = setup();
    t.controller.start();
    await flush();
    const first = t.controller.sessions[0];
    el.dataset.key = 'instagram:comment:/p/B/';
    await t.controller.scan();
    await flush();
    expect(t.controller.sessions).toHaveLength(1);
    expect(t.controller.sessions[0]).not.toBe(first);
    expect(hosts().map((h) => h.dataset.composerKey)).toEqual(['instagram:comment:/p/B/']);
    t.controller.stop();
  });

  it('on invalidation keeps the badges in a reload state, marks them stale and stops watching', async () => {
    const el = addEditor('x:post:0');
    const t = setup();
    t.controller.start();
    await flush();
    t.controller.invalidate();
    expect(t.controller.sessions[0]!.store.get().status).toBe('invalidated');
    expect(hosts()[0]!.hasAttribute(STALE_ATTR)).toBe(true);
    t.site.setText(el, 'Hello');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    addEditor('x:post:1');
    await t.clock.advance(1000);
    expect(t.bg.of('analyze')).toHaveLength(0);
    expect(hosts()).toHaveLength(1);
  });

  it('a newer script removes the stale badges of an invalidated one', async () => {
    addEditor('x:post:0');
    const stale = document.createElement('postwise-composer');
    stale.setAttribute(STALE_ATTR, '');
    document.body.append(stale);
    const t = setup();
    t.controller.start();
    await flush();
    expect(stale.isConnected).toBe(false);
    expect(hosts()).toHaveLength(1);
    t.controller.stop();
  });

  it('does nothing when the extension context is already gone', async () => {
    addEditor('x:post:0');
    const t = setup(() => false);
    const spy = vi.spyOn(t.site.adapter, 'findComposers');
    t.controller.start();
    await flush();
    expect(spy).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });

  it('finds, observes and submits-watches composers inside open shadow roots, and focus there counts', async () => {
    const t = setup();
    t.controller.start();
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    document.body.append(outlet);
    await delivered();
    await t.clock.advance(200);
    // The shadow root is attached after the host was added, then the dialog renders inside it.
    const shadow = outlet.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.dataset.editor = '';
    el.dataset.key = 'linkedin:post:share-box';
    wrap.append(el);
    shadow.append(wrap);
    el.focus();
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    expect(t.controller.composers.map((c) => c.key)).toEqual(['linkedin:post:share-box']);
    // Later changes inside that shadow root are seen by the observer.
    const second = addEditor('linkedin:comment:a');
    shadow.append(second.parentElement!);
    await delivered();
    await t.clock.advance(200);
    expect(t.controller.composers.map((c) => c.key).sort()).toEqual(['linkedin:comment:a', 'linkedin:post:share-box']);
    shadow.replaceChildren();
    await delivered();
    await t.clock.advance(200);
    expect(t.controller.sessions).toHaveLength(0);
    t.controller.stop();
  });

  it('rescans only added subtrees: typing in a known editor costs no scan, one new post costs its own size', async () => {
    // A long feed: 300 posts with a comment box each.
    const feed = document.createElement('div');
    for (let i = 0; i < 300; i++) {
      const post = document.createElement('div');
      post.innerHTML = `<p>Post ${i}</p><span>a</span><span>b</span><div><div contenteditable="true" data-editor data-key="linkedin:comment:${i}"></div></div>`;
      feed.append(post);
    }
    document.body.append(feed);
    const t = setup();
    const changes: number[] = [];
    (t.controller as unknown as { deps: { onChange: (c: unknown[]) => void } }).deps.onChange = (c) => changes.push(c.length);
    t.controller.start();
    await flush();
    expect(t.controller.sessions).toHaveLength(300);
    const total = document.getElementsByTagName('*').length;
    // Typing: the editor's own subtree changes, many times.
    const editor = t.controller.sessions[10]!.editor;
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `line ${i}`;
      editor.append(p);
      await delivered();
      await t.clock.advance(150);
    }
    expect(t.controller.stats.batches).toBe(0);
    expect(t.controller.stats.visited).toBe(0);
    expect(t.controller.stats.ignored).toBeGreaterThanOrEqual(20);
    // One more post: the rescan visits that post's elements, not the feed's.
    const post = document.createElement('div');
    post.innerHTML = '<p>Post 300</p><div><div contenteditable="true" data-editor data-key="linkedin:comment:300"></div></div>';
    feed.append(post);
    await delivered();
    await t.clock.advance(200);
    expect(t.controller.sessions).toHaveLength(301);
    expect(t.controller.stats.batches).toBe(1);
    expect(t.controller.stats.lastVisited).toBeLessThanOrEqual(5);
    expect(t.controller.stats.lastVisited * 100).toBeLessThan(total);
    expect(changes.at(-1)).toBe(301);
    t.controller.stop();
  });
});

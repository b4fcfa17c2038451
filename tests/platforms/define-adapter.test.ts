// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAdapter, type AdapterSpec } from '../../lib/platforms/base';
import { setPage } from './markup';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A made-up site: editors are .box or [contenteditable]; each composer's key is its element's id. */
function site(parts: Partial<AdapterSpec> = {}): ReturnType<typeof defineAdapter> {
  return defineAdapter({
    platform: 'x',
    hosts: ['example.com'],
    editors: ['.box', '[contenteditable="true"]'],
    composer: (editor) => ({ kind: 'post', key: `site:${editor.id}` }),
    replyContext: () => undefined,
    anchor: () => null,
    submit: () => ({ buttons: [] }),
    ...parts,
  });
}

const keys = (adapter: ReturnType<typeof defineAdapter>, root: ParentNode = document) => adapter.findComposers(root).map((c) => c.key);

describe('defineAdapter finds composers', () => {
  it('finds each editor once, in document order', () => {
    setPage('https://example.com/', '<div id="a" class="box"></div><p><span id="b" contenteditable="true"></span></p>');
    expect(keys(site())).toEqual(['site:a', 'site:b']);
  });

  it('an editor nested in or around one already found is the same composer', () => {
    // #outer matches the first selector, #inner inside it the second; #wrap (a fallback match) holds #field.
    setPage(
      'https://example.com/',
      '<div id="outer" class="box"><div id="inner" contenteditable="true"></div></div>' +
        '<section id="wrap" contenteditable="true"><div id="field" class="box"></div></section>',
    );
    expect(keys(site())).toEqual(['site:outer', 'site:wrap']);
  });

  it('skips editors inside notComposer and those skip() refuses, before they can hide a nested editor', () => {
    setPage(
      'https://example.com/',
      '<div class="dm"><div id="dm" class="box"></div></div>' +
        '<div id="chat" class="box chat"><div id="inside-chat" contenteditable="true"></div></div>' +
        '<div id="post" class="box"></div>',
    );
    const composer = vi.fn((editor: HTMLElement) => ({ kind: 'post' as const, key: `site:${editor.id}` }));
    const adapter = site({ notComposer: ['.dm'], skip: (editor) => editor.classList.contains('chat'), composer });
    // #inside-chat is not skipped itself, and #chat around it was never found.
    expect(keys(adapter)).toEqual(['site:inside-chat', 'site:post']);
    // Only the kept editors are classified.
    expect(composer.mock.calls.map(([editor]) => editor.id)).toEqual(['inside-chat', 'post']);
  });

  it('looks through several editor lists in order: an editor of the first list is not found again by the next', () => {
    setPage(
      'https://example.com/',
      '<form><textarea id="comment"></textarea></form><div role="dialog"><textarea id="caption" class="caption"></textarea></div>',
    );
    const adapter = site({
      editors: [['textarea.caption'], ['form textarea', 'textarea']],
      composer: (editor) =>
        editor.classList.contains('caption') ? { kind: 'post', key: 'caption' } : { kind: 'comment', key: `comment:${editor.id}` },
    });
    const found = adapter.findComposers(document);
    expect(found.map((c) => [c.editor.id, c.kind, c.key])).toEqual([
      ['caption', 'post', 'caption'],
      ['comment', 'comment', 'comment:comment'],
    ]);
  });

  it('a rescan of an added subtree counts the root itself', () => {
    setPage('https://example.com/', '<div id="a" class="box"></div>');
    expect(keys(site(), document.getElementById('a')!)).toEqual(['site:a']);
  });

  it('finds nothing on private paths', () => {
    const adapter = site({ privatePaths: /^\/messages\b/ });
    setPage('https://example.com/messages/1', '<div id="a" class="box"></div>');
    expect(keys(adapter)).toEqual([]);
    setPage('https://example.com/home', '<div id="a" class="box"></div>');
    expect(keys(adapter)).toEqual(['site:a']);
  });

  it('a throwing composer() or skip() finds nothing instead of throwing into the page', () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    setPage('https://example.com/', '<div id="a" class="box"></div>');
    const boom = () => {
      throw new Error('markup changed');
    };
    expect(site({ composer: boom }).findComposers(document)).toEqual([]);
    expect(site({ skip: boom }).findComposers(document)).toEqual([]);
  });
});

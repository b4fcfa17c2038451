// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor, facebook, instagram, linkedin, x } from '../../lib/platforms/index';
import type { PlatformAdapter } from '../../lib/platforms/types';
import type { ReplyContext } from '../../lib/analysis/schemas';
import { chromeLines, draftEditor, facebookArticle, lexicalEditor, quillEditor, tiptapEditor, tweet, xComposer } from './markup';

function setPage(url: string, html: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const LINES = ['Hi Jane, so sorry', '', 'DM us your order #'];
const TEXT = LINES.join('\n');

interface Case {
  name: string;
  adapter: PlatformAdapter;
  url: string;
  html: string;
  found: { kind: string; key: string }[];
  /** The reply context of the first composer. */
  reply?: ReplyContext;
  /** The anchor of the first composer (a selector it matches). */
  anchor: string;
}

const CASES: Case[] = [
  {
    name: 'X home composer',
    adapter: x,
    url: 'https://x.com/home',
    html: `<main><div data-testid="primaryColumn">${xComposer(LINES)}<section>${tweet('jane', '1', 'A timeline post below the composer')}</section></div></main>`,
    found: [{ kind: 'post', key: 'x:post:tweetTextarea_0' }],
    anchor: '[data-testid="toolBar"]',
  },
  {
    name: 'X reply on a status page',
    adapter: x,
    url: 'https://x.com/jane/status/123',
    html: `<main><div data-testid="primaryColumn">${tweet('jane', '123', 'my order never arrived')}${xComposer(LINES)}${tweet('sam', '130', 'same here')}</div></main>`,
    found: [{ kind: 'reply', key: 'x:reply:/jane/status/123' }],
    reply: { text: 'my order never arrived😡', author: '@jane' },
    anchor: '[data-testid="toolBar"]',
  },
  {
    name: 'X reply in the modal over the home timeline, with a thread of two',
    adapter: x,
    url: 'https://x.com/compose/post',
    html: `<main><div data-testid="primaryColumn">${tweet('other', '9', 'timeline')}</div></main><div aria-labelledby="modal-header" role="dialog">${tweet('jane', '555', 'is anyone there')}${draftEditor(LINES)}${draftEditor(['second post'], 'data-testid="tweetTextarea_1"')}<button data-testid="tweetButton">Reply</button></div>`,
    found: [
      { kind: 'reply', key: 'x:reply:/jane/status/555' },
      { kind: 'reply', key: 'x:reply:/jane/status/555' },
    ],
    reply: { text: 'is anyone there😡', author: '@jane' },
    anchor: '.DraftEditor-root',
  },
  {
    name: 'X mobile compose page with a textarea',
    adapter: x,
    url: 'https://mobile.x.com/compose/post',
    html: `<main><textarea data-testid="tweetTextarea_0"></textarea><button data-testid="tweetButton">Post</button></main>`,
    found: [{ kind: 'post', key: 'x:post:tweetTextarea_0' }],
    anchor: 'main',
  },
  {
    name: 'Facebook "Create post" dialog',
    adapter: facebook,
    url: 'https://www.facebook.com/',
    html: `<div role="dialog" aria-label="Create post"><form method="POST"><div role="presentation"><div class="wrap">${lexicalEditor(LINES, "What's on your mind, Sam?")}</div></div><div aria-label="Post" role="button">Post</div></form></div>`,
    found: [{ kind: 'post', key: 'facebook:post:composer' }],
    anchor: '.wrap',
  },
  {
    name: 'Facebook comment under a post',
    adapter: facebook,
    url: 'https://www.facebook.com/',
    html: facebookArticle(
      `<form class="cf"><div>${lexicalEditor(LINES, 'Write a comment…')}</div><div id="focused-state-composer-submit" aria-label="Comment" role="button"></div></form>`,
    ),
    found: [{ kind: 'comment', key: 'facebook:comment:/northwind.coffee/posts/pfbid02xYz7' }],
    reply: { text: 'Our new oat latte is here!', author: 'Northwind Coffee' },
    anchor: 'form.cf',
  },
  {
    name: 'Facebook reply to a comment (localised labels)',
    adapter: facebook,
    url: 'https://www.facebook.com/',
    html: facebookArticle(
      `<div role="article" aria-label="Comment by Dana Whitfield 1 hour ago"><a href="/dana">Dana Whitfield</a><div dir="auto">Where is my order?</div><form>${lexicalEditor(LINES, 'Répondre à Dana Whitfield')}</form></div>`,
    ),
    found: [{ kind: 'comment', key: 'facebook:comment:/northwind.coffee/posts/pfbid02xYz7#Dana Whitfield' }],
    reply: { text: 'Where is my order?', author: 'Dana Whitfield' },
    anchor: 'form',
  },
  {
    name: 'LinkedIn share box (Quill)',
    adapter: linkedin,
    url: 'https://www.linkedin.com/feed/',
    html: `<div class="share-box-v2__modal" role="dialog"><div class="share-creation-state__text-editor"><div class="editor-container">${quillEditor(LINES)}</div></div><button class="share-actions__primary-action">Post</button></div>`,
    found: [{ kind: 'post', key: 'linkedin:post:share-box' }],
    anchor: '.ql-container',
  },
  {
    name: 'LinkedIn older comment box (Quill)',
    adapter: linkedin,
    url: 'https://www.linkedin.com/feed/',
    html: `<div class="feed-shared-update-v2" data-urn="urn:li:activity:42"><div class="update-components-actor__title"><span aria-hidden="true">Marco Diaz</span></div><div class="update-components-text"><span dir="ltr">Hiring in Lisbon.</span></div><form class="comments-comment-box__form"><div class="comments-comment-texteditor">${quillEditor(LINES)}</div><button class="comments-comment-box__submit-button">Post</button></form></div>`,
    found: [{ kind: 'comment', key: 'linkedin:comment:urn:li:activity:42' }],
    reply: { text: 'Hiring in Lisbon.', author: 'Marco Diaz' },
    anchor: 'form.comments-comment-box__form',
  },
  {
    name: 'LinkedIn newer feed comment box (TipTap)',
    adapter: linkedin,
    url: 'https://www.linkedin.com/feed/',
    html: `<div data-testid="mainFeed"><div data-view-name="feed-full-update"><a data-view-name="feed-actor-image" href="/in/priya/"><img alt=""></a><a href="/in/priya/"><p>Priya Raman</p><p>VP CX</p></a><div data-view-name="feed-commentary"><span data-testid="expandable-text-box">Line one<br>Line two</span></div><a href="/feed/update/urn:li:activity:7/">87 comments</a><div data-view-name="comment-box">${tiptapEditor(LINES)}<button data-view-name="comment-post">Comment</button></div></div></div>`,
    found: [{ kind: 'comment', key: 'linkedin:comment:/feed/update/urn:li:activity:7/' }],
    reply: { text: 'Line one\nLine two', author: 'Priya Raman' },
    anchor: '[data-view-name="comment-box"]',
  },
  {
    name: 'Instagram caption in the new-post dialog',
    adapter: instagram,
    url: 'https://www.instagram.com/',
    html: `<div role="dialog" aria-label="Create new post"><div role="button">Share</div><div class="cw"><div aria-label="Write a caption..." contenteditable="true" role="textbox">${chromeLines(LINES)}</div></div></div>`,
    found: [{ kind: 'post', key: 'instagram:post:caption' }],
    anchor: '.cw',
  },
  {
    name: 'Instagram comment on a post page',
    adapter: instagram,
    url: 'https://www.instagram.com/p/C9xQ2bTNk4f/',
    html: `<main><header><a href="/northwind.coffee/" role="link">northwind.coffee</a></header><ul><li><a href="/northwind.coffee/" role="link">northwind.coffee</a><h1 dir="auto">Autumn menu 🍂</h1></li></ul><section><form method="POST"><textarea aria-label="Add a comment…" placeholder="Add a comment…" autocomplete="off"></textarea><div role="button">Post</div></form></section></main>`,
    found: [{ kind: 'comment', key: 'instagram:comment:/p/C9xQ2bTNk4f/' }],
    reply: { text: 'Autumn menu 🍂', author: 'northwind.coffee' },
    anchor: 'form',
  },
  {
    name: 'Instagram comment in a feed article (localised placeholder)',
    adapter: instagram,
    url: 'https://www.instagram.com/',
    html: `<article><header><a href="/mira.t/" role="link">mira.t</a></header><h1>Sunday brunch</h1><a href="/p/ABC123/">2d</a><section><form><textarea aria-label="Ajouter un commentaire…" autocomplete="off"></textarea><div role="button">Publier</div></form></section></article>`,
    found: [{ kind: 'comment', key: 'instagram:comment:/p/ABC123/' }],
    reply: { text: 'Sunday brunch', author: 'mira.t' },
    anchor: 'form',
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('finds the composers with their kind and key', () => {
    setPage(c.url, c.html);
    const found = c.adapter.findComposers(document);
    expect(found.map(({ kind, key }) => ({ kind, key }))).toEqual(c.found);
  });

  it('reads the multi-line draft', () => {
    setPage(c.url, c.html);
    const [first] = c.adapter.findComposers(document);
    if (first?.editor.tagName === 'TEXTAREA') (first.editor as HTMLTextAreaElement).value = TEXT;
    expect(c.adapter.readText(first!.editor)).toBe(TEXT);
  });

  it(c.reply ? 'reads the post being answered and its author' : 'has no reply context', () => {
    setPage(c.url, c.html);
    const [first] = c.adapter.findComposers(document);
    expect(c.adapter.readReplyContext(first!.editor)).toEqual(c.reply);
  });

  it('anchors the badge next to the composer', () => {
    setPage(c.url, c.html);
    const [first] = c.adapter.findComposers(document);
    expect(c.adapter.anchor(first!.editor).matches(c.anchor)).toBe(true);
  });
});

describe('unknown markup finds nothing and never throws', () => {
  const RENAMED: [string, PlatformAdapter, string][] = [
    ['X without tweetTextarea, Draft or a labelled textbox', x, '<div data-testid="tweetComposer_0" contenteditable="true"></div>'],
    [
      'X direct-message composer',
      x,
      `<div data-testid="dmComposerTextInput">${draftEditor(['hi'], 'data-testid="dmComposerTextInput_0"')}</div>`,
    ],
    ['Facebook without Lexical marks or textbox role', facebook, '<div contenteditable="true" aria-label="Write a comment…"></div>'],
    ['LinkedIn without Quill, TipTap or comment-box hooks', linkedin, '<div class="editor-xyz" contenteditable="true"></div>'],
    [
      'LinkedIn messaging',
      linkedin,
      '<div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></div>',
    ],
    ['Instagram with the textarea outside any form or label', instagram, '<div><textarea></textarea></div>'],
  ];
  it.each(RENAMED)('%s', (_name, adapter, html) => {
    setPage('https://example.com/', html);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    expect(adapter.findComposers(document)).toEqual([]);
  });

  it.each([
    ['x', x, 'https://x.com/messages/123-456'],
    ['facebook', facebook, 'https://www.facebook.com/messages/t/123'],
    ['linkedin', linkedin, 'https://www.linkedin.com/messaging/thread/2-abc/'],
    ['instagram', instagram, 'https://www.instagram.com/direct/t/123/'],
  ] as const)('%s: nothing on private-message pages', (_name, adapter, url) => {
    setPage(
      url,
      `<div role="dialog"><form>${lexicalEditor(['hi'], 'Message')}${quillEditor(['hi'])}${tiptapEditor(['hi'])}${draftEditor(['hi'])}<textarea aria-label="Add a comment…"></textarea></form></div>`,
    );
    expect(adapter.findComposers(document)).toEqual([]);
  });

  it.each([x, facebook, linkedin, instagram].map((a) => [a.platform, a] as const))(
    '%s survives detached and odd elements',
    (_name, adapter) => {
      const lone = document.createElement('div');
      expect(() => adapter.readText(lone)).not.toThrow();
      expect(adapter.readReplyContext(lone)).toBeUndefined();
      expect(adapter.anchor(lone)).toBe(lone);
      const stop = adapter.onSubmit(lone, () => {});
      expect(() => stop()).not.toThrow();
      expect(adapter.findComposers(document.createDocumentFragment())).toEqual([]);
      // A root whose querySelectorAll throws.
      const hostile = {
        querySelectorAll: () => {
          throw new Error('boom');
        },
      } as unknown as ParentNode;
      expect(adapter.findComposers(hostile)).toEqual([]);
    },
  );
});

describe('adapterFor', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.x.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
    ['www.instagram.com', 'instagram'],
  ])('%s → %s', (host, platform) => {
    expect(adapterFor(host)?.platform).toBe(platform);
  });

  it.each(['example.com', 'notx.com', 'facebook.com.evil.io'])('%s → none', (host) => {
    expect(adapterFor(host)).toBeUndefined();
  });
});

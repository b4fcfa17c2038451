// @vitest-environment happy-dom
/**
 * The 2026 layouts (../shared/COMPOSERS.md, "2026 layouts"): LinkedIn's share dialog in an open
 * shadow root and its newer feed (comment box beside the post), Facebook's post dialog, X's
 * inline reply, Instagram's reply to a comment and its "Send to" sheet, and localised labels.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facebook, instagram, linkedin, x } from '../../lib/platforms/index';
import { draftEditor, lexicalEditor, quillEditor, tiptapEditor, tweet, xComposer } from './markup';

function setPage(url: string, html: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A post of LinkedIn's newer feed: the comment section is a sibling of feed-full-update. */
function liPost(
  author: string,
  text: string,
  comments = '',
  box = `<div data-view-name="comment-box"><form>${tiptapEditor([''])}<button type="submit" data-view-name="comment-post">Kommentieren</button></form></div>`,
): string {
  return `<div role="listitem"><div><div data-view-name="feed-full-update"><a data-view-name="feed-actor-image" href="/in/x/"><img alt=""></a><a href="/in/x/"><p>${author}</p><p>CX lead</p></a><div data-view-name="feed-commentary"><span data-testid="expandable-text-box">${text}</span></div></div></div><div class="c0ffee">${box}${comments}</div></div>`;
}

describe('LinkedIn newer feed', () => {
  it('reads the post beside each comment box and gives every box its own key', () => {
    setPage(
      'https://www.linkedin.com/feed/',
      `<main><div data-testid="mainFeed">${liPost('Priya Raman', 'Drei Wochen warte ich auf meine Erstattung. Sehr enttäuscht.')}${liPost('Marco Diaz', 'Wir stellen in Lissabon ein.')}</div></main>`,
    );
    const found = linkedin.findComposers(document);
    expect(found.map((c) => c.kind)).toEqual(['comment', 'comment']);
    expect(new Set(found.map((c) => c.key)).size).toBe(2);
    for (const c of found) expect(c.key).toMatch(/^linkedin:comment:post:[0-9a-z]+$/);
    expect(linkedin.readReplyContext(found[0]!.editor)).toEqual({
      text: 'Drei Wochen warte ich auf meine Erstattung. Sehr enttäuscht.',
      author: 'Priya Raman',
    });
    expect(linkedin.readReplyContext(found[1]!.editor)).toEqual({ text: 'Wir stellen in Lissabon ein.', author: 'Marco Diaz' });
    // The same post after a reload gets the same key (autosave finds its draft again).
    const keys = found.map((c) => c.key);
    const html = document.body.innerHTML;
    document.body.innerHTML = html;
    expect(linkedin.findComposers(document).map((c) => c.key)).toEqual(keys);
  });

  it('a reply to a comment reads that comment and has a key of its own', () => {
    const reply = `<div data-view-name="comment-container"><a href="/in/tom/"><b>Tom Becker</b></a><p data-view-name="comment-commentary">Mir geht es genauso, keine Antwort seit zehn Tagen.</p><div data-view-name="comment-box"><form>${tiptapEditor([''])}<button type="submit" data-view-name="comment-reply-post">Antworten</button></form></div></div>`;
    setPage('https://www.linkedin.com/feed/', `<div data-testid="mainFeed">${liPost('Priya Raman', 'Sehr enttäuscht.', reply)}</div>`);
    const [top, answer] = linkedin.findComposers(document);
    expect(answer!.key).not.toBe(top!.key);
    expect(answer!.key.startsWith(`${top!.key}#`)).toBe(true);
    expect(linkedin.readReplyContext(answer!.editor)).toEqual({
      text: 'Mir geht es genauso, keine Antwort seit zehn Tagen.',
      author: 'Tom Becker',
    });
    expect(linkedin.readReplyContext(top!.editor)).toEqual({ text: 'Sehr enttäuscht.', author: 'Priya Raman' });
  });

  it('finds the share dialog inside the open shadow root of #interop-outlet', () => {
    setPage('https://www.linkedin.com/feed/', '<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const outlet = document.getElementById('interop-outlet')!;
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div role="dialog" class="share-box-v2__modal"><div class="share-creation-state__text-editor">${quillEditor(['Hallo'])}</div><button class="share-actions__primary-action">Posten</button></div>`;
    expect(linkedin.findComposers(document)).toEqual([]);
    expect(linkedin.shadowHosts?.(document)).toEqual([outlet]);
    const found = linkedin.findComposers(shadow);
    expect(found.map((c) => [c.kind, c.key])).toEqual([['post', 'linkedin:post:share-box']]);
    expect(linkedin.readText(found[0]!.editor)).toBe('Hallo');
    expect(linkedin.anchor(found[0]!.editor).matches('.ql-container')).toBe(true);
  });
});

describe('Facebook', () => {
  it('in a post opened as a dialog reads the story message, not the first comment', () => {
    setPage(
      'https://www.facebook.com/northwind.coffee/posts/pfbid0abc',
      `<div role="dialog" aria-label="Publicación de Dana"><h2>Publicación de Dana</h2><div><span data-ad-rendering-role="profile_name"><a href="/dana.w">Dana Whitfield</a></span><a href="/northwind.coffee/posts/pfbid0abc">3 h</a></div>
        <div data-ad-rendering-role="story_message"><div dir="auto">Mi pedido nunca llegó y me cobraron dos veces. Muy decepcionada.</div></div>
        <div role="article" aria-label="Comentario de Luis"><a href="/luis">Luis</a><div dir="auto">¡Qué buena pinta!</div></div>
        <form>${lexicalEditor([''], 'Escribe un comentario…')}<div id="focused-state-composer-submit"><div role="button" aria-label="Comentar"></div></div></form></div>`,
    );
    const [c] = facebook.findComposers(document);
    expect(c!.kind).toBe('comment');
    expect(c!.key).toBe('facebook:comment:/northwind.coffee/posts/pfbid0abc');
    expect(facebook.readReplyContext(c!.editor)).toEqual({
      text: 'Mi pedido nunca llegó y me cobraron dos veces. Muy decepcionada.',
      author: 'Dana Whitfield',
    });
  });

  it('a reply under a comment reads that comment and its author from a localised aria-label', () => {
    setPage(
      'https://www.facebook.com/northwind.coffee/posts/pfbid0abc',
      `<div role="main"><div role="article" aria-posinset="1"><a href="/northwind.coffee/posts/pfbid0abc">3 h</a><div data-ad-preview="message">Menú de otoño</div>
        <div role="article" aria-label="Comentario de Luis Ortega hace 1 hora"><a href="/luis">Luis Ortega</a><div dir="auto">Mi pedido no llegó.</div>
          <form>${lexicalEditor([''], 'Responder a Luis…')}</form></div></div></div>`,
    );
    const [c] = facebook.findComposers(document);
    expect(c!.key).toBe('facebook:comment:/northwind.coffee/posts/pfbid0abc#Luis Ortega');
    expect(facebook.readReplyContext(c!.editor)).toEqual({ text: 'Mi pedido no llegó.', author: 'Luis Ortega' });
  });

  it('leaves Messenger chat boxes alone whatever their language', () => {
    setPage(
      'https://www.facebook.com/',
      `<div role="main"><div role="article">${lexicalEditor([''], 'Escribe un comentario…')}</div></div>
       <div class="dock"><div class="chat"><a href="/messages/t/100012345/">Dana</a><div role="log"></div><div>${lexicalEditor([''], 'Aa')}</div></div></div>
       <div class="dock2"><div><a href="/messages/e2ee/t/99/">Luis</a></div><div><div>${lexicalEditor([''], 'Nachricht')}</div></div></div>`,
    );
    expect(facebook.findComposers(document).map((c) => c.kind)).toEqual(['comment']);
  });
});

describe('X', () => {
  it('an inline reply answers the article just before its container', () => {
    setPage(
      'https://x.com/Jane/Status/777',
      `<main><div data-testid="primaryColumn"><div>${tweet('jane', '777', 'meu pedido nunca chegou')}</div><div data-testid="inline_reply_offscreen">${xComposer(['Sentimos muito'])}</div><div>${tweet('sam', '780', 'same here')}</div></div></main>`,
    );
    const [c] = x.findComposers(document);
    expect(c).toMatchObject({ kind: 'reply', key: 'x:reply:/jane/status/777' });
    expect(x.readReplyContext(c!.editor)).toEqual({ text: 'meu pedido nunca chegou😡', author: '@jane' });
  });

  it('a reply modal over /home is a reply', () => {
    setPage(
      'https://x.com/home',
      `<main><div data-testid="primaryColumn">${xComposer([''])}</div></main><div aria-labelledby="modal-header" role="dialog">${tweet('jane', '555', 'nobody answers')}${draftEditor(['hi'])}<button data-testid="tweetButton">Responder</button></div>`,
    );
    const found = x.findComposers(document);
    expect(found.map((c) => [c.kind, c.key])).toEqual([
      ['post', 'x:post:tweetTextarea_0'],
      ['reply', 'x:reply:/jane/status/555'],
    ]);
  });

  it('reads paths case-insensitively (private messages too)', () => {
    setPage('https://x.com/Messages/123', `<div role="dialog">${draftEditor(['hi'])}</div>`);
    expect(x.findComposers(document)).toEqual([]);
  });
});

describe('Instagram', () => {
  const POST = `<main><article><header><a href="/northwind.coffee/" role="link">northwind.coffee</a></header>
    <ul><li><a href="/northwind.coffee/" role="link">northwind.coffee</a><h1 dir="auto">Menu d'automne 🍂</h1></li>
      <li><a href="/mira.t/" role="link">mira.t</a><span dir="auto">Ma commande n'est jamais arrivée. Déçue.</span><div role="button">Répondre</div></li>
      <li><a href="/sam.k/" role="link">sam.k</a><span dir="auto">Trop bon !</span><div role="button">Répondre</div></li></ul>
    <section><form method="POST"><textarea aria-label="Ajouter un commentaire…" autocomplete="off"></textarea><div role="button">Publier</div></form></section></article></main>`;

  it('a reply to a comment (pre-filled @handle) answers that comment, not the caption', () => {
    setPage('https://www.instagram.com/p/C9xQ2bTNk4f/', POST);
    const [c] = instagram.findComposers(document);
    const area = c!.editor as HTMLTextAreaElement;
    expect(instagram.readReplyContext(area)).toEqual({ text: "Menu d'automne 🍂", author: 'northwind.coffee' });
    area.value = '@mira.t ';
    expect(instagram.readReplyContext(area)).toEqual({ text: "Ma commande n'est jamais arrivée. Déçue.", author: 'mira.t' });
    area.value = '@northwind.coffee merci';
    expect(instagram.readReplyContext(area)).toEqual({ text: "Menu d'automne 🍂", author: 'northwind.coffee' });
  });

  it('never attaches to the "Send to" sheet', () => {
    setPage(
      'https://www.instagram.com/p/C9xQ2bTNk4f/',
      `${POST}<div role="dialog"><h2>Partager</h2><input name="queryBox" placeholder="Rechercher"><div role="checkbox" aria-checked="false">mira.t</div><form><textarea placeholder="Écrire un message…" autocomplete="off"></textarea></form><div role="button">Envoyer</div></div>`,
    );
    expect(instagram.findComposers(document).map((c) => c.editor.getAttribute('aria-label'))).toEqual(['Ajouter un commentaire…']);
  });
});

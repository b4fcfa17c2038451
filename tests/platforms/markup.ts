/**
 * The sites' composer markup as the real editors render it, for adapter unit tests. Each builder
 * takes the draft's lines so tests can check multi-line reading.
 */

/** Draft.js (X): one div[data-block] per line; an empty line holds <br data-text="true">. */
export function draftEditor(lines: string[], attrs = 'data-testid="tweetTextarea_0"'): string {
  const blocks = lines
    .map(
      (l, i) =>
        `<div data-block="true" data-editor="e1" data-offset-key="k${i}-0-0"><div data-offset-key="k${i}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="k${i}-0-0">${
          l ? `<span data-text="true">${l}</span>` : '<br data-text="true">'
        }</span></div></div>`,
    )
    .join('');
  return `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">What’s happening?</div></div><div class="DraftEditor-editorContainer"><div aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" ${attrs} style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"><div data-contents="true">${blocks}</div></div></div></div>`;
}

export function tweet(handle: string, id: string, text: string): string {
  return `<article data-testid="tweet" role="article" tabindex="0"><div data-testid="User-Name"><a href="/${handle}" role="link"><span>${handle.toUpperCase()}</span></a><a href="/${handle}" role="link"><span>@${handle}</span></a><a href="/${handle}/status/${id}"><time datetime="2026-11-22T09:00:00Z">2h</time></a></div><div data-testid="tweetText" lang="en" dir="auto"><span>${text}</span><img alt="😡" src="data:,"></div></article>`;
}

export function xComposer(lines: string[], button = 'tweetButtonInline'): string {
  return `<div class="composer">${draftEditor(lines)}<div data-testid="toolBar"><nav role="navigation"><button aria-label="Add photos or video"></button></nav><button data-testid="${button}" role="button">Post</button></div></div>`;
}

/** Lexical (Facebook): paragraphs; Shift+Enter is a <br> inside one; an empty paragraph is <p><br></p>. */
export function lexicalEditor(lines: string[], label: string): string {
  const body = lines
    .map((l) => (l ? `<p class="xdj266r" dir="ltr"><span data-lexical-text="true">${l}</span></p>` : '<p class="xdj266r"><br></p>'))
    .join('');
  return `<div aria-label="${label}" class="notranslate xzsf02u" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" style="user-select: text; white-space: pre-wrap; word-break: break-word;">${body}</div>`;
}

export function facebookArticle(inner: string): string {
  return `<div role="article" aria-posinset="1" aria-labelledby="h1"><h3 id="h1"><span><a href="/northwind.coffee"><strong><span>Northwind Coffee</span></strong></a></span></h3><a href="/northwind.coffee/posts/pfbid02xYz7">2h</a><div data-ad-preview="message" data-ad-comet-preview="message"><div dir="auto">Our new oat latte is here!</div></div><div role="button" aria-label="Leave a comment">Comment</div>${inner}</div>`;
}

/** Quill (LinkedIn share box and older comment boxes): <p> per line, <p><br></p> when empty. */
export function quillEditor(lines: string[]): string {
  const body = lines.map((l) => `<p>${l || '<br>'}</p>`).join('');
  return `<div class="ql-container"><div class="ql-editor" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content" data-placeholder="What do you want to talk about?">${body}</div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;
}

/** TipTap/ProseMirror (LinkedIn's newer comment box): <p> per line, trailing break in empty ones. */
export function tiptapEditor(lines: string[]): string {
  const body = lines.map((l) => `<p>${l || '<br class="ProseMirror-trailingBreak">'}</p>`).join('');
  return `<div contenteditable="true" role="textbox" translate="no" class="tiptap ProseMirror" tabindex="0" aria-label="Text editor for creating comment">${body}</div>`;
}

/** A contenteditable after Chrome typed in it: first line bare, then a <div> per line. */
export function chromeLines(lines: string[]): string {
  return lines.map((l, i) => (i === 0 ? l : `<div>${l || '<br>'}</div>`)).join('');
}

/** Puts the page at url (happy-dom) with html as its body. */
export function setPage(url: string, html: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
}

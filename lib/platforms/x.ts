/**
 * X / Twitter. Draft.js composers (a textarea on the mobile compose page); the post being
 * answered is the tweet article above the composer, on a status page or in the reply modal.
 */
import { asHTMLElement, defineAdapter, preceding } from './base';
import { cleanText, closestAny, nearestWithin, queryAll, queryEach, queryFirst } from './dom/find';
import { shownText } from './dom/text';
import { modEnter } from './dom/submit';

/** Every X selector, in one place. */
export const X_SELECTORS = {
  /** The editable element itself carries data-testid="tweetTextarea_N" (one per post of a thread). */
  editor: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    'textarea[data-testid^="tweetTextarea_"]',
    '[data-testid^="tweetTextarea_"] textarea',
    '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"][aria-label][spellcheck]',
  ],
  /** Composers that are not posts: direct messages, search, Grok. */
  notComposer: ['[data-testid^="dm"]', '[data-testid="DMDrawer"]', '[data-testid="SearchBox_Search_Input"]', 'form[role="search"]'],
  modal: ['[aria-labelledby="modal-header"]', '[role="dialog"]'],
  /** The reply composer under a tweet on a status page (2026); the tweet answered is the article right before it. */
  inlineReply: ['[data-testid="inline_reply_offscreen"]'],
  column: ['[data-testid="primaryColumn"]', 'main'],
  tweet: ['article[data-testid="tweet"]', 'article[role="article"]'],
  tweetText: ['[data-testid="tweetText"]', 'div[lang]'],
  userName: ['[data-testid="User-Name"]'],
  submit: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]', '[data-testid^="tweetButton"]'],
  toolbar: ['[data-testid="toolBar"]'],
} as const;

const STATUS_PATH = /^\/([^/]+)\/status\/(\d+)/i;

/** The status path (/jane/status/123) a tweet article links to. */
function statusPathOf(article: Element): string | undefined {
  for (const a of queryAll(article, 'a[href*="/status/"]')) {
    const path = new URL(a.getAttribute('href') ?? '', 'https://x.com').pathname.match(STATUS_PATH);
    if (path) return path[0].toLowerCase();
  }
  return undefined;
}

/** The tweet article right before el: a previous sibling (or inside one), at el's level or an ancestor's. */
function tweetBefore(el: Element, stop: Element | null): Element | null {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const tweet = X_SELECTORS.tweet.some((s) => sib!.matches(s)) ? sib : queryEach(sib, X_SELECTORS.tweet).at(-1);
      if (tweet) return tweet;
    }
  }
  return null;
}

/** The tweet being answered by this composer, if it answers one. */
function answeredTweet(editor: Element): Element | null {
  const modal = closestAny(editor, X_SELECTORS.modal);
  const column = closestAny(editor, X_SELECTORS.column);
  // The 2026 inline reply: the article just before its container.
  const inline = closestAny(editor, X_SELECTORS.inlineReply);
  if (inline) return tweetBefore(inline, modal ?? column);
  const scope = modal ?? column ?? editor.ownerDocument.body;
  const above = preceding(editor, queryEach(scope, X_SELECTORS.tweet));
  // A modal over any page (/home included) with a tweet above its composer is a reply.
  if (modal) return above.at(-1) ?? null;
  // Inline composer: a reply only on a status page, answering the focal tweet.
  const page = editor.ownerDocument.defaultView?.location.pathname.match(STATUS_PATH);
  if (!page) return null;
  return above.find((a) => statusPathOf(a) === page[0].toLowerCase()) ?? above.at(-1) ?? null;
}

function handleOf(article: Element): string | undefined {
  const user = queryFirst(article, X_SELECTORS.userName);
  // The name and the handle are adjacent spans with no space between them.
  const handle =
    user &&
    queryAll(user, 'span, a')
      .map(cleanText)
      .find((t) => /^@\w{1,15}$/.test(t));
  if (handle) return handle;
  const path = statusPathOf(article)?.match(STATUS_PATH);
  return path ? `@${path[1]}` : undefined;
}

export const x = defineAdapter({
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  privatePaths: /^\/(messages|i\/chat)\b/i,
  editors: X_SELECTORS.editor,
  notComposer: X_SELECTORS.notComposer,
  composer(editor) {
    const tweet = answeredTweet(editor);
    if (tweet) {
      const answered = statusPathOf(tweet) ?? editor.ownerDocument.defaultView?.location.pathname.toLowerCase() ?? '';
      return { kind: 'reply', key: `x:reply:${answered}` };
    }
    // One composer per post of a thread: the editor's own slot.
    const slot =
      editor.getAttribute('data-testid') ??
      editor.closest('[data-testid^="tweetTextarea_"]')?.getAttribute('data-testid') ??
      'tweetTextarea_0';
    return { kind: 'post', key: `x:post:${slot}` };
  },
  replyContext(editor) {
    const tweet = answeredTweet(editor);
    if (!tweet) return undefined;
    return { text: shownText(queryFirst(tweet, X_SELECTORS.tweetText)), author: handleOf(tweet) };
  },
  // The row of icons with the Post/Reply button: the badge goes on its own line below it.
  anchor: (editor) =>
    asHTMLElement(nearestWithin(editor, X_SELECTORS.toolbar)?.found) ??
    asHTMLElement(editor.closest('.DraftEditor-root')) ??
    editor.parentElement,
  submit: () => ({ buttons: X_SELECTORS.submit, key: modEnter }),
});

/**
 * Instagram. The caption of the new-post dialog (a contenteditable) and the comment box under a
 * post (a React-controlled textarea); a comment answers the post's caption and author.
 */
import { asHTMLElement, defineAdapter } from './base';
import { cleanText, closestAny, matches, queryAll, queryEach, queryFirst } from './dom/find';
import { readEditorText, shownText } from './dom/text';
import { plainEnter } from './dom/submit';

/** Every Instagram selector, in one place. Labels are localised: structure comes first. */
export const INSTAGRAM_SELECTORS = {
  caption: [
    'div[aria-label^="Write a caption"][contenteditable="true"]',
    '[role="dialog"] div[contenteditable="true"][role="textbox"]',
    'textarea[aria-label^="Write a caption"]',
  ],
  comment: [
    'textarea[aria-label^="Add a comment"]',
    'textarea[placeholder^="Add a comment"]',
    'form textarea[autocomplete="off"]',
    'section form textarea',
    'article form textarea',
  ],
  /** Direct messages and search are not composers. */
  notComposer: ['[aria-label="Direct"]', '[aria-label^="Message"][role="textbox"]', 'input[type="search"]'],
  /** The "Send to" sheet (share a post in a message): a dialog with a people search and a pick list, no post in it. */
  sendSheet: {
    search: ['input[name="queryBox"]', 'input[type="search"]', 'input[type="text"][autocomplete="off"]'],
    picks: ['[role="checkbox"]', 'input[type="checkbox"]', '[role="radio"]', 'input[type="radio"]'],
  },
  /** A comment in a post's comment list (the caption is the first item). */
  commentItem: ['ul li', '[role="listitem"]'],
  /** Where the post being commented on lives: its page's main area, a post dialog or a feed article. */
  post: ['article', '[role="dialog"]', 'main'],
  caption_text: ['h1', 'ul li:first-child span[dir="auto"]', 'span[dir="auto"]'],
  author: ['header a[href^="/"][role="link"]', 'header a[href^="/"]', 'a[href^="/"][role="link"]'],
  shareButton: ['[role="dialog"] div[role="button"]', '[role="dialog"] button'],
  shareLabel: /^(Share|Partager|Teilen|Compartir|Condividi|Compartilhar|Delen|Udostępnij)$/i,
  commentSubmit: ['form div[role="button"]', 'form button[type="submit"]', 'form button'],
  commentLabel: /^(Post|Publier|Posten|Publicar|Pubblica|Plaatsen|Opublikuj)$/i,
} as const;

function isCaption(editor: Element): boolean {
  return INSTAGRAM_SELECTORS.caption.some((s) => matches(editor, s));
}

function postOf(editor: Element): Element | null {
  return closestAny(editor, INSTAGRAM_SELECTORS.post);
}

/** Whether el sits in the "Send to" sheet, which is a private message, never a comment or caption. */
function inSendSheet(el: Element): boolean {
  const dialog = el.closest('[role="dialog"]');
  if (!dialog || queryFirst(dialog, ['article', 'a[href*="/p/"]', 'a[href*="/reel/"]'])) return false;
  return !!queryFirst(dialog, INSTAGRAM_SELECTORS.sendSheet.search) && !!queryFirst(dialog, INSTAGRAM_SELECTORS.sendSheet.picks);
}

/**
 * The comment being answered: "Reply" under a comment pre-fills `@handle `, so a draft that starts
 * with the handle of one of the post's commenters (not the caption's author) answers that comment.
 */
function answeredComment(editor: HTMLElement, post: Element): { text: string; author: string } | undefined {
  const handle = readEditorText(editor).match(/^@([\w.]{1,30})\s/)?.[1];
  if (!handle) return undefined;
  const caption = queryFirst(post, INSTAGRAM_SELECTORS.caption_text);
  const links = queryAll(post, `a[href="/${handle}/"], a[href="/${handle}"]`);
  for (const link of links.reverse()) {
    const item = closestAny(link, INSTAGRAM_SELECTORS.commentItem);
    if (!item || !post.contains(item) || item.contains(editor) || (caption && item.contains(caption))) continue;
    const text = queryEach(item, ['span[dir="auto"]', 'div[dir="auto"]'])
      .filter((el) => !el.closest('a') && !el.querySelector('a[href="/' + handle + '/"]') && cleanText(el) !== handle)
      .filter((el, _i, all) => !all.some((o) => o !== el && o.contains(el)))[0];
    const said = shownText(text);
    if (said) return { text: said, author: handle };
  }
  return undefined;
}

function postAuthor(post: Element): string | undefined {
  for (const selector of INSTAGRAM_SELECTORS.author) {
    const link = queryAll(post, selector).find((a) => /^[\w.]{1,30}$/.test(cleanText(a)));
    if (link) return cleanText(link);
  }
  return undefined;
}

function shortcode(post: Element, editor: Element): string {
  const here = editor.ownerDocument.defaultView?.location.pathname.match(/^\/(?:[\w.]+\/)?(p|reel)\/[\w-]+\/?/i);
  if (here) return here[0];
  const link = queryFirst(post, ['a[href*="/p/"]', 'a[href*="/reel/"]']);
  return link ? new URL(link.getAttribute('href') ?? '', 'https://www.instagram.com').pathname : '';
}

export const instagram = defineAdapter({
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  privatePaths: /^\/direct\b/i,
  // The caption first: a caption box that a comment selector matches too is the caption.
  editors: [INSTAGRAM_SELECTORS.caption, INSTAGRAM_SELECTORS.comment],
  notComposer: INSTAGRAM_SELECTORS.notComposer,
  skip: inSendSheet,
  composer(editor) {
    if (isCaption(editor)) return { kind: 'post', key: 'instagram:post:caption' };
    const post = postOf(editor);
    return { kind: 'comment', key: `instagram:comment:${post ? shortcode(post, editor) : ''}` };
  },
  replyContext(editor) {
    if (isCaption(editor)) return undefined;
    const post = postOf(editor);
    if (!post) return undefined;
    const comment = answeredComment(editor, post);
    if (comment) return comment;
    return { text: shownText(queryFirst(post, INSTAGRAM_SELECTORS.caption_text)), author: postAuthor(post) };
  },
  // Caption: below the caption box (the emoji button and the character count sit under it).
  // Comment: below the comment form, which holds the emoji button and "Post".
  anchor: (editor) => (isCaption(editor) ? editor.parentElement : (asHTMLElement(editor.closest('form')) ?? editor.parentElement)),
  submit: (editor) =>
    isCaption(editor)
      ? { buttons: INSTAGRAM_SELECTORS.shareButton, label: INSTAGRAM_SELECTORS.shareLabel }
      : { buttons: INSTAGRAM_SELECTORS.commentSubmit, label: INSTAGRAM_SELECTORS.commentLabel, key: plainEnter },
});

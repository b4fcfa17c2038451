/**
 * LinkedIn, both generations of markup: the older pages (Quill share box and Quill comment
 * boxes, semantic class names) and the newer layout (hashed class names; stable data-view-name /
 * data-testid hooks; a TipTap/ProseMirror comment box that is a SIBLING of the post it answers,
 * inside the post's `div[role="listitem"]`; the share dialog inside the open shadow root of
 * `#interop-outlet`). A comment answers the update it belongs to; a reply to a comment answers
 * that comment.
 */
import { asHTMLElement, contentKey, defineAdapter } from './base';
import { cleanText, closestAny, queryAll, queryEach, queryFirst } from './dom/find';
import { shownText } from './dom/text';

/** Every LinkedIn selector, in one place. */
export const LINKEDIN_SELECTORS = {
  editor: [
    '.ql-editor[contenteditable="true"]',
    'div.tiptap.ProseMirror[contenteditable="true"]',
    '[data-view-name="comment-box"] [contenteditable="true"]',
    '.share-creation-state__text-editor [contenteditable="true"]',
    '.comments-comment-box [contenteditable="true"]',
    '[role="dialog"] [contenteditable="true"][role="textbox"]',
  ],
  /** Hosts of the open shadow roots the newer layout renders its share dialog in. */
  shadowHosts: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  /** Messaging uses contenteditable boxes too. */
  notComposer: [
    '.ql-clipboard',
    '.msg-form',
    '.msg-overlay-conversation-bubble',
    '[data-view-name^="messaging"]',
    '[data-testid^="messaging"]',
  ],
  /** The containers that make a box a comment box (old, then new). */
  commentBox: [
    'form.comments-comment-box__form',
    '.comments-comment-box',
    '.comments-comment-texteditor',
    '[data-view-name="comment-box"]',
  ],
  update: [
    '[data-view-name="feed-full-update"]',
    '.feed-shared-update-v2',
    '[data-urn*="urn:li:activity:"]',
    '[data-id*="urn:li:activity:"]',
    '[role="article"]',
  ],
  /** The newer feed's post wrapper: the update and its comment section are siblings inside it. */
  listItem: ['div[role="listitem"]', '[data-view-name="feed-detail-page"]'],
  /** A comment (new, then old markup): a reply box inside one answers it. */
  comment: ['[data-view-name="comment-container"]', 'article.comments-comment-entity', 'article.comments-comment-item'],
  commentText: [
    '[data-view-name="comment-commentary"]',
    '.comments-comment-item__main-content',
    '.comments-comment-entity__content',
    '.update-components-text',
  ],
  commentAuthor: [
    '[data-view-name="comment-actor-name"]',
    '.comments-comment-meta__description-title',
    '.comments-post-meta__name-text',
    'a[href*="/in/"] b',
    'b',
    'a[href*="/in/"]',
  ],
  updateText: [
    '[data-view-name="feed-commentary"]',
    '[data-testid="expandable-text-box"]',
    '.update-components-text',
    '.feed-shared-update-v2__description',
    '.feed-shared-inline-show-more-text',
  ],
  author: [
    '.update-components-actor__title span[aria-hidden="true"]',
    '.update-components-actor__name span[aria-hidden="true"]',
    '.update-components-actor__name',
    '[data-view-name="feed-actor-image"] + a p',
    '[data-view-name="feed-header-text"]',
  ],
  postSubmit: ['button.share-actions__primary-action', '[data-view-name="share-post"]', '[data-testid="share-post"]'],
  commentSubmit: [
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
    'button[data-view-name="comment-post"]',
    'button[data-view-name="comment-reply-post"]',
    '[data-view-name="comment-box"] button[type="submit"]',
  ],
  /** Where the post box's toolbar starts (old share box). */
  shareFooter: ['.share-box_actions', '.share-creation-state__footer'],
} as const;

function isComment(editor: Element): boolean {
  return !!closestAny(editor, LINKEDIN_SELECTORS.commentBox);
}

/** The update a comment box belongs to: its ancestor (older pages) or its sibling in the post's list item. */
function updateOf(editor: Element): Element | null {
  if (!isComment(editor)) return null;
  const inside = closestAny(editor, LINKEDIN_SELECTORS.update);
  if (inside && !inside.matches('[role="article"]')) return inside;
  const item = closestAny(editor, LINKEDIN_SELECTORS.listItem);
  const sibling = item && queryFirst(item, LINKEDIN_SELECTORS.update.slice(0, 4));
  return sibling ?? inside;
}

/** The comment a reply box answers: the comment it sits in, within the same post. */
function commentOf(editor: Element, update: Element | null): Element | null {
  const comment = closestAny(editor, LINKEDIN_SELECTORS.comment);
  if (!comment || (update && comment.contains(update))) return null;
  return comment;
}

/** The update's own text, not a reshared post's or a comment's. */
function updateText(update: Element): string {
  return shownText(queryFirst(update, LINKEDIN_SELECTORS.updateText));
}

function updateAuthor(update: Element): string | undefined {
  const name = cleanText(queryFirst(update, LINKEDIN_SELECTORS.author));
  if (name) return name;
  const profile = queryAll(update, 'a[href*="/in/"], a[href*="/company/"]').find((a) => cleanText(a));
  return cleanText(profile) || undefined;
}

/** A comment's own text and author: not the reply box's, nor nested replies'. */
function commentContext(comment: Element, editor: Element): { text: string; author?: string } {
  const own = (el: Element) => !el.contains(editor) && closestAny(el, LINKEDIN_SELECTORS.comment) === comment;
  const text = queryEach(comment, LINKEDIN_SELECTORS.commentText).find(own);
  const author = queryEach(comment, LINKEDIN_SELECTORS.commentAuthor).find((el) => own(el) && cleanText(el));
  const name = cleanText(author);
  return { text: shownText(text), ...(name ? { author: name } : {}) };
}

function updateId(update: Element): string {
  const urn =
    update.getAttribute('data-urn') ??
    update.getAttribute('data-id') ??
    queryFirst(update, ['[data-urn*="urn:li:activity:"]'])?.getAttribute('data-urn');
  if (urn) return urn;
  const link = queryFirst(update, ['a[href*="/feed/update/"]', 'a[href*="/posts/"]']);
  if (link) return new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com').pathname;
  // The newer feed often carries no id at all: the post's author and text make its key.
  return `post:${contentKey(updateAuthor(update), updateText(update))}`;
}

function commentKey(editor: Element): string {
  const update = updateOf(editor);
  const base = update ? updateId(update) : '';
  const comment = commentOf(editor, update);
  if (!comment) return `linkedin:comment:${base}`;
  const c = commentContext(comment, editor);
  return `linkedin:comment:${base}#${contentKey(c.author, c.text)}`;
}

export const linkedin = defineAdapter({
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  privatePaths: /^\/messaging\b/i,
  shadowHosts: LINKEDIN_SELECTORS.shadowHosts,
  editors: LINKEDIN_SELECTORS.editor,
  notComposer: LINKEDIN_SELECTORS.notComposer,
  composer: (editor) =>
    isComment(editor) ? { kind: 'comment', key: commentKey(editor) } : { kind: 'post', key: 'linkedin:post:share-box' },
  replyContext(editor) {
    const update = updateOf(editor);
    const comment = isComment(editor) ? commentOf(editor, update) : null;
    if (comment) return commentContext(comment, editor);
    if (!update) return undefined;
    return { text: updateText(update), author: updateAuthor(update) };
  },
  // Comment: below the comment box (its emoji/image icons and Post button are inside it).
  // Post: below the Quill editor's container, above the share box's toolbar.
  anchor: (editor) =>
    isComment(editor)
      ? asHTMLElement(closestAny(editor, LINKEDIN_SELECTORS.commentBox))
      : (asHTMLElement(editor.closest('.ql-container')) ?? editor.parentElement),
  submit: (editor) => ({ buttons: isComment(editor) ? LINKEDIN_SELECTORS.commentSubmit : LINKEDIN_SELECTORS.postSubmit }),
});

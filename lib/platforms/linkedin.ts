/**
 * LinkedIn, both generations of markup: the older pages (Quill share box and Quill comment
 * boxes, semantic class names) and the newer feed (hashed class names; stable data-view-name /
 * data-testid hooks; a TipTap/ProseMirror comment box). A comment answers the feed update it
 * belongs to.
 */
import type { Composer } from './types';
import { asHTMLElement, defineAdapter } from './base';
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
  /** Messaging uses contenteditable boxes too. */
  notComposer: ['.ql-clipboard', '.msg-form', '.msg-overlay-conversation-bubble', '[data-view-name^="messaging"]', '[data-testid^="messaging"]'],
  /** The containers that make a box a comment box (old, then new). */
  commentBox: ['form.comments-comment-box__form', '.comments-comment-box', '.comments-comment-texteditor', '[data-view-name="comment-box"]'],
  update: [
    '[data-view-name="feed-full-update"]',
    '.feed-shared-update-v2',
    '[data-urn*="urn:li:activity:"]',
    '[data-id*="urn:li:activity:"]',
    '[role="article"]',
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
  commentSubmit: ['button.comments-comment-box__submit-button', 'button.comments-comment-box__submit-button--cr', 'button[data-view-name="comment-post"]'],
  /** Where the post box's toolbar starts (old share box). */
  shareFooter: ['.share-box_actions', '.share-creation-state__footer'],
} as const;

function isComment(editor: Element): boolean {
  return !!closestAny(editor, LINKEDIN_SELECTORS.commentBox);
}

function updateOf(editor: Element): Element | null {
  return isComment(editor) ? closestAny(editor, LINKEDIN_SELECTORS.update) : null;
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

function updateId(update: Element): string {
  const urn = update.getAttribute('data-urn') ?? update.getAttribute('data-id') ?? queryFirst(update, ['[data-urn*="urn:li:activity:"]'])?.getAttribute('data-urn');
  if (urn) return urn;
  const link = queryFirst(update, ['a[href*="/feed/update/"]', 'a[href*="/posts/"]']);
  return link ? new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com').pathname : '';
}

export const linkedin = defineAdapter({
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  privatePaths: /^\/messaging\b/,
  find(root) {
    const out: Composer[] = [];
    for (const el of queryEach(root, LINKEDIN_SELECTORS.editor)) {
      const editor = asHTMLElement(el);
      if (!editor || closestAny(editor, LINKEDIN_SELECTORS.notComposer)) continue;
      if (out.some((c) => c.editor.contains(editor) || editor.contains(c.editor))) continue;
      if (isComment(editor)) {
        const update = updateOf(editor);
        out.push({ editor, kind: 'comment', key: `linkedin:comment:${update ? updateId(update) : ''}` });
      } else out.push({ editor, kind: 'post', key: 'linkedin:post:share-box' });
    }
    return out;
  },
  replyContext(editor) {
    const update = updateOf(editor);
    if (!update) return undefined;
    return { text: updateText(update), author: updateAuthor(update) };
  },
  // Comment: below the comment box (its emoji/image icons and Post button are inside it).
  // Post: below the Quill editor's container, above the share box's toolbar.
  anchor: (editor) =>
    isComment(editor)
      ? asHTMLElement(closestAny(editor, LINKEDIN_SELECTORS.commentBox))
      : asHTMLElement(editor.closest('.ql-container')) ?? editor.parentElement,
  submit: (editor) => ({ buttons: isComment(editor) ? LINKEDIN_SELECTORS.commentSubmit : LINKEDIN_SELECTORS.postSubmit }),
});

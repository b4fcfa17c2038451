/**
 * Facebook. Lexical composers: the "Create post" dialog and the comment boxes under posts (a
 * comment answers the post or comment article it sits in).
 */
import { asHTMLElement, defineAdapter, labelled } from './base';
import { cleanText, closestAny, queryEach, queryFirst } from './dom/find';
import { shownText } from './dom/text';
import { plainEnter } from './dom/submit';

/** Localised button labels (en, es, pt, fr, de, it, nl): a last hint after the structural hooks. */
const POST_LABELS = [
  'Post',
  'Publicar',
  'Publier',
  'Posten',
  'Veröffentlichen',
  'Pubblica',
  'Plaatsen',
  'Share',
  'Compartir',
  'Compartilhar',
  'Partager',
  'Teilen',
  'Condividi',
  'Delen',
];
const NEXT_LABELS = ['Next', 'Siguiente', 'Avançar', 'Próximo', 'Seguinte', 'Suivant', 'Weiter', 'Avanti', 'Volgende'];
const COMMENT_LABELS = [
  'Comment',
  'Post comment',
  'Reply',
  'Comentar',
  'Publicar comentario',
  'Publicar comentário',
  'Responder',
  'Commenter',
  'Publier le commentaire',
  'Répondre',
  'Kommentieren',
  'Kommentar posten',
  'Antworten',
  'Commenta',
  'Pubblica commento',
  'Rispondi',
  'Reageren',
  'Opmerking plaatsen',
  'Beantwoorden',
];

/** A comment article's aria-label, "Comment by <name> 2 hours ago", in en, es, pt, fr, de, it, nl. */
const COMMENT_BY =
  /^(?:Comment by|Comentario de|Comentário de|Commentaire de|Kommentar von|Commento di|Reactie van) (.+?)(?:\s+(?:\d|hace|há|il y a|vor|fa\b|\d+ (?:uur|minuten))|$)/;

/** Every Facebook selector, in one place. Labels are localised: structure comes first. */
export const FACEBOOK_SELECTORS = {
  editor: [
    'div[contenteditable="true"][data-lexical-editor="true"]',
    'div[role="textbox"][contenteditable="true"].notranslate',
    '[role="dialog"] form div[role="textbox"][contenteditable="true"]',
  ],
  /** Messenger chats use the same editor; told apart by where they live, not by their labels. */
  notComposer: ['[aria-label="Messenger"]', '[data-pagelet*="Chat"]', '[data-pagelet*="Messenger"]', '[role="log"]'],
  /** Inside a Messenger chat box, within a few levels of the editor: its thread link or its message list. */
  chatMarks: ['a[href*="/messages/t/"]', 'a[href*="/messages/e2ee/t/"]', '[role="log"]'],
  /** A post (or a comment) a comment box answers. */
  article: ['[role="article"]', '[aria-posinset]', '[data-pagelet^="FeedUnit"]'],
  dialog: ['[role="dialog"]'],
  postForm: ['form[method="post"]', 'form[method="POST"]'],
  /** Where a post's composer or comment box may live (anything else is a chat or a widget). */
  composerHome: ['[role="article"]', '[aria-posinset]', '[data-pagelet^="FeedUnit"]', '[role="dialog"]', 'form', '[role="main"]'],
  message: ['[data-ad-rendering-role="story_message"]', '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'],
  author: [
    '[data-ad-rendering-role="profile_name"] a',
    '[data-ad-rendering-role="profile_name"]',
    'h2 a',
    'h3 a',
    'h4 a',
    'a[role="link"] strong',
    'strong',
  ],
  postSubmit: ['[role="dialog"] form [role="button"][type="submit"]', ...labelled('[role="button"]', POST_LABELS)],
  /** Page posts: Next → Post settings → Post. */
  postNext: labelled('[role="button"]', NEXT_LABELS),
  commentSubmit: [
    '#focused-state-composer-submit',
    '#focused-state-composer-submit [role="button"]',
    ...labelled('[role="button"]', COMMENT_LABELS),
  ],
} as const;

/** The article a comment box answers: the one it sits in, or the post a post dialog shows. */
function answeredArticle(editor: Element): Element | null {
  const inside = closestAny(editor, FACEBOOK_SELECTORS.article);
  if (inside) return inside;
  const dialog = closestAny(editor, FACEBOOK_SELECTORS.dialog);
  if (!dialog || closestAny(editor, FACEBOOK_SELECTORS.postForm)) return null;
  // A post opened as a dialog: its body is the story message, not wrapped in an article (the
  // first article there is the first comment). The dialog stands for the post.
  if (queryFirst(dialog, FACEBOOK_SELECTORS.message)) return dialog;
  return queryFirst(dialog, FACEBOOK_SELECTORS.article);
}

/** A Messenger chat box (beyond notComposer): outside any post, dialog or form, or next to a chat's thread link or message list. */
function isChat(editor: Element): boolean {
  if (!closestAny(editor, FACEBOOK_SELECTORS.composerHome)) return true;
  if (closestAny(editor, FACEBOOK_SELECTORS.article) || closestAny(editor, FACEBOOK_SELECTORS.postForm)) return false;
  for (let el = editor.parentElement, depth = 0; el && depth < 8; el = el.parentElement, depth++) {
    if (queryFirst(el, FACEBOOK_SELECTORS.chatMarks)) return true;
  }
  return false;
}

function articleText(article: Element, editor: Element): string {
  const message = queryFirst(article, FACEBOOK_SELECTORS.message);
  if (message) return shownText(message);
  // A comment article: its dir="auto" text blocks, outside the composer and nested replies.
  const parts = queryEach(article, ['div[dir="auto"]', 'span[dir="auto"]'])
    .filter((el) => !el.contains(editor) && !editor.contains(el) && closestAny(el, FACEBOOK_SELECTORS.article) === article)
    .filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)));
  return parts
    .map((p) => shownText(p))
    .filter(Boolean)
    .join('\n');
}

function articleAuthor(article: Element): string | undefined {
  const label = article.getAttribute('aria-label')?.match(COMMENT_BY);
  if (label) return label[1];
  return cleanText(queryFirst(article, FACEBOOK_SELECTORS.author)) || undefined;
}

/** The post's permalink path, plus "#author" when the comment answers a comment. */
function keyOf(article: Element): string {
  let post = article;
  for (
    let up = post.parentElement && closestAny(post.parentElement, FACEBOOK_SELECTORS.article);
    up;
    up = up.parentElement && closestAny(up.parentElement, FACEBOOK_SELECTORS.article)
  )
    post = up;
  const link = queryFirst(post, [
    'a[href*="/posts/"]',
    'a[href*="story_fbid"]',
    'a[href*="/permalink/"]',
    'a[href*="/videos/"]',
    'a[href*="/photo"]',
  ]);
  const base = link
    ? new URL(link.getAttribute('href') ?? '', 'https://www.facebook.com').pathname
    : (post.getAttribute('aria-labelledby') ?? '');
  return post === article ? base : `${base}#${articleAuthor(article) ?? ''}`;
}

export const facebook = defineAdapter({
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  privatePaths: /^\/messages\b/i,
  editors: FACEBOOK_SELECTORS.editor,
  notComposer: FACEBOOK_SELECTORS.notComposer,
  skip: isChat,
  composer(editor) {
    const article = answeredArticle(editor);
    return article ? { kind: 'comment', key: `facebook:comment:${keyOf(article)}` } : { kind: 'post', key: 'facebook:post:composer' };
  },
  replyContext(editor) {
    const article = answeredArticle(editor);
    if (!article) return undefined;
    return { text: articleText(article, editor), author: articleAuthor(article) };
  },
  // Comment: below the whole comment form (its icons and send arrow sit inside the box).
  // Post: below the text area, above "Add to your post" and the Post button.
  anchor: (editor) => (answeredArticle(editor) ? (asHTMLElement(editor.closest('form')) ?? editor.parentElement) : editor.parentElement),
  submit: (editor) =>
    answeredArticle(editor)
      ? { buttons: FACEBOOK_SELECTORS.commentSubmit, key: plainEnter }
      : { buttons: FACEBOOK_SELECTORS.postSubmit, next: { buttons: FACEBOOK_SELECTORS.postNext, dialog: FACEBOOK_SELECTORS.dialog } },
});

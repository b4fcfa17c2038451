/** norms/links: links that do not work the way the text expects on this platform. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Span } from '../../schemas';
import { memoCheck } from '../../norms/shared';
import { entitiesOf } from '../../text/entities';
import { draftNorms } from '../../norms/table';

const ID = 'norms/links';

/** "link in bio", "links in my bio", "link's in our profile", "🔗 in bio"… */
export const LINK_IN_BIO =
  /(?<![\p{L}\p{N}])(?:links?|🔗)(?:\s*(?:is|are|'s|’s))?\s+in\s+(?:(?:my|our|the)\s+)?(?:bio|profile)(?![\p{L}\p{N}])/giu;

/** A URL nobody retypes: with a scheme, www., a path or a query ("brand.com" alone is fine to say). */
export function isFullLink(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(url) || /[/?#]./.test(url);
}

function linkInBio(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LINK_IN_BIO)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  const platform = norms.platformName;
  if (!norms.linksClickable) {
    const links = entitiesOf(ctx).urls.filter((u) => isFullLink(u.value));
    if (links.length === 0) return [];
    return [
      {
        messageId: 'notClickable',
        spans: links.map(({ start, end }) => ({ start, end })),
        data: {
          count: links.length,
          platform,
          kind: norms.kindName,
          summary: `bare link (not clickable on ${platform})`,
        },
      },
    ];
  }
  // Cheap guard before the regex: most drafts never mention a bio or profile.
  if (!/bio|profile/i.test(ctx.text)) return [];
  const spans = linkInBio(ctx.text);
  if (spans.length === 0) return [];
  return [{ messageId: 'noBioLink', spans, data: { platform, summary: `"link in bio" outside Instagram` } }];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags bare links on Instagram and "link in bio" wording on networks where links work.',
    severity: 'warn',
    messages: {
      notClickable: {
        message: 'Links are not clickable in {platform} captions or comments; say "link in bio" instead.',
        explanation:
          '{platform} shows a link in a caption or comment as plain text nobody can tap, and few ' +
          'retype it. Put the link in your bio (or a link sticker in a story) and point to it.',
      },
      noBioLink: {
        message: '"Link in bio" is an Instagram habit; on {platform} put the link in the post.',
        explanation:
          'Links are clickable in {platform} posts, and readers do not go looking for a link in a ' +
          'profile. This wording usually means the text was written for Instagram.',
      },
    },
  },
  check: memoCheck(ID, check),
});

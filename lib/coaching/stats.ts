/** Counts for the stats page: posts per platform and kind, the promotional share, findings per category (pure: rows in, numbers out). */
import { buildHistoryIndex } from '../analysis/history/index';
import { KINDS, PLATFORMS, STAGES, type Platform } from '../analysis/schemas';
import { toHistoryItem, type ContactRow, type FindingLogRow, type PostRow, type Stats } from '../contract/schemas';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The rows the stats are computed from (what `readStats` in lib/storage reads). */
export interface StatsRows {
  since: number;
  posts: PostRow[];
  events: FindingLogRow[];
  contacts: ContactRow[];
  drafts: number;
}

/** Stats over the given rows (those at or after `since`, epoch ms; 0 for everything kept). */
export function computeStats({ since, posts, events, contacts, drafts }: StatsRows): Stats {
  const byPlatform = zeros(PLATFORMS);
  const byKind = zeros(KINDS);
  const promoBy = Object.fromEntries(PLATFORMS.map((p) => [p, { promotional: 0, posts: 0 }])) as Stats['promo']['byPlatform'];
  // The engine decides what is promotional when the user did not say (a throwaway index classifies).
  const classifier = buildHistoryIndex();
  let promotional = 0;
  let topLevel = 0;
  for (const post of posts) {
    byPlatform[post.platform]++;
    byKind[post.kind]++;
    if (post.kind !== 'post') continue;
    const isPromo = classifier.add(toHistoryItem(post)).promotional;
    topLevel++;
    promoBy[post.platform as Platform].posts++;
    if (isPromo) {
      promotional++;
      promoBy[post.platform].promotional++;
    }
  }
  const byCategory: Stats['findings']['byCategory'] = {};
  const byRule: Stats['findings']['byRule'] = {};
  for (const e of events) {
    const category = e.category ?? e.ruleId.split('/')[0] ?? e.ruleId;
    (byCategory[category] ??= { shown: 0, fixed: 0, dismissed: 0 })[e.event]++;
    (byRule[e.ruleId] ??= { shown: 0, fixed: 0, dismissed: 0 })[e.event]++;
  }
  const byStage = zeros(STAGES);
  for (const c of contacts) byStage[c.stage]++;
  return {
    since,
    posts: { total: posts.length, byPlatform, byKind },
    promo: { promotional, posts: topLevel, share: topLevel ? promotional / topLevel : null, byPlatform: promoBy },
    findings: { byCategory, byRule },
    contacts: { total: contacts.length, byStage },
    drafts,
  };
}

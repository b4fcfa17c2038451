/** The coaching popup's numbers, computed from rows of the history, the findings log and the drafts (pure: rows in, numbers out). */
import { classifyComplaint } from '../analysis/complaint/classify';
import { detectPrivateChannel } from '../analysis/complaint/channel';
import { detectCtas } from '../analysis/cta/detect';
import { buildHistoryIndex } from '../analysis/history/index';
import { getRule } from '../analysis/rules/index';
import { CATEGORIES, PLATFORMS, STAGES, type Category, type Platform, type Stage } from '../analysis/schemas';
import type { Coaching, ComplaintCoaching, PlatformCoaching, Tip, WeekSummary } from '../contract/coaching';
import { tipFor } from './tips';
import { toHistoryItem, type DraftRow, type FindingLogRow, type PostRow } from '../contract/schemas';
import { DAY } from '../util/time';

/** The 80/20 gauge looks at this many recent posts per platform. */
export const GAUGE_POSTS = 20;
/** Tips are drawn from findings of this many days. */
export const TIP_DAYS = 28;

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const cut = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function week(from: number, to: number, posts: PostRow[], events: FindingLogRow[]): WeekSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { shown: 0, fixed: 0, dismissed: 0 }])) as WeekSummary['byCategory'];
  const findings = { shown: 0, fixed: 0, dismissed: 0 };
  let postCount = 0;
  let replies = 0;
  for (const p of posts) {
    if (p.time < from || p.time >= to) continue;
    if (p.kind === 'post') postCount++;
    else replies++;
  }
  for (const e of events) {
    if (e.time < from || e.time >= to) continue;
    findings[e.event]++;
    const category = e.category ?? getRule(e.ruleId)?.meta.category;
    if (category && byCategory[category]) byCategory[category][e.event]++;
  }
  return { from, to, posts: postCount, replies, findings, byCategory };
}

/** The stages a post's calls to action ask for (the stored stage wins when the user set one). */
function ctaStagesOf(post: PostRow): { stages: Stage[]; conversation: boolean } {
  if (post.ctaStage) return { stages: [post.ctaStage], conversation: false };
  const ctas = detectCtas(post.text);
  const stages = [...new Set(ctas.map((c) => c.stage).filter((s): s is Stage => s !== 'any'))];
  return { stages, conversation: ctas.some((c) => c.stage === 'any') };
}

function platformCoaching(platform: Platform, recent: PostRow[]): PlatformCoaching {
  // The engine decides what is promotional when the user did not say.
  const classifier = buildHistoryIndex();
  const ctaStages = zeros(STAGES);
  let promotional = 0;
  let conversation = 0;
  let noCta = 0;
  for (const post of recent) {
    if (classifier.add(toHistoryItem(post)).promotional) promotional++;
    const asked = ctaStagesOf(post);
    for (const s of asked.stages) ctaStages[s]++;
    if (!asked.stages.length) {
      if (asked.conversation) conversation++;
      else noCta++;
    }
  }
  return {
    platform,
    recent: recent.length,
    promotional,
    share: recent.length ? promotional / recent.length : null,
    ctaStages,
    conversation,
    noCta,
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function complaintCoaching(replies: PostRow[], draftsAnswering: string[]): ComplaintCoaching {
  let count = 0;
  let movedPrivate = 0;
  const publicOnly: ComplaintCoaching['publicOnly'] = [];
  const waits: number[] = [];
  for (const reply of replies) {
    if (!reply.replyTo || !classifyComplaint(reply.replyTo.text).complaint) continue;
    count++;
    const waitedMs = reply.replyToTime !== undefined && reply.time >= reply.replyToTime ? reply.time - reply.replyToTime : null;
    if (waitedMs !== null) waits.push(waitedMs);
    if (detectPrivateChannel(reply.text).offered) movedPrivate++;
    else
      publicOnly.push({
        postId: reply.id,
        platform: reply.platform,
        text: cut(reply.text),
        complaint: cut(reply.replyTo.text),
        time: reply.time,
        waitedMs,
      });
  }
  publicOnly.sort((a, b) => b.time - a.time);
  const unanswered = draftsAnswering.filter((text) => classifyComplaint(text).complaint).length;
  return {
    replies: count,
    movedPrivate,
    publicOnly: publicOnly.slice(0, 5),
    publicOnlyCount: publicOnly.length,
    waits: { measured: waits.length, medianMs: median(waits), longestMs: waits.length ? Math.max(...waits) : null },
    unanswered,
  };
}

/**
 * Tips from the rules that came up most in the last four weeks, counting a dismissal twice (the
 * writer disagreed or did not know how) and a fix as half learned; different categories first.
 */
export function pickTips(events: FindingLogRow[], max = 3): Tip[] {
  const byRule = new Map<string, { category: Category; shown: number; fixed: number; dismissed: number }>();
  for (const e of events) {
    const rule = getRule(e.ruleId);
    const category = (e.category ?? rule?.meta.category) as Category | undefined;
    if (!category || !(CATEGORIES as readonly string[]).includes(category)) continue;
    const entry = byRule.get(e.ruleId) ?? { category, shown: 0, fixed: 0, dismissed: 0 };
    entry[e.event]++;
    byRule.set(e.ruleId, entry);
  }
  const scored = [...byRule.entries()]
    .map(([ruleId, c]) => ({ ruleId, ...c, score: c.shown + 2 * c.dismissed - 0.5 * c.fixed }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.ruleId.localeCompare(b.ruleId));
  const picked: typeof scored = [];
  for (const t of scored) if (picked.length < max && !picked.some((p) => p.category === t.category)) picked.push(t);
  for (const t of scored) if (picked.length < max && !picked.includes(t)) picked.push(t);
  return picked.map(({ ruleId, category, shown, fixed, dismissed }) => ({
    ruleId,
    category,
    shown,
    fixed,
    dismissed,
    ...tipFor(ruleId, category),
  }));
}

/** The rows the coaching popup is computed from (what `readCoaching` in lib/storage reads). */
export interface CoachingRows {
  now: number;
  /** Posts and replies of the last two weeks. */
  recentPosts: PostRow[];
  /** Findings events of the last TIP_DAYS days. */
  events: FindingLogRow[];
  /** The last GAUGE_POSTS posts (not replies) per platform, newest first. */
  perPlatform: ReadonlyMap<Platform, PostRow[]>;
  drafts: DraftRow[];
  promoShare: Coaching['promoShare'];
  totals: Coaching['totals'];
}

/** Everything the coaching popup shows, as of `now`. */
export function computeCoaching({ now, recentPosts, events, perPlatform, drafts, promoShare, totals }: CoachingRows): Coaching {
  const weekStart = now - 7 * DAY;
  const lastWeekStart = now - 14 * DAY;
  const platforms = PLATFORMS.filter((p) => (perPlatform.get(p)?.length ?? 0) > 0).map((p) => platformCoaching(p, perPlatform.get(p)!));
  const thisWeekReplies = recentPosts.filter((p) => p.kind !== 'post' && p.time >= weekStart);
  const answering = drafts.filter((d) => d.replyTo && d.text.trim() !== '' && d.kind !== 'post').map((d) => d.replyTo!.text);
  return {
    now,
    thisWeek: week(weekStart, now + 1, recentPosts, events),
    lastWeek: week(lastWeekStart, weekStart, recentPosts, events),
    platforms,
    promoShare,
    complaints: complaintCoaching(thisWeekReplies, answering),
    tips: pickTips(events),
    totals,
  };
}

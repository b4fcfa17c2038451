/**
 * Whether a text is promotional (SPEC §2): a conversion-stage ask ("Buy now", "Use code…"), an
 * upsell, an offer ("% off", "limited time", "free shipping", "our summer sale"), a discount code
 * or a price said as a price ("only $19", "$9/month"). Conservative: naming a product, a launch
 * or a figure ("we raised $5M") is social content, not promotion.
 */
import type { Span } from '../schemas';
import { detectCtas, type CtaMatch } from './detect';

/** What makes a text promotional. */
export type PromoCueKind = 'ask' | 'code' | 'discount' | 'offer' | 'price';

/** One reason a text is promotional, with where it is. */
export interface PromoCue {
  kind: PromoCueKind;
  span: Span;
  /** The words as written. */
  text: string;
}

/** Asks that sell besides conversion-stage ones: upgrades and renewals. */
const SELLING_ASK_IDS = new Set(['upgrade']);

// Plain (non-unicode) regexes with ASCII word boundaries: a global scan is several times faster.
const B = '(?<!\\w)';
const E = '(?!\\w)';

const CUE_PATTERNS: readonly { kind: PromoCueKind; re: RegExp }[] = [
  {
    kind: 'discount',
    re: new RegExp(
      `\\d{1,3}(?:[.,]\\d{1,2})?\\s?%\\s?(?:off|discount|savings?|cheaper)${E}|` +
        `${B}(?:save|take|get|extra|up to|an extra)\\s+\\d{1,3}\\s?%|` +
        `${B}(?:half[- ]price|half[- ]off|price drop|prices? slashed|markdowns?|bogo|buy (?:one|1|two|2) get (?:one|1|\\w{1,10}))${E}`,
      'gi',
    ),
  },
  {
    kind: 'code',
    re: new RegExp(`${B}(?:use|enter|apply|with|redeem)\\s+(?:the\\s+|my\\s+|our\\s+)?code\\s+["“'‘]?[\\w-]{3,30}`, 'gi'),
  },
  // An all-caps code after "code", case-sensitive: "code SPRING20", "Promo code: SAVE20".
  {
    kind: 'code',
    re: new RegExp(
      `${B}(?:(?:[Pp]romo|[Dd]iscount|[Cc]oupon|[Vv]oucher|PROMO|DISCOUNT|COUPON)[- ]?)?(?:[Cc]ode|CODE):?\\s+` +
        `["“'‘]?[A-Z][A-Z0-9]{2,19}${E}`,
      'g',
    ),
  },
  {
    kind: 'offer',
    re: new RegExp(
      `${B}(?:(?:flash|summer|winter|spring|autumn|fall|holiday|clearance|black friday|cyber monday|` +
        `end[- ]of[- ](?:season|year)|annual|semi[- ]annual|big|huge|biggest|mega|warehouse|sample|` +
        `anniversary|birthday|sitewide|site[- ]wide|boxing day|prime day|members?['’]?|vip|friends and family|` +
        `our)\\s+sale(?!\\s+of${E})|on sale|sale\\s+(?:ends|starts|is (?:live|on)|now on|prices?|price)|` +
        `limited[- ]time(?: only| offer| deal)?|while (?:stocks?|supplies) lasts?|today only|this weekend only|` +
        `(?:ends|ending) (?:tonight|today|tomorrow|at midnight|soon|sunday|monday|friday)|` +
        `free (?:shipping|delivery|gift with)|deals? of the (?:day|week)|` +
        `(?:exclusive|special|limited|introductory|launch) (?:offer|deal|discount|pricing|price)|` +
        `early[- ]bird (?:pricing|price|discount|tickets?|offer)|doorbusters?|back in stock|` +
        `(?:get|grab|order|buy|shop) (?:yours|it|one|them) (?:now|today)|order now|buy now|shop now)${E}`,
      'gi',
    ),
  },
  {
    kind: 'price',
    re: new RegExp(
      `${B}(?:only|just|from|starting at|starts at|now only|now just|priced at|for just|for only|at just|at only)\\s+` +
        `(?:[$€£¥]\\s?\\d{1,6}(?:[.,]\\d{3})*(?:[.,]\\d{1,2})?|\\d{1,6}(?:[.,]\\d{1,2})?\\s?(?:€|£|usd|eur|gbp|dollars|euros))` +
        `(?!\\w)(?!\\s+to\\s+[$€£¥\\d])|` +
        `(?:[$€£¥]\\s?\\d{1,6}(?:[.,]\\d{1,2})?|\\d{1,6}(?:[.,]\\d{1,2})?\\s?(?:€|£))\\s?(?:/|per |a )\\s?` +
        `(?:mo|month|yr|year|user|seat|person|night|week)${E}`,
      'gi',
    ),
  },
];

/** The reasons `text` is promotional, in order; empty for social content. Never throws. */
export function promotionalCues(text: string, ctas?: readonly CtaMatch[]): PromoCue[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const cues: PromoCue[] = [];
  for (const cta of ctas ?? detectCtas(text)) {
    if (cta.stage === 'conversion' || SELLING_ASK_IDS.has(cta.id)) {
      cues.push({ kind: 'ask', span: cta.span, text: cta.phrase });
    }
  }
  for (const { kind, re } of CUE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      cues.push({ kind, span: { start: m.index, end: m.index + m[0].length }, text: m[0] });
      if (cues.length > 100) break;
    }
  }
  cues.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: PromoCue[] = [];
  let coveredTo = -1;
  for (const cue of cues) {
    if (cue.span.start < coveredTo) continue;
    coveredTo = cue.span.end;
    out.push(cue);
  }
  return out;
}

/** Whether a text is promotional (conversion-stage asks, offers, prices, discount codes). */
export function isPromotional(text: string): boolean {
  return promotionalCues(text).length > 0;
}

import { cpuGrowth } from '../../helpers/growth';
import { describe, expect, it } from 'vitest';
import { catalogIndex, compilePattern, leadKeys } from '@/lib/analysis/cta/catalog';
import { detectCtas } from '@/lib/analysis/cta/detect';
import { CTA_PHRASES, LEAD_INS } from '@/lib/analysis/cta/phrases';

/** text → the asks found, each as "phrase → stage". */
const FOUND: [string, string[]][] = [
  // conversion
  ['Buy now!', ['Buy now → conversion']],
  ['BUY NOW!!! LIMITED STOCK', ['BUY NOW → conversion']],
  ['Shop the sale 🛍️', ['Shop the sale → conversion']],
  ['Order yours today', ['Order yours today → conversion']],
  ['Sign up for the paid plan', ['Sign up for the paid plan → conversion']],
  ['Our spring sale is live! Use code SPRING20 for 20% off 🌸', ['Use code SPRING20 for 20% off → conversion']],
  ['Grab yours before they’re gone!', ['Grab yours before they’re gone → conversion']],
  ['Add to cart before midnight.', ['Add to cart before midnight → conversion']],
  ['Pre-order now and get free shipping.', ['Pre-order now → conversion', 'get free shipping → conversion']],
  ['Claim your discount at checkout.', ['Claim your discount at checkout → conversion']],
  ['Save 25% this weekend only.', ['Save 25% this weekend only → conversion']],
  ['Don’t miss our Black Friday sale!', ['Don’t miss our Black Friday sale → conversion']],
  ['Subscribe and save 20% on every refill', ['Subscribe and save 20% on every refill → conversion']],
  ['New drop is live ✨ link in bio to shop', ['link in bio to shop → conversion']],
  ['Tap the link in bio to shop the drop', ['Tap the link in bio to shop the drop → conversion']],
  ['Just tap to shop', ['tap to shop → conversion']],
  ['Swipe up to shop', ['Swipe up to shop → conversion']],
  ['@sam just DM us to book your table', ['DM us to book your table → conversion']],
  ['Visit our site to order', ['Visit our site to order → conversion']],
  ['👉 Shop the spring collection: brand.com/spring', ['Shop the spring collection → conversion']],
  ['Our spring collection is here. Shop it at https://shop.example.com/spring', ['Shop it → conversion']],
  ['Last chance to save 30%!', ['Last chance to save 30% → conversion']],
  ['Link in bio to shop and follow us for more', ['Link in bio to shop → conversion', 'follow us for more → awareness']],
  ['Shop and save 20% this weekend', ['Shop → conversion', 'save 20% this weekend → conversion']],
  ['Book your table for Valentine’s Day', ['Book your table for Valentine’s Day → conversion']],
  // consideration
  ['Book a demo', ['Book a demo → consideration']],
  ['Book a free 15-minute demo with our team.', ['Book a free 15-minute demo with our team → consideration']],
  ['Start your 14-day free trial today.', ['Start your 14-day free trial today → consideration']],
  ['Get a quote', ['Get a quote → consideration']],
  ['Compare plans and pick what fits.', ['Compare plans and pick what fits → consideration']],
  ['Talk to sales to get a custom quote.', ['Talk to sales to get a custom quote → consideration']],
  ['Contact us for a free quote.', ['Contact us for a free quote → consideration']],
  ['Get started for free.', ['Get started for free → consideration']],
  ['Why not book a call and see?', ['book a call and see → consideration']],
  ['Try it free for 14 days.', ['Try it free for 14 days → consideration']],
  // interest
  ['Download the guide', ['Download the guide → interest']],
  ['Register for the webinar', ['Register for the webinar → interest']],
  ['Subscribe', ['Subscribe → interest']],
  ['Subscribe to our newsletter for weekly tips 📬', ['Subscribe to our newsletter for weekly tips → interest']],
  ['Don’t forget to subscribe!', ['subscribe → interest']],
  ['P.S. subscribe for more.', ['subscribe for more → interest']],
  ['Don’t miss the webinar tomorrow.', ['Don’t miss the webinar tomorrow → interest']],
  ['Visit our website to learn more.', ['Visit our website to learn more → interest']],
  ['Learn more at brand.com', ['Learn more → interest']],
  ['Just launched our app. Download it free on iOS.', ['Download it free on iOS → interest']],
  ['Full recipe: link in bio', ['link in bio → interest']],
  ['Save your seat for Thursday’s masterclass', ['Save your seat for Thursday’s masterclass → interest']],
  // awareness
  ['Follow us for more', ['Follow us for more → awareness']],
  ['- Follow @brand for updates', ['Follow @brand for updates → awareness']],
  ['Go follow @brand right now', ['follow @brand right now → awareness']],
  ['Check out our new blog post on CTAs.', ['Check out our new blog post on CTAs → awareness']],
  ['Watch the full video on YouTube.', ['Watch the full video on YouTube → awareness']],
  ['Enter to win a year of coffee!', ['Enter to win a year of coffee → awareness']],
  ['Like, share and subscribe!', ['Like → awareness', 'share → awareness', 'subscribe → interest']],
  [
    'Follow us for daily tips, and share this with a friend who needs it.',
    ['Follow us for daily tips → awareness', 'share this with a friend → awareness'],
  ],
  ['Tag a friend who needs this 😂', ['Tag a friend who needs this → awareness']],
  // loyalty
  ['Leave a review', ['Leave a review → loyalty']],
  ['Please leave us a review ⭐', ['leave us a review → loyalty']],
  ['Rate us on the App Store ⭐⭐⭐⭐⭐', ['Rate us on the App Store → loyalty']],
  ['Join our customer community', ['Join our customer community → loyalty']],
  ['Upgrade to Pro for unlimited projects.', ['Upgrade to Pro for unlimited projects → loyalty']],
  ['Renew your membership before June 1.', ['Renew your membership before June 1 → loyalty']],
  // advocacy
  ['Refer a friend', ['Refer a friend → advocacy']],
  ['Refer a friend and you both get $10.', ['Refer a friend and you both get $10 → advocacy']],
  ['Tag us!', ['Tag us → advocacy']],
  ['Share your story', ['Share your story → advocacy']],
  ['Use our hashtag #BrandLife to be featured', ['Use our hashtag #BrandLife to be featured → advocacy']],
  ['Become a brand ambassador — applications open!', ['Become a brand ambassador → advocacy']],
  ['Spread the word 💛', ['Spread the word → advocacy']],
  // conversation prompts fit every stage
  ['What do you think?', ['What do you think → any']],
  ['So, what do you think about the new logo?', ['what do you think about the new logo → any']],
  ['Tell us in the comments 👇', ['Tell us in the comments → any']],
  ['What’s your favorite feature so far?', ['What’s your favorite feature so far → any']],
  ['Drop a 🔥 if you agree', ['Drop a 🔥 if you agree → any']],
  ['Thoughts?', ['Thoughts? → any']],
  // layout: lists, emoji, mentions, RTL marks, curly quotes
  ['1. Book a demo\n2. Start your free trial', ['Book a demo → consideration', 'Start your free trial → consideration']],
  ['🚀🚀 Start your free trial', ['Start your free trial → consideration']],
  ['\u200FShop now', ['Shop now → conversion']],
  ['مرحبا! Shop now', ['Shop now → conversion']],
  ['Big news → Sign up for our newsletter', ['Sign up for our newsletter → interest']],
];

/** Sentences that mention buying, signing up, following… without asking the reader to. */
const NONE: string[] = [
  'We bought a new espresso machine for the office and it’s great.',
  'I bought the blue one and honestly love it.',
  'Don’t buy cheap running shoes, your knees will thank you.',
  "Please don't buy from resellers.",
  'Do not sign up for anything you have not tested.',
  'Never sign up for a plan you haven’t tested.',
  'Our buying guide review is out now',
  'Where can I buy this in Berlin?',
  'Should you buy or lease a car in 2026?',
  'Buy or build? We compared both.',
  'She told me to buy it, so I did.',
  'People who buy in bulk save more.',
  'Customers who ordered before Friday get it Monday.',
  'Order matters when you stack habits.',
  'Shop talk: what we learned this quarter.',
  'Buy-in from leadership matters more than budget.',
  'Follow-up from yesterday’s thread.',
  'Our team will follow up by email.',
  'We subscribe to the idea that less is more.',
  'Sales were up 20% this quarter thanks to you.',
  'Like I said, consistency beats intensity.',
  'Sign of the times.',
  'Book club pick of the month: Deep Work.',
  'Try this recipe tonight, it takes 10 minutes.',
  'Read the room before you post.',
  'Get ready for Monday.',
  'Share prices dipped today.',
  'Join me in congratulating Maria on her promotion!',
  '"Buy now" is the laziest CTA there is.',
  'The worst CTA? “Buy now”.',
  'Tag line brainstorm today.',
  'Use your judgment.',
  'Leave the office on time tonight.',
  'Start your week with a walk.',
  'Register a complaint with the FTC if they ignore you.',
  'Refer to the docs for details.',
  'Download speeds were slow this morning, sorry about that.',
  'Visit Paris in spring, you won’t regret it.',
  'RT @brand: big news today',
  'Signed up for the paid plan last week and no regrets.',
  'We never ask you to subscribe.',
  'Just bought my first Tesla.',
  'There is no link in bio to shop, sorry.',
  'How do I book a demo?',
  'Did you click the link to order?',
  'Shop local this weekend.',
  'Please follow us by sending a DM for further assistance.',
  'Could you follow us so we can DM you the details?',
  'purchase.error.INVALID_ACCOUNT_STATUS',
  'Stop writing “buy now” in every post.',
  'Maybe it is time we talked about pricing.',
  'e-mail: help@crumb.co | phone: 555-0100',
  'Order of the day: coffee first, emails later.',
  'Order and chaos: notes from a busy Saturday.',
  'Book review: "Building a StoryBrand" changed how we write captions.',
  'Book now available in paperback: our founder’s memoir.',
  'Buy vs. build: how we chose our CRM.',
  'Join the club: we also forgot to post for two weeks.',
  'Save time by batching your posts on Sunday.',
  'Upgrade your mornings with a 5-minute stretch.',
  'Refer back to this checklist whenever you plan a launch.',
  'Rate limits are a pain. Here’s how we handle them.',
  'Compare yourself to yesterday, not to others.',
  'Follow the recipe exactly the first time.',
  'Tell a story, not a sales pitch.',
  'Use your words, not your caps lock.',
  'Shop small this weekend, it matters.',
  '',
  '   ',
];

const show = (text: string) => detectCtas(text).map((m) => `${m.phrase} → ${m.stage}`);

describe('detectCtas', () => {
  for (const [text, want] of FOUND) {
    it(`finds: ${JSON.stringify(text)}`, () => expect(show(text)).toEqual(want));
  }
  for (const text of NONE) {
    it(`finds nothing in: ${JSON.stringify(text)}`, () => expect(show(text)).toEqual([]));
  }
  // Known false positives: advice phrased like an ask. Kept visible until the detector can tell.
  it.skip('advice, not an ask: "Get a quote from three suppliers before you sign anything"', () => {
    expect(show('Get a quote from three suppliers before you sign anything — that’s our advice.')).toEqual([]);
  });
  it.skip('advice, not an ask: "Book a table somewhere nice this weekend, you deserve it"', () => {
    expect(show('Book a table somewhere nice this weekend, you deserve it.')).toEqual([]);
  });

  it('gives spans as UTF-16 offsets into the text, after emoji and surrogate pairs', () => {
    const text = '👨‍👩‍👧‍👦 Big family deal 🎉 Buy now!';
    const [m] = detectCtas(text);
    expect(text.slice(m!.span.start, m!.span.end)).toBe('Buy now');
    expect(m!.span.start).toBe(text.indexOf('Buy'));
  });

  it('marks an ask that ends its clause as replaceable, and one followed by a link as not', () => {
    expect(detectCtas('Buy now!')[0]!.replaceable).toBe(true);
    expect(detectCtas('Buy now at brand.com/sale')[0]!.replaceable).toBe(false);
    expect(detectCtas('Shop now, while stocks last')[0]!.replaceable).toBe(false);
    expect(detectCtas('Follow us and share this post')[0]!.replaceable).toBe(false);
  });

  it('tells imperatives, lead-in phrases and conversation prompts apart', () => {
    expect(detectCtas('Shop now')[0]!.kind).toBe('imperative');
    expect(detectCtas('Link in bio to shop')[0]!.kind).toBe('phrase');
    expect(detectCtas('What do you think?')[0]!.kind).toBe('conversation');
  });

  it('marks asks that bring other people in as outward', () => {
    expect(detectCtas('Refer a friend')[0]!.outward).toBe(true);
    expect(detectCtas('Share this with a friend')[0]!.outward).toBe(true);
    expect(detectCtas('Follow us')[0]!.outward).toBe(false);
  });

  it('never throws and keeps spans inside the text on hostile input', () => {
    const hostile = [
      '\uD800',
      '\uDC00Buy now',
      'Buy now\uD800',
      '\u0000\u0007Shop now',
      '\u202EShop now\u202C',
      '🏳️‍🌈'.repeat(500),
      'Buy now, '.repeat(12_000),
      'tap to buy now, '.repeat(6_000),
      '@'.repeat(50_000),
      '#a '.repeat(30_000),
      'a'.repeat(100_000),
      '.'.repeat(100_000),
      ' and'.repeat(25_000),
      'İstanbul Shop now',
      'x'.repeat(99_999) + 'Buy now',
    ];
    for (const text of hostile) {
      const found = detectCtas(text);
      for (const m of found) {
        expect(m.span.start).toBeGreaterThanOrEqual(0);
        expect(m.span.end).toBeLessThanOrEqual(text.length);
        expect(m.span.start).toBeLessThan(m.span.end);
      }
    }
    expect(detectCtas(undefined as unknown as string)).toEqual([]);
  });

  it('stays linear on long inputs', () => {
    // Work, not time: an eighth of the input costs about an eighth (slack ×4); quadratic would be ×64.
    for (const text of ['Buy now, '.repeat(11_000), 'tap to shop and '.repeat(6_000), '🎉'.repeat(50_000)]) {
      expect(
        cpuGrowth(
          () => detectCtas(text.slice(0, text.length / 8)),
          () => detectCtas(text),
        ),
      ).toBeLessThan(8 * 4);
    }
  });
});

describe('the CTA catalog', () => {
  it('compiles every row and lead-in, each with lead letters', () => {
    expect(() => catalogIndex()).not.toThrow();
    for (const row of CTA_PHRASES) {
      expect(leadKeys(row.pattern).length, row.pattern).toBeGreaterThan(0);
      expect(() => new RegExp(compilePattern(row.pattern), 'iu'), row.pattern).not.toThrow();
    }
    for (const lead of LEAD_INS) expect(() => new RegExp(compilePattern(lead), 'iu')).not.toThrow();
  });

  it('uses only non-capturing groups (the detector relies on it)', () => {
    for (const row of CTA_PHRASES) {
      const re = new RegExp(`${compilePattern(row.pattern)}|`, 'iu');
      expect(re.exec('')!.length, row.pattern).toBe(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { classifyComplaint } from '@/lib/analysis/complaint/classify';

/** Synthetic examples written for these tests. */
const complaints = [
  '@AcmeAir my flight was cancelled and nobody at the desk will help. Worst service ever.',
  '@ShopCo still waiting for my refund, it has been three weeks. Unacceptable.',
  '@Fonely my phone keeps crashing since the update and support never answers',
  '@ShopCo I was charged twice for the same order',
  '@ShopCo my parcel arrived damaged',
  '@AcmeAir thanks for nothing. 3 hours on the tarmac.',
  'Great, another delay @AcmeAir',
  '@ShopCo never again. Wrong item, no reply to my emails.',
  '@AcmeAir not happy with the service today',
  '@Fonely why is my bill double this month?',
  '@ShopCo where is my order?? Ordered 10 days ago',
  '@Fonely can’t log in to the app since this morning 😡',
  '@ShopCo the app is so slow I gave up on checkout',
  '@AcmeAir lost my bag and nobody has called back #fail',
  '@ShopCo it would be nice if your drivers actually rang the bell',
  // A plain negation next to one of the brand's things says what the service did not do.
  '@AcmeAir my suitcase never made it onto the plane',
  "@ShopCo the website still won't take my card",
  "@Fonely the app doesn't open since the update",
  // Failures in other words: refused, forgot, had to pay, ran out.
  '@AcmeAir the agent refused to rebook us',
  '@ShopCo you forgot half of my groceries',
  '@AcmeAir had to pay for a hotel myself',
  '@AcmeAir ran out of meals before row 20',
  // Sad faces, scare quotes, harsh judgements, "too long", "since Monday".
  '@ShopCo order #5512 is still not here :(',
  '@AcmeAir so much for your "priority" boarding',
  '@Fonely your support staff were condescending and careless',
  '@AcmeAir the line at bag drop is too long, only one desk open',
  '@ShopCo I have been chasing this refund since Monday',
  // Praise before a "but" is a cushion; the complaint after it is the point.
  '@AcmeAir love you guys but my bag is lost',
  '@Fonely great phone, however the battery never lasts a day',
  // Weather blamed for a failure told to the brand is an excuse, not the subject.
  '@AcmeAir flight delayed again and you blame the weather',
  // Timing words are not praise: "on time", "finally".
  '@AcmeAir finally boarding after sitting at the gate for 3 hours',
  '@AcmeAir screw you, I missed the wedding',
];

const notComplaints = [
  '@AcmeAir thanks for the smooth flight, the crew were lovely!',
  '@ShopCo do you ship to Canada?',
  'This weather is the worst.',
  'Mondays are the worst',
  '@ShopCo what time do you open on Sunday?',
  '@AcmeAir love the new lounge, great coffee',
  '@ShopCo not bad at all, the new app is really nice',
  '@Fonely is the new model available in blue?',
  'Congrats on the launch!',
  '@AcmeAir no complaints, the flight was early',
  // Negations that are praise or beside the point.
  'this weather is the worst',
  '@AcmeAir this weather is the worst',
  '@ShopCo not bad at all!',
  "can't wait to fly with you",
  "@AcmeAir can't wait to fly with you next week!",
  "@AcmeAir didn't expect such great service",
  "@ShopCo I don't know who won the giveaway yet, fingers crossed",
  '@AcmeAir flight was on time and the crew were lovely :)',
  '@ShopCo delivered early, thanks so much <3',
  '@AcmeAir do you fly to Denver?',
  '@AcmeAir landed safely, see you next month 😊',
  '',
  '   ',
];

describe('classifyComplaint', () => {
  it.each(complaints)('reads a complaint: %s', (text) => {
    const result = classifyComplaint(text);
    expect(result.complaint).toBe(true);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.cues.length).toBeGreaterThan(0);
  });

  it.each(notComplaints)('reads no complaint: %s', (text) => {
    const result = classifyComplaint(text);
    expect(result.complaint).toBe(false);
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('reports cue spans inside the text, in order', () => {
    const text = '@ShopCo still waiting for my refund. Unacceptable!!';
    const { cues } = classifyComplaint(text);
    for (const cue of cues) {
      expect(cue.span.start).toBeGreaterThanOrEqual(0);
      expect(cue.span.end).toBeLessThanOrEqual(text.length);
    }
    expect(cues.map((c) => text.slice(c.span.start, c.span.end))).toContain('Unacceptable');
    expect(cues.map((c) => c.kind)).toContain('problem');
  });

  it('reads sarcasm as a complaint', () => {
    const { cues } = classifyComplaint('Thanks for nothing @AcmeAir');
    expect(cues.some((c) => c.kind === 'sarcasm')).toBe(true);
  });

  // A bare negation alone is not enough to make the reply rules speak; next to one of the brand's
  // things ("points", "order", "app") it is.
  it('reads "@ShopCo I didn\'t get my points from last month" as a complaint', () => {
    expect(classifyComplaint("@ShopCo I didn't get my points from last month").complaint).toBe(true);
  });
  it('stays quiet on a bare negation with no service noun', () => {
    expect(classifyComplaint("@ShopCo I don't know yet, maybe next week").complaint).toBe(false);
  });
  // Known miss, kept visible.
  it.skip('known miss: non-English complaints ("nicht synchron") are not read', () => {
    expect(classifyComplaint('@Streamly Bild und Ton sind nicht synchron. Wie kommt das?').complaint).toBe(true);
  });

  it('reports the negation next to a service noun as a negation cue', () => {
    const text = "@ShopCo my parcel didn't arrive";
    const { cues } = classifyComplaint(text);
    expect(cues.some((c) => c.kind === 'negation' && text.slice(c.span.start, c.span.end) === "didn't")).toBe(true);
  });

  it('does not count praise that comes before a "but" followed by the complaint', () => {
    const text = '@AcmeAir love the lounge but my flight was cancelled';
    const { cues } = classifyComplaint(text);
    expect(cues.some((c) => c.kind === 'praise')).toBe(false);
    expect(classifyComplaint('@AcmeAir my flight was cancelled but the crew were lovely').cues.some((c) => c.kind === 'praise')).toBe(true);
  });

  it('reads typed sad faces, not the colon-slash of a link', () => {
    expect(classifyComplaint('@ShopCo still no parcel :/').cues.some((c) => c.kind === 'anger')).toBe(true);
    expect(classifyComplaint('@ShopCo see https://example.com/help').cues.some((c) => c.kind === 'anger')).toBe(false);
  });

  it('is more confident with more evidence', () => {
    const mild = classifyComplaint('@ShopCo my parcel is late');
    const strong = classifyComplaint('@ShopCo my parcel is late AGAIN, third time this month. Unacceptable, never ordering again!!');
    expect(strong.confidence).toBeGreaterThan(mild.confidence);
  });
});

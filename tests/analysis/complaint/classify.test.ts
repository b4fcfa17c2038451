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

  // Known misses, kept visible: a bare negation to a brand is usually a complaint in the airline
  // corpus (77%), but alone it is not enough to make the reply rules speak.
  it.skip('known miss: "@ShopCo I didn\'t get my points from last month" reads as a complaint', () => {
    expect(classifyComplaint("@ShopCo I didn't get my points from last month").complaint).toBe(true);
  });
  it.skip('known miss: non-English complaints ("nicht synchron") are not read', () => {
    expect(classifyComplaint('@Streamly Bild und Ton sind nicht synchron. Wie kommt das?').complaint).toBe(true);
  });

  it('is more confident with more evidence', () => {
    const mild = classifyComplaint('@ShopCo my parcel is late');
    const strong = classifyComplaint('@ShopCo my parcel is late AGAIN, third time this month. Unacceptable, never ordering again!!');
    expect(strong.confidence).toBeGreaterThan(mild.confidence);
  });
});

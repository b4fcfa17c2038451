import { describe, expect, it } from 'vitest';
import { needsPrivateChannel, replyKind } from '@/lib/analysis/complaint/needs-private';

// Synthetic posts written for these tests (not from a corpus).
const reasons = (text: string) => needsPrivateChannel(text).cues.map((c) => c.reason);

describe('needsPrivateChannel', () => {
  it.each([
    ['@ShopCo I was charged twice for one order', 'money'],
    ['@ShopCo still waiting on my refund', 'money'],
    ['@Parcelly my package never arrived', 'order'],
    ['Ordered a lamp two weeks ago and it still has not arrived', 'order'],
    ['@AcmeAir my flight was cancelled and nobody will rebook me', 'order'],
    ['@Fonely my account was hacked and I am locked out', 'account'],
    ['@RideCo my driver was drunk, I did not feel safe. This is a safety issue', 'safety'],
    ['@NetCo third day without internet at home', 'ongoing'],
    ['@Bankly I opened a case last week, case number 4411, nobody has replied', 'case'],
    ['@Bankly the rep hung up on me twice', 'staff'],
    ['@Printo I would like to speak to a technician', 'asked'],
  ])('needs it: %s (%s)', (text, reason) => {
    const r = needsPrivateChannel(text);
    expect(r.needed).toBe(true);
    expect(reasons(text)).toContain(reason);
  });

  it.each([
    ['@Streamly is the app down for everyone?', 'an outage report'],
    ['@AcmeAir flight 1704 is delayed again, get it off the ground', 'a flight status question'],
    ['@Fonely the keyboard types A instead of I after the update', undefined],
    ['@Burgerly the new recipe tastes chalky', undefined],
    ['@AcmeAir thanks for the lovely crew today!', undefined],
    ['@Bankly how do I dispute a charge in the app?', 'a how-to question'],
  ])('does not need it: %s', (text, against) => {
    const r = needsPrivateChannel(text);
    expect(r.needed).toBe(false);
    expect(r.against).toBe(against);
  });

  it('keeps money on the customer private even in an outage', () => {
    expect(needsPrivateChannel('@Bankly is the app down? I was charged twice meanwhile').needed).toBe(true);
  });

  it('never throws and stays bounded on odd input', () => {
    expect(needsPrivateChannel(undefined as unknown as string).needed).toBe(false);
    expect(needsPrivateChannel('my order '.repeat(50_000)).cues.length).toBeLessThan(2000);
  });
});

describe('replyKind', () => {
  it.each([
    ['Sorry! Try restarting the app and it should work again.', 'information'],
    ["We're aware of the outage and our team is working on it.", 'information'],
    ['Yes, children can join the programme too.', 'information'],
    ["We're so sorry to hear that.", 'apology-only'],
    ["We'll pass this on to the team.", 'deflection'],
    ['Which iOS version are you on?', 'question'],
  ])('%s → %s', (text, kind) => {
    expect(replyKind(text)).toBe(kind);
  });
});

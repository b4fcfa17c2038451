import { describe, expect, it } from 'vitest';
import { needsPrivateChannel, PATTERNS, replyKind } from '@/lib/analysis/complaint/needs-private';

// Synthetic posts written for these tests (paraphrases of the rubric's categories, not from a corpus).
const reasons = (text: string) => needsPrivateChannel(text).cues.map((c) => c.reason);

describe('needsPrivateChannel', () => {
  // Rubric T1–T7, T10: clear-cut, a fix when the reply offers no channel.
  it.each([
    // T1 money
    ['@ShopCo I was charged twice for one order', 'money'],
    ['@ShopCo still waiting on my refund', 'money'],
    ['@Streamly cancelled my subscription in May and you are still billing me', 'money'],
    ['@Bankly there is a payment on my statement I never made', 'money'],
    ['@Fonely why is my bill $40 higher this month?? nobody told me', 'money'],
    ['@RideCo got hit with a cancellation fee even though the driver cancelled. Want my money back', 'money'],
    ['@GameCo I keep trying to buy credits and the payment fails every time', 'money'],
    ['@ShopCo my promo code was not applied at checkout', 'money'],
    // T2 order, delivery, trip, booking
    ['@Parcelly my package never arrived', 'order'],
    ['Ordered a lamp two weeks ago and it still has not arrived', 'order'],
    ['@AcmeAir my flight was cancelled and nobody will rebook me', 'order'],
    ['@Parcelly tracking says delivered but there is nothing at my door', 'order'],
    ['@AcmeAir you lost my suitcase on the way to Rome, three days and still no bag', 'order'],
    ['@AcmeAir they moved me off my aisle seat after I checked in', 'order'],
    ['@FoodCo the driver never showed up and the app says my food was delivered', 'order'],
    ['@HotelCo our reservation was given away when we arrived at midnight', 'order'],
    ['@NetCo the engineer did not turn up for my installation appointment', 'order'],
    // T3 account
    ['@Fonely my account was hacked and I am locked out', 'account'],
    ['@Fonely someone ported my number to another carrier without asking me', 'account'],
    ['@GameCo my account got banned for no reason', 'account'],
    // T4 safety, harassment, legal
    ['@RideCo my driver was drunk, I did not feel safe. This is a safety issue', 'safety'],
    ['@RideCo the driver made sexual comments the whole ride', 'safety'],
    ['@Bankly fix this or I am reporting you to the BBB', 'safety'],
    ['@BurgerCo got food poisoning after eating there last night', 'safety'],
    // T5 own service down for days or again and again
    ['@NetCo third day without internet at home', 'ongoing'],
    ['@NetCo my wifi keeps dropping every evening, this is the fourth time this week', 'ongoing'],
    ['@CableCo we have had no tv service for 3 days now', 'ongoing'],
    ['@CableCo my cable box keeps rebooting', 'ongoing'],
    // T6 open case, unanswered message
    ['@Bankly I opened a case last week, case number 4411, nobody has replied', 'case'],
    ['@ShopCo sent you a DM two days ago and still no reply', 'case'],
    ['@Fonely this is the third time I have called about this', 'case'],
    // T7 staff conduct aimed at the customer
    ['@Bankly the rep hung up on me twice', 'staff'],
    ['@StoreCo the manager yelled at me in front of everyone and told me to leave', 'staff'],
    // T10 missing, wrong or broken in a purchase
    ['@BurgerCo no fries in my bag again, paid for a large meal', 'defect'],
    ['@ShopCo the vase arrived smashed', 'defect'],
    ['@ShopCo you sent me the wrong size', 'defect'],
    // Round 4, from the extra labelled pairs' misses (paraphrased): the same categories, said otherwise.
    ['@GrocerCo evening slot was 8-9pm. Still not arrived. Nobody picks up the phone', 'order'],
    ['@AcmeAir unpacked at home and my bass guitar is broken, it was checked in', 'order'],
    ['@ShopCo waited weeks for the atlas and it came bent inside of a perfect box', 'defect'],
    ['@Printo bought the scanner today, the drivers do not install. REFUND!', 'money'],
    ['@GameCo my gift card code dosent work', 'money'],
    ['@GameCo redeemed a coin code from the shop, it said success but I never got the coins', 'money'],
    ['@CableCo I have lost all my sports channels since this morning, help', 'ongoing'],
    ['@Streamly the player has shown an error for three weeks now and I am still paying for it', 'ongoing'],
    ['@GameCo pre-ordered on Monday and was told I was going to get 500 bonus coins, nothing yet', 'case'],
    ['4th call to @AcmeAir about our group booking, still not sorted', 'case'],
    ['@AcmeAir booked seats for my family and the names on two of them are incorrect', 'order'],
    ['@Parcelly dumping it in the lobby of my building is not delivering it to me', 'order'],
    ['@ShopCo why is my next-day order not arriving until Thursday?', 'order'],
    ['@ShopCo how do I stop your couriers? Stuff is lost or smashed every single time', 'order'],
    ['@Bankly ok so where is my cheque', 'money'],
  ])('needs it: %s (%s)', (text, reason) => {
    const r = needsPrivateChannel(text);
    expect(r.needed).toBe(true);
    expect(r.level).toBe('high');
    expect(reasons(text)).toContain(reason);
  });

  // Rubric T8, T9, T11 and poor servings: a softer signal (low confidence), a warning.
  it.each([
    ['@Printo I would like to speak to a technician', 'asked'],
    ['@Fonely please call me back, I have explained this twice already', 'asked'],
    ['@Bankly spent an hour on hold and nobody could help me', 'support'],
    ['@NetCo your support people are clueless', 'support'],
    ['@AcmeAir you cancelled our trip home, what compensation do we get?', 'order'],
    ['@AcmeAir after that delay I expect a voucher at least', 'compensation'],
    ['@BurgerCo the chicken was raw in the middle', 'defect'],
    ['@AcmeAir the way I am treated by your desk is not acceptable', 'support'],
    ['@AcmeAir a passenger kept kicking my daughter and the crew did nothing', 'staff'],
    ['@PizzaCo you call this a pepperoni pizza? [photo]', 'defect'],
    ['@PizzaCo is this supposed to be a large? [photo]', 'defect'],
    ['@ShopCo um, this is not 30 cm, more like 20 [photo]', 'defect'],
  ])('probably needs it: %s (%s)', (text, reason) => {
    const r = needsPrivateChannel(text);
    expect(r.needed).toBe(true);
    expect(reasons(text)).toContain(reason);
  });

  // Rubric F1–F9.
  it.each([
    ['@Streamly is the app down for everyone?', 'an outage report'],
    ['@NetCo internet down in my area again? anyone else?', 'an outage report'],
    ['@AcmeAir flight 1704 is delayed again, get it off the ground', 'a flight status report'],
    ['@AcmeAir why are we still sitting at the gate, 40 minutes late', 'a flight status report'],
    ['@AcmeAir the security line at terminal 2 is enormous', 'a flight status report'],
    ['@NetCo my speeds are so slow tonight', 'a slow-speed report'],
    ['@Fonely the keyboard types A instead of I after the update', 'an app or device bug'],
    ['@Streamly the app crashes every time I open a playlist', 'an app or device bug'],
    ['@Burgerly the new recipe tastes chalky', 'feedback on the product'],
    ['@AcmeAir thanks for the lovely crew today!', undefined],
    ['@Bankly how do I dispute a charge in the app?', 'a how-to or general question'],
    ['@AcmeAir can kids join the loyalty programme?', 'a how-to or general question'],
    ['@Bankly how do I reset my password?', 'a how-to or general question'],
    ['@AcmeAir if I get rebooked, do I need to collect my bags?', 'a how-to or general question'],
    ['@Bankly i have a question', 'a how-to or general question'],
    ['@Bankly you are the worst bank ever', undefined],
    ['@AcmeAir the seats on your new planes are so cramped', 'feedback on the product'],
    ['@StoreCo you never have oat milk in stock', 'feedback on the product'],
    ['@RailCo the 21.40 train to Dorking left early, two minutes before time', 'a train status report'],
    ['@AcmeAir 6 hours with no inflight entertainment and the crew was rude', 'feedback on the product'],
    ["@AcmeAir the plane's wifi is worse than a dial-up modem, why not fix it?", 'feedback on the product'],
    ['@DonutCo pumpkin glaze was a terrible idea', 'feedback on the product'],
    ['@Musico is there anyway to sort a playlist in my order instead of by date?', 'a how-to or general question'],
    ['@FoodCo I was wondering if you could give me money off my food, skint this week', 'a how-to or general question'],
    ['@AcmeAir my cabin bag is 24x14x9, will check-in charge me a fee?', 'a how-to or general question'],
    ['@GameCo bought a racing game but it will not download, the data is corrupted', 'an app or device bug'],
    ['@Phoneco the payment page says my bank account # must be 12 digits, mine has 9', 'an app or device bug'],
    ['@Marketo every listing I post gets flagged as fraudulent by your site and I have to post it again', 'an app or device bug'],
    ['@Musico this new layout is not friendly to left-handed people, I cannot reach my playlist', 'feedback on the product'],
    ['@AcmeAir my small bag may not go under the bulkhead seat but a huge therapy dog can?', 'feedback on the product'],
    ["@AcmeAir here's some credit for once: the lounge soup is great", undefined],
    ['@AcmeAir my guitar case has room for two pedals, can I carry it on?', 'a how-to or general question'],
  ])('does not need it: %s', (text, against) => {
    const r = needsPrivateChannel(text);
    expect(r.needed).toBe(false);
    expect(r.against).toBe(against);
  });

  it('reads past the dots of a handle or a link inside the sentence', () => {
    const text = 'Ordered the winter box from @shop.co two weeks ago and it still has not arrived. Not impressed';
    const result = needsPrivateChannel(text);
    expect(result).toMatchObject({ needed: true, level: 'high' });
    // The evidence quotes the post as written, the handle's dot included.
    expect(result.cues[0]!.text).toContain('@shop.co');
    expect(needsPrivateChannel('Bought it via shop.example.com/sale on Monday and it arrived broken').needed).toBe(true);
  });

  it('keeps money on the customer private even in an outage', () => {
    expect(needsPrivateChannel('@Bankly is the app down? I was charged twice meanwhile').needed).toBe(true);
  });

  it('keeps a missed connection private even when the flight status is named', () => {
    expect(needsPrivateChannel('@AcmeAir flight 22 was delayed 3 hours and I missed my connection in Dallas').needed).toBe(true);
  });

  it('lets an outage explain a failed log-in, not a hacked account', () => {
    expect(needsPrivateChannel('@Bankly is the site down? I cannot log in to my account').needed).toBe(false);
    expect(needsPrivateChannel('@Bankly is the site down? my account was hacked').needed).toBe(true);
  });

  it('names the more telling reason where cues overlap', () => {
    expect(needsPrivateChannel('@ShopCo still waiting for my refund after two weeks').cues[0]!.reason).toBe('money');
  });

  it('never throws and stays bounded on odd input', () => {
    expect(needsPrivateChannel(undefined as unknown as string).needed).toBe(false);
    expect(needsPrivateChannel('my order '.repeat(50_000)).cues.length).toBeLessThan(2000);
    expect(needsPrivateChannel('charged '.repeat(50_000)).cues.length).toBeLessThan(2000);
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
    ['This is likely due to the broadcast rights for that league. Sorry!', 'information'],
    ['Sorry about that. As far as I can see the service ran to schedule.', 'information'],
    ["We'll be glad to credit you for the days without service.", 'information'],
  ])('%s → %s', (text, kind) => {
    expect(replyKind(text)).toBe(kind);
  });
});

describe('needs-private patterns stay cheap to compile', () => {
  // V8 compiles a regex at its first use, in time that grows faster than its length: one of 13k
  // characters took half a second at the first reply read after the service worker woke.
  it('no cue regex is longer than 5,000 characters (split long ones with inParts)', () => {
    const longest = Math.max(...PATTERNS.map((p) => p.re.source.length));
    expect(longest).toBeLessThan(5_000);
  });
});

import { describe, expect, it } from 'vitest';
import { detectPrivateChannel, findPublicDataAsks } from '@/lib/analysis/complaint/channel';

describe('detectPrivateChannel', () => {
  it.each([
    ['DM us and we will help.', 'dm'],
    ['Please send us a DM.', 'dm'],
    ["We've replied to you via DM.", 'dm'],
    ['Could you send us a direct message?', 'dm'],
    ['Private message us the details.', 'dm'],
    ['Message us on Messenger.', 'dm'],
    ['Por favor envíanos un mensaje privado.', 'dm'],
    ['Email us and we will sort it.', 'email'],
    ['Write to help@brand.example please.', 'email'],
    ['You can reach us by e-mail any time.', 'email'],
    ['Call us on 0800 123 4567.', 'phone'],
    ['Our team at 1-800-555-0199 can help.', 'phone'],
    ['Give us a call and we will fix it.', 'phone'],
    ['Our live chat is open 24/7.', 'chat'],
    ['Send us a note here https://t.co/abc123 so we can assist.', 'form'],
    ['Please contact us via https://brand.example/contact and we will be in touch.', 'form'],
    ['We can be reached 24/7 here: https://t.co/xyz', 'form'],
    ['So sorry! Please give us a few details here: https://t.co/f0rm and we will look into it.', 'form'],
    ['Tap here to share more information with our team: https://brand.example/help/contact', 'form'],
    ['Click here to tell us which device you use: https://t.co/dev1ce', 'form'],
    ['Have you filed a missing bag report yet? You can do it here: https://t.co/bag', 'form'],
    ['Lamentamos. Por favor entre em contato pelo link: https://t.co/sac', 'form'],
    ['Please contact our Leeds office on 0113 496 0000 during opening hours.', 'phone'],
    ['Please contact the support desk at (+44) 113 49 60 000, weekdays.', 'phone'],
    ["Thanks, we've passed this on and we will be in touch with you shortly.", 'contact'],
    ['A member of our team will contact you within two days.', 'contact'],
  ])('finds a private channel in "%s"', (text, kind) => {
    const result = detectPrivateChannel(text);
    expect(result.offered).toBe(true);
    expect(result.offers.map((o) => o.kind)).toContain(kind);
  });

  it.each([
    'Sorry about this, we are working on it.',
    'Check out our help article: https://help.brand.example/reset',
    'For the latest info: https://t.co/abc123',
    'Try restarting the app, then see https://t.co/abc',
    'Was this on a work email account?',
    'Did you get our confirmation email?',
    'Admin rights are needed for that.',
    'Flight 1234 lands at 5pm.',
    'Tweet us any time!',
    "It's a shame to hear you call us that.",
    'We will be in touch with the airport about the queues.',
    'Here is more information on our baggage policy: https://t.co/policy',
    'Please share the details in our Community forum so others can help: https://t.co/forum',
    '',
  ])('finds no private channel in "%s"', (text) => {
    expect(detectPrivateChannel(text).offered).toBe(false);
  });
});

describe('findPublicDataAsks', () => {
  it.each([
    ['Reply with your order number please.', 'order number'],
    ['Can you share your email address?', 'email address'],
    ["What's your phone number?", 'phone number'],
    ['Please tweet us your booking reference.', 'booking reference'],
    ['Let us know your account number and we will check.', 'account number'],
    ['Send us your full address.', 'full address'],
  ])('finds a public ask in "%s"', (text, data) => {
    const asks = findPublicDataAsks(text);
    expect(asks).toHaveLength(1);
    expect(asks[0]!.data.toLowerCase()).toBe(data);
  });

  it.each([
    'DM us your order number.',
    'Please send us your order number by DM.',
    'Can you DM us the email on your account?',
    "Please don't share your account number here.",
    'Without giving your booking reference, tell us what happened.',
    'Email us your phone number and we will call.',
    'Send us a DM with your email address.',
    'Your order number is on the receipt.',
    '',
  ])('finds no public ask in "%s"', (text) => {
    expect(findPublicDataAsks(text)).toEqual([]);
  });
});

describe('private channel and data ask edge cases', () => {
  it.each([
    'Let’s take this offline.',
    'We will follow up privately.',
    'Check your DMs, we wrote back.',
    'WhatsApp us on the number in our bio.',
  ])('reads "%s" as private', (text) => expect(detectPrivateChannel(text).offered).toBe(true));
  it('does not read "the app is offline" as private', () => {
    expect(detectPrivateChannel('Sorry, the app is offline for maintenance.').offered).toBe(false);
  });
  it('reads "reply with your order number in a DM" as private', () => {
    expect(findPublicDataAsks('Please reply with your order number in a DM.')).toEqual([]);
  });
  it('reads "send us your order number" as private when a DM is offered in another sentence', () => {
    expect(findPublicDataAsks('Follow us so we can DM. Then send us your order number.')).toEqual([]);
  });
  it('keeps "comment below with your address" public even when a DM is offered', () => {
    expect(findPublicDataAsks('Comment below with your address. Or DM us.')).toHaveLength(1);
  });
});

describe('polite data asks', () => {
  it('reads "may we have the booking number" as a public ask', () => {
    expect(findPublicDataAsks('May we have the booking number you mean?').map((a) => a.data)).toEqual(['booking number']);
  });
});

describe('private channels phrased as real replies phrase them', () => {
  it.each([
    ['Sorry! Please call using: https://t.co/abc so we can sort it.', 'phone'],
    ["We'd be happy to give you a call about this.", 'phone'],
    ['Please check your email and follow up there.', 'email'],
  ])('%s', (text, kind) => {
    const r = detectPrivateChannel(text);
    expect(r.offered).toBe(true);
    expect(r.offers.map((o) => o.kind)).toContain(kind);
  });

  it('a store or a help article is not a private channel', () => {
    expect(detectPrivateChannel('Call your local store to check stock.').offered).toBe(false);
    expect(detectPrivateChannel('Check out our help article.').offered).toBe(false);
  });
});

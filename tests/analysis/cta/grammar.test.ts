import { describe, expect, it } from 'vitest';
import { detectCtas } from '@/lib/analysis/cta/detect';

// Synthetic posts written for these tests (not from a corpus).
const asks = (text: string) => detectCtas(text).map((c) => ({ text: text.slice(c.span.start, c.span.end), stage: c.stage }));

describe('CTAs read from grammar', () => {
  it.each([
    ['Five ways to brew at home. Read on!', 'Read on', 'interest'],
    ['New this week 🌱 Have a look at these stories from our growers', 'Have a look', 'awareness'],
    ['Meat-free Monday. Choose plant-based!', 'Choose plant-based', 'conversion'],
    ['Try our 7-day challenge and see how you feel', 'Try our 7-day challenge', 'interest'],
    ['Try it free for 14 days', 'Try it free', 'consideration'],
    ['New recipes every week. Link in our story!', 'Link in our story', 'interest'],
    ['The blog link is in our profile', 'The blog link is in our profile', 'interest'],
    ["Let's share thoughts below!", 'share thoughts below', 'any'],
    ['The summit is in May, you can register at summit.example', 'register', 'interest'],
    ["Don't miss our autumn tasting night", "Don't miss", 'interest'],
    ['Do you agree?', 'Do you agree?', 'any'],
    ['• Contact me for details', 'Contact me for details', 'consideration'],
    ['Big news!\nTune in tonight at 8', 'Tune in tonight at 8', 'awareness'],
    ['Know where you stand. Take our quick Leadership Style quiz', 'Take our quick Leadership Style quiz', 'interest'],
    ['We are hiring! Send us your CV to join the team', 'Send us your CV', 'consideration'],
    ['Questions? Send us a message any time', 'Send us a message', 'consideration'],
  ])('%s', (text, ask, stage) => {
    const found = asks(text);
    expect(found.some((f) => f.text.includes(ask) || ask.includes(f.text))).toBe(true);
    expect(found.find((f) => f.text.includes(ask) || ask.includes(f.text))!.stage).toBe(stage);
  });

  it('reads Unicode bold through NFKC and keeps spans in the text as written', () => {
    const text = 'New drop 🔥 𝐒𝐮𝐛𝐬𝐜𝐫𝐢𝐛𝐞 𝐧𝐨𝐰';
    const [cta] = detectCtas(text);
    expect(cta).toBeDefined();
    expect(cta!.stage).toBe('interest');
    expect(text.slice(cta!.span.start, cta!.span.end)).toBe('𝐒𝐮𝐛𝐬𝐜𝐫𝐢𝐛𝐞 𝐧𝐨𝐰');
  });

  it.each([
    "Don't buy cheap shoes, they fall apart.",
    'We bought a new roaster last year.',
    'Wake up. Put on a shirt. Nobody sees your trousers on a call.',
    'Have you been to Leeds?',
    'See chart below for the numbers.',
    'There is no link in our bio yet.',
  ])('no ask in: %s', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

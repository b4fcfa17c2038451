import rule from '@/lib/analysis/rules/norms/thread-markers';
import { ruleTester } from '../../../helpers/rule-tester';

const li = (text: string) => ({ platform: 'linkedin' as const, text });
const fb = (text: string) => ({ platform: 'facebook' as const, text });

ruleTester(rule, {
  valid: [
    { name: 'threads are native on X', draft: { text: 'How we doubled signups 🧵\n\n1/5 First, we cut the form.' } },
    { name: 'a date', draft: li('Our webinar is on 1/5/2026, join us.') },
    { name: 'a date at the end of a line', draft: li('Doors open on 1/5') },
    { name: 'a date opening a line', draft: li('1/15 Webinar: pricing for startups') },
    { name: 'a date alone on a line', draft: fb('Save the date\n1/15\nDoors open at 7.') },
    { name: 'a fraction in a recipe', draft: fb('Pancakes\n1/2 cup flour\n1/4 cup sugar\n2 eggs') },
    { name: 'a share of users', draft: li('3/4 of users never open settings.') },
    { name: 'half price', draft: fb('1/2 Price on all pizzas today!') },
    { name: 'a rating', draft: fb('Tried the new latte. Taste: 4/5') },
    { name: 'a score after a word', draft: li('We won the match 3/4') },
    { name: 'open 24/7', draft: fb('Support is open 24/7') },
    { name: 'the word thread in a sentence', draft: li('I started a thread on our forum about this.') },
    { name: 'a sewing brand', draft: fb('New 🧵 colours in store this week!') },
    { name: 'a thread of comments', draft: li('Read the full thread: https://example.com/t') },
    { name: 'Threads the app', draft: li('Threads: we are there too now.') },
    { name: 'an empty post', draft: li('') },
    { name: 'a star rating', draft: fb('Our customers say ⭐⭐⭐⭐⭐ 5/5') },
    { name: 'a rating after a sentence', draft: fb('Tried the new oat latte. 4/5') },
    { name: 'ten out of ten', draft: fb('Would recommend. 10/10') },
    { name: 'a step counter inside a line', draft: li('Step 1/3: pick a plan. Step 2/3: pay.') },
    { name: 'a URL path', draft: li('Docs at https://example.com/1/5') },
  ],
  invalid: [
    {
      name: 'a numbered marker at the end of a sentence',
      draft: li('We doubled signups in 30 days. Here is how. (1/5)'),
      findings: [{ messageId: 'threadMarker', severity: 'warn', spans: ['(1/5)'], output: 'We doubled signups in 30 days. Here is how.' }],
    },
    {
      name: '🧵 ending the hook line',
      draft: li('How we doubled signups in 30 days 🧵\n\nFirst, we cut the form to one field.'),
      findings: [
        { messageId: 'threadMarker', spans: ['🧵'], output: 'How we doubled signups in 30 days\n\nFirst, we cut the form to one field.' },
      ],
    },
    {
      name: '"1/" opening the post',
      draft: fb('1/ Here is what we learned from 100 customer calls.'),
      findings: [{ messageId: 'threadMarker', spans: ['1/'], output: 'Here is what we learned from 100 customer calls.' }],
    },
    {
      name: '"a thread 👇" after a dash',
      draft: li('What 100 customer calls taught us — a thread 👇\n\nLesson one: listen.'),
      findings: [{ messageId: 'threadMarker', spans: ['a thread 👇'], output: 'What 100 customer calls taught us\n\nLesson one: listen.' }],
    },
    {
      name: '"— a thread" at the end',
      draft: li('What 100 customer calls taught us — a thread'),
      findings: [{ messageId: 'threadMarker', spans: ['a thread'], output: 'What 100 customer calls taught us' }],
    },
    {
      name: 'a whole pasted thread',
      draft: li('1/3 We rebuilt onboarding.\n\n2/3 Signups doubled.\n\n3/3 Churn fell too.'),
      findings: [
        {
          messageId: 'threadMarker',
          spans: ['1/3', '2/3', '3/3'],
          output: 'We rebuilt onboarding.\n\nSignups doubled.\n\nChurn fell too.',
          data: { count: 3 },
        },
      ],
    },
    {
      name: 'a line that is only a marker, with a 🧵 elsewhere',
      draft: fb('Big news from the team 🧵\n\n1/4\n\nWe are opening a second shop.'),
      findings: [{ messageId: 'threadMarker', spans: ['🧵', '1/4'], output: 'Big news from the team\n\nWe are opening a second shop.' }],
    },
    {
      name: 'a line that is only "1/"',
      draft: fb('Big news from the team!\n1/\nWe are opening a second shop.'),
      findings: [{ messageId: 'threadMarker', spans: ['1/'], output: 'Big news from the team!\nWe are opening a second shop.' }],
    },
    {
      name: 'a "1/5" after an emoji at the end of a line',
      draft: { platform: 'instagram', text: 'Our story, part one 📖 1/5' },
      findings: [{ messageId: 'threadMarker', spans: ['1/5'], output: 'Our story, part one 📖' }],
    },
    {
      name: '"Thread:" opening the post',
      draft: li('Thread: how we priced our first product'),
      findings: [{ messageId: 'threadMarker', spans: ['Thread:'], output: 'how we priced our first product' }],
    },
    {
      name: 'several markers on one line',
      draft: li('🧵 1/5 Pricing lessons'),
      findings: [{ messageId: 'threadMarker', spans: ['🧵', '1/5'], output: 'Pricing lessons' }],
    },
    {
      name: 'a pasted thread ending "2/5" after a sentence, with a 🧵 elsewhere',
      draft: li('Pricing lessons 🧵\n\nCharge more than you think. 2/5'),
      findings: [{ messageId: 'threadMarker', spans: ['🧵', '2/5'], output: 'Pricing lessons\n\nCharge more than you think.' }],
    },
    {
      name: 'a weak "1/5" counts when another marker backs it',
      draft: li('1/5 Pricing lessons from year one 👇\n\nMore in the next posts 🧵'),
      findings: [{ messageId: 'threadMarker', spans: ['1/5', '🧵'], output: 'Pricing lessons from year one 👇\n\nMore in the next posts' }],
    },
  ],
});

import rule from '@/lib/analysis/rules/norms/hashtags';
import { ruleTester } from '../../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { draft: { text: 'Big news today #launch #startup' } },
    { name: '#1 is not a hashtag', draft: { text: 'We are #1 in #1 markets #launch' } },
    { name: 'a heading-like "# " is not a hashtag', draft: { text: '# Heading\nThree # signs # here #one' } },
    { draft: { platform: 'linkedin', text: 'Lessons from our first year.\n\n#startups #saas #growth #founders #b2b' } },
    { draft: { platform: 'instagram', text: 'Golden hour ☀️\n.\n.\n#sunset #beach #summer #travel #photography' } },
    { name: 'the user allows more on X', draft: { text: '#a #b #c #d' }, settings: { norms: { x: { hashtagHabit: 4 } } } },
    { name: 'URL fragments are not hashtags', draft: { text: 'See https://example.com/page#section and #docs' } },
  ],
  invalid: [
    {
      name: 'an emoji glued to a dropped tag goes with it',
      draft: { text: '¡Buenos días! #FelizLunes🌍 #Lunes #Café' },
      findings: [{ messageId: 'overHabit', spans: ['#Café'], output: '¡Buenos días! #FelizLunes🌍 #Lunes' }],
    },
    {
      name: 'no half word is left when twitter-text reads only part of a tag',
      draft: { text: 'Nueva semana #lunes #motivación #Feliz-Lunes' },
      findings: [{ messageId: 'overHabit', spans: ['#Feliz'], output: 'Nueva semana #lunes #motivación' }],
    },
    {
      name: 'a glued emoji before a tag and the sentence mark after it',
      draft: { text: 'Good morning #one #two 🌍#FelizLunes!' },
      findings: [{ messageId: 'overHabit', spans: ['#FelizLunes'], output: 'Good morning #one #two!' }],
    },
    {
      name: 'three hashtags on X: the last goes with its space',
      draft: { text: 'Shipping day! #launch #startup #saas' },
      findings: [
        {
          messageId: 'overHabit',
          severity: 'warn',
          spans: ['#saas'],
          output: 'Shipping day! #launch #startup',
          data: { count: 3, habit: '1–2' },
        },
      ],
    },
    {
      name: 'a trailing line of only hashtags is removed whole',
      draft: { text: 'New blog post on pricing.\n\nRead it today.\n\n#pricing #saas #growth', platform: 'facebook' },
      settings: { norms: { facebook: { hashtagHabit: 0 } } },
      findings: [
        {
          messageId: 'overHabit',
          spans: ['#pricing', '#saas', '#growth'],
          output: 'New blog post on pricing.\n\nRead it today.',
          data: { habit: 'none' },
        },
      ],
    },
    {
      name: 'a middle line of only hashtags is removed with one line break',
      draft: { text: 'Text\n\n#a #b #c\n\nMore text' },
      settings: { norms: { x: { hashtagHabit: 0 } } },
      findings: [{ messageId: 'overHabit', output: 'Text\n\nMore text' }],
    },
    {
      name: 'a run of tags before a link goes whole, not just the #',
      draft: { text: 'Our spring collection just dropped! #spring #fashion #sale #newin https://shop.example.com/spring' },
      findings: [
        {
          messageId: 'overHabit',
          spans: ['#sale', '#newin'],
          output: 'Our spring collection just dropped! #spring #fashion https://shop.example.com/spring',
        },
      ],
    },
    {
      name: 'hashtags inside a sentence only lose their #',
      draft: { text: 'We love #coffee and #tea and #cake in the morning' },
      findings: [{ messageId: 'overHabit', spans: ['#cake'], output: 'We love #coffee and #tea and cake in the morning' }],
    },
    {
      name: 'a sentence ending in a hashtag keeps its word and full stop',
      draft: { text: 'Great day at the #beach with #friends and #family.' },
      findings: [{ messageId: 'overHabit', output: 'Great day at the #beach with #friends and family.' }],
    },
    {
      name: 'a run after a word: the first tag becomes a word, the rest go',
      draft: { text: 'I love #coffee #tea #cake #pie' },
      settings: { norms: { x: { hashtagHabit: 1 } } },
      findings: [{ messageId: 'overHabit', spans: ['#tea', '#cake', '#pie'], output: 'I love #coffee' }],
    },
    {
      name: 'a run opened by a word loses the run, keeps the word',
      draft: { text: 'I love #coffee #tea' },
      settings: { norms: { x: { hashtagHabit: 0 } } },
      findings: [{ messageId: 'overHabit', output: 'I love coffee' }],
    },
    {
      name: 'six hashtags on LinkedIn',
      draft: { platform: 'linkedin', text: 'Hiring!\n#jobs #hiring #tech #remote #engineering #careers\nApply below.' },
      findings: [
        {
          messageId: 'overHabit',
          spans: ['#careers'],
          output: 'Hiring!\n#jobs #hiring #tech #remote #engineering\nApply below.',
          data: { habit: '3–5' },
        },
      ],
    },
    {
      name: 'over the Instagram cap of 5',
      draft: {
        platform: 'instagram',
        text: 'Sunday brunch 🥞\n\n#brunch #food #foodie #weekend #pancakes #yum #instafood',
      },
      findings: [
        {
          messageId: 'overCap',
          severity: 'fix',
          spans: ['#yum', '#instafood'],
          output: 'Sunday brunch 🥞\n\n#brunch #food #foodie #weekend #pancakes',
          data: { count: 7, cap: 5 },
        },
      ],
    },
    {
      name: 'tags at the start of a line followed by text',
      draft: { text: '#tbt #throwback #memories to our first shop' },
      findings: [{ messageId: 'overHabit', output: '#tbt #throwback memories to our first shop' }],
    },
    {
      name: 'CRLF line endings stay intact',
      draft: { text: 'Hello\r\n#a #b #c\r\nBye' },
      findings: [{ messageId: 'overHabit', output: 'Hello\r\n#a #b\r\nBye' }],
    },
    {
      name: 'non-Latin hashtags count too',
      draft: { text: '東京 #東京 #旅行 #写真' },
      findings: [{ messageId: 'overHabit', spans: ['#写真'], output: '東京 #東京 #旅行' }],
    },
  ],
});

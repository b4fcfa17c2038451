import rule from '@/lib/analysis/rules/norms/links';
import { ruleTester } from '../../../helpers/rule-tester';

const ig = (text: string, kind: 'post' | 'comment' = 'post') => ({ platform: 'instagram' as const, kind, text });

ruleTester(rule, {
  valid: [
    { name: 'link in bio on Instagram', draft: ig('New menu is live! Link in bio 🍕') },
    { name: 'a plain domain people can type', draft: ig('Order at pizzaplace.com or drop by!') },
    { name: 'an email address on Instagram', draft: ig('Questions? Write to hello@pizzaplace.com') },
    { name: 'a link on X', draft: { text: 'New post: https://blog.example.com/pricing' } },
    { name: 'a link on LinkedIn', draft: { platform: 'linkedin', text: 'Full report: https://example.com/report' } },
    {
      name: 'biology is not a bio',
      draft: { platform: 'linkedin', text: 'A link between biology and design, in my profile of the team.' },
    },
    { name: 'a LinkedIn profile mention', draft: { platform: 'linkedin', text: 'Update your LinkedIn profile this week.' } },
    { name: '"link in the comments" is a LinkedIn habit', draft: { platform: 'linkedin', text: 'Link in the first comment 👇' } },
  ],
  invalid: [
    {
      name: 'a bare URL in an Instagram caption',
      draft: ig('Our spring menu is here 🌸\nhttps://pizzaplace.com/menu?season=spring'),
      findings: [{ messageId: 'notClickable', severity: 'warn', spans: ['https://pizzaplace.com/menu?season=spring'], output: null }],
    },
    {
      name: 'a www link in an Instagram comment',
      draft: ig('@anna you can book here: www.pizzaplace.com/book', 'comment'),
      findings: [{ messageId: 'notClickable', spans: ['www.pizzaplace.com/book'] }],
    },
    {
      name: 'a link with a path and no scheme',
      draft: ig('Details: pizzaplace.com/events and pizzaplace.com'),
      findings: [{ messageId: 'notClickable', spans: ['pizzaplace.com/events'], data: { count: 1 } }],
    },
    {
      name: '"link in bio" on X',
      draft: { text: 'Our new guide is out. Link in bio!' },
      findings: [{ messageId: 'noBioLink', spans: ['Link in bio'], output: null, data: { platform: 'X' } }],
    },
    {
      name: '"links in my bio" on Facebook',
      draft: { platform: 'facebook', text: 'All the recipes: links in my bio.' },
      findings: [{ messageId: 'noBioLink', spans: ['links in my bio'] }],
    },
    {
      name: '"link\'s in our profile" and 🔗 in bio on LinkedIn',
      draft: { platform: 'linkedin', text: "Register now, link's in our profile.\n🔗 in bio" },
      findings: [{ messageId: 'noBioLink', spans: ["link's in our profile", '🔗 in bio'] }],
    },
  ],
});

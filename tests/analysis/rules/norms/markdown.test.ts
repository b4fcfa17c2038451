import rule from '@/lib/analysis/rules/norms/markdown';
import { ruleTester } from '../../../helpers/rule-tester';

const li = (text: string) => ({ platform: 'linkedin' as const, text });

ruleTester(rule, {
  valid: [
    { name: 'hashtags are not headings', draft: li('#hiring #remote\nJoin us!') },
    { name: '"# of" means "number of"', draft: li('# of attendees: 500') },
    { name: 'single *asterisks* are a plain-text habit', draft: li('This is *really* important.') },
    { name: '`code` alone is a plain-text habit', draft: { text: 'Run `npm test` before you push.' } },
    { name: 'a bulleted list', draft: li('Three lessons:\n* ship small\n* talk to users\n- measure') },
    { name: 'a Python dunder', draft: li('Override __init__ and __repr__ in your class.') },
    { name: 'multiplication', draft: li('2 ** 10 = 1024 and 3 * 4 * 5 = 60') },
    { name: 'a footnote bracket', draft: li('Revenue grew [see chart] (Q3 only).') },
    { name: 'an empty draft', draft: li('') },
  ],
  invalid: [
    {
      name: '**bold** keeps its words',
      draft: li('This is **really** important.'),
      findings: [
        { messageId: 'markdown', severity: 'warn', spans: ['**really**'], output: 'This is really important.', data: { kinds: 'bold' } },
      ],
    },
    {
      name: 'a heading line and bold in a multi-line post',
      draft: li('# Three lessons from year one\n\n**1. Ship small.** It works.\n## Next\nMore soon.'),
      findings: [
        {
          messageId: 'markdown',
          spans: ['# ', '**1. Ship small.**', '## '],
          output: 'Three lessons from year one\n\n1. Ship small. It works.\nNext\nMore soon.',
          data: { kinds: '# headings, bold' },
        },
      ],
    },
    {
      name: 'a Markdown link becomes "text: url"',
      draft: { platform: 'facebook', text: 'Read [our pricing guide](https://example.com/pricing) today.' },
      findings: [
        {
          messageId: 'markdown',
          spans: ['[our pricing guide](https://example.com/pricing)'],
          output: 'Read our pricing guide: https://example.com/pricing today.',
        },
      ],
    },
    {
      name: 'a link whose text is its URL becomes the URL',
      draft: { text: 'See [example.com/a](https://example.com/a)' },
      findings: [{ messageId: 'markdown', output: 'See https://example.com/a' }],
    },
    {
      name: '__bold__ and, next to it, `code` and *italic*',
      draft: li('__Tip:__ run `make` first, *then* deploy.'),
      findings: [
        {
          messageId: 'markdown',
          spans: ['__Tip:__', '`make`', '*then*'],
          output: 'Tip: run make first, then deploy.',
          data: { kinds: 'bold, code, italic' },
        },
      ],
    },
    {
      name: 'bold across a hashtag line is not touched',
      draft: li('**Hiring** now\n#jobs #tech'),
      findings: [{ messageId: 'markdown', output: 'Hiring now\n#jobs #tech' }],
    },
  ],
});

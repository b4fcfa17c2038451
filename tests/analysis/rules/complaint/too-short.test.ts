import rule from '@/lib/analysis/rules/complaint/too-short';
import { ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, PRAISE, replyTo } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'a real answer', draft: replyTo(COMPLAINT, 'Sorry about this. Send us a DM and we will rebook you.') },
    { name: 'short thanks to praise', draft: replyTo(PRAISE, 'Thanks!') },
    { name: 'an empty reply to praise', draft: replyTo(PRAISE, '') },
  ],
  invalid: [
    { name: 'empty', draft: replyTo(COMPLAINT, ''), findings: [{ messageId: 'empty', severity: 'info' }] },
    { name: 'only a mention', draft: replyTo(COMPLAINT, '@sam '), findings: [{ messageId: 'empty' }] },
    { name: 'one word', draft: replyTo(COMPLAINT, '@sam Noted.'), findings: [{ messageId: 'too-short', data: { words: 1 } }] },
  ],
});

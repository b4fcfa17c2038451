import rule from '@/lib/analysis/rules/norms/foreign-handles';
import { ruleTester } from '../../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'an X handle on X', draft: { text: 'Thanks @acme_support for the quick fix!' } },
    { name: 'a 15-character X handle', draft: { text: 'Hi @abcdefghij12345' } },
    { name: 'a handle ending a sentence', draft: { text: 'Big thanks to @acme. See you soon.' } },
    { name: 'an email address', draft: { platform: 'linkedin', text: 'Write to hello@acme.com for details.' } },
    { name: '"@ the booth"', draft: { platform: 'facebook', text: 'Meet us @ booth 12!' } },
    { name: 'a time', draft: { platform: 'facebook', text: 'Live @10am and again @5pm' } },
    { name: 'a dotted handle on Instagram', draft: { platform: 'instagram', text: 'Shot by @anna.takes.photos 📸' } },
    { name: 'a 30-character Instagram handle', draft: { platform: 'instagram', text: `Hi @${'a'.repeat(30)}` } },
    {
      name: 'an @ inside a URL on X',
      draft: { text: 'Read https://medium.com/@jane.doe/my-post and youtube.com/@averyveryverylongchannel' },
    },
    { name: 'an @ inside a URL on LinkedIn', draft: { platform: 'linkedin', text: 'My talk: https://youtube.com/@acme_hq/videos' } },
    {
      name: 'names tagged through autocomplete on LinkedIn',
      draft: { platform: 'linkedin', text: 'Thanks Jane Doe and Acme Inc for hosting.' },
    },
  ],
  invalid: [
    {
      name: 'an Instagram handle on X',
      draft: { text: 'Photo by @anna.takes.photos, thanks!' },
      findings: [
        { messageId: 'dotted', severity: 'warn', spans: ['@anna.takes.photos'], output: null, data: { handles: '@anna.takes.photos' } },
      ],
    },
    {
      name: 'a handle too long for X',
      draft: { text: 'Congrats @averyveryverylonghandle_name on the launch' },
      findings: [{ messageId: 'tooLong', spans: ['@averyveryverylonghandle_name'], data: { max: 15 } }],
    },
    {
      name: 'both kinds on X',
      draft: { text: 'With @sixteencharsxxxx and @nike.running' },
      findings: [
        { messageId: 'dotted', spans: ['@nike.running'] },
        { messageId: 'tooLong', spans: ['@sixteencharsxxxx'] },
      ],
    },
    {
      name: 'a typed handle on LinkedIn tags no one',
      draft: { platform: 'linkedin', text: 'Great panel with @janedoe and @acme_hq today.' },
      findings: [{ messageId: 'notTagged', severity: 'info', spans: ['@janedoe', '@acme_hq'], data: { handles: '@janedoe, @acme_hq' } }],
    },
    {
      name: 'a typed handle on Facebook',
      draft: { platform: 'facebook', kind: 'comment', text: '@brand_help can you check my order?' },
      findings: [{ messageId: 'notTagged', spans: ['@brand_help'] }],
    },
    {
      name: 'a handle too long for Instagram',
      draft: { platform: 'instagram', text: `Hi @${'b'.repeat(31)}` },
      findings: [{ messageId: 'tooLong', data: { max: 30 } }],
    },
  ],
});

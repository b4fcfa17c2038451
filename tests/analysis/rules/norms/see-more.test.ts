import rule from '@/lib/analysis/rules/norms/see-more';
import { ruleTester } from '../../../helpers/rule-tester';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');
const longLine = `We spent the whole of last year ${words(40)}`; // ~270 characters, no full stop

ruleTester(rule, {
  valid: [
    { name: 'X shows the whole post', draft: { text: longLine } },
    { name: 'a short LinkedIn post', draft: { platform: 'linkedin', text: 'Short and sweet.' } },
    { name: 'a long first line that is the whole post', draft: { platform: 'linkedin', text: words(30) } },
    { name: 'a hook that ends before the fold', draft: { platform: 'linkedin', text: `We doubled signups. ${longLine}` } },
    { name: 'a line break before the fold', draft: { platform: 'instagram', text: `Summer is here ☀️\n${longLine}` } },
    { name: 'comments are not folded the same way', draft: { platform: 'linkedin', kind: 'comment', text: longLine } },
    { name: 'Facebook folds much later', draft: { platform: 'facebook', text: `${longLine}. More.` } },
    {
      name: 'a Hindi hook ending in a danda',
      draft: { platform: 'instagram', text: `आज हमने नया उत्पाद लॉन्च किया। ${'यह बहुत अच्छा है '.repeat(12)}` },
    },
    {
      name: 'a Chinese hook ending in 。',
      draft: { platform: 'linkedin', text: `我们今天发布了新产品。${'这是一个很好的产品'.repeat(20)}` },
    },
    { name: 'an Arabic hook ending in ؟', draft: { platform: 'instagram', text: `هل جربت المنتج الجديد؟ ${'إنه رائع جدا '.repeat(15)}` } },
    { name: 'X without Premium shows the whole post', draft: { platform: 'x', text: `${longLine} ${longLine}` } },
  ],
  invalid: [
    {
      name: 'an X Premium long post whose first sentence runs past ~280',
      draft: { platform: 'x', text: `${longLine} and then some more words here\n\nMore.` },
      settings: { xPremium: true },
      findings: [{ messageId: 'hookPastFold', data: { fold: 280, platform: 'X' } }],
    },
    {
      name: 'a Hindi hook with no danda before the fold',
      draft: { platform: 'instagram', text: `${'यह बहुत अच्छा है '.repeat(12)}। और भी।` },
      findings: [{ messageId: 'hookPastFold', data: { fold: 125 } }],
    },
    {
      name: 'a LinkedIn hook running past ~210 characters',
      draft: { platform: 'linkedin', text: `${longLine}.\n\nSecond paragraph.` },
      findings: [{ messageId: 'hookPastFold', severity: 'info', output: null, data: { fold: 210, platform: 'LinkedIn' } }],
    },
    {
      name: 'an Instagram caption whose first sentence passes ~125 characters',
      draft: { platform: 'instagram', text: `Introducing ${words(25)}! More below.` },
      findings: [{ messageId: 'hookPastFold', spans: [`${words(25)}!`.slice(113)], data: { fold: 125 } }],
    },
    {
      name: 'a fold inside a word marks the whole word, as the network folds before it',
      draft: { platform: 'instagram', text: `Introducing ${'spring '.repeat(20)}collection!` },
      findings: [{ messageId: 'hookPastFold', spans: [`${'spring '.repeat(4)}collection!`], data: { fold: 125 } }],
    },
  ],
});

import rule from '@/lib/analysis/rules/crosspost/mass-posting';
import { hoursAgo, ruleTester } from '../../../helpers/rule-tester';

const TEXT =
  'Our spring webinar on writing for each social network is open: forty minutes, three examples, and ' +
  'plenty of time for your questions at the end.';
const OTHER =
  'Writing for each social network is hard. What is the one habit that changed how you write for LinkedIn ' +
  'compared with X? Tell us below.';

type P = 'x' | 'facebook' | 'linkedin' | 'instagram';
const post = (id: string, platform: P, hours: number, text = TEXT, kind: 'post' | 'comment' = 'post') => ({
  id,
  platform,
  kind,
  text,
  postedAt: hoursAgo(hours),
});

ruleTester(rule, {
  valid: [
    { name: 'no history', draft: { text: TEXT } },
    { name: 'two networks in a day', draft: { text: TEXT }, history: [post('li1', 'linkedin', 3)] },
    {
      name: 'the third network posted more than a day ago',
      draft: { text: TEXT },
      history: [post('li1', 'linkedin', 3), post('fb1', 'facebook', 25)],
    },
    {
      name: 'different text on the same topic',
      draft: { text: OTHER },
      history: [post('li1', 'linkedin', 3), post('fb1', 'facebook', 2)],
    },
    {
      name: 'a reply is not a post',
      draft: { text: TEXT, kind: 'reply' },
      history: [post('li1', 'linkedin', 3), post('fb1', 'facebook', 2)],
    },
    {
      name: 'comments do not count as posts',
      draft: { text: TEXT },
      history: [post('li1', 'linkedin', 3, TEXT, 'comment'), post('fb1', 'facebook', 2, TEXT, 'comment')],
    },
    {
      name: 'the same network twice is still two networks',
      draft: { text: TEXT },
      history: [post('x1', 'x', 5), post('li1', 'linkedin', 3)],
    },
  ],
  invalid: [
    {
      name: 'LinkedIn and Facebook today, X now',
      draft: { text: `${TEXT} #webinar` },
      history: [
        post('fb1', 'facebook', 2, `${TEXT} https://acme.com/webinar`),
        post('li1', 'linkedin', 3, `${TEXT} #writing #socialmedia #marketing`),
      ],
      findings: [
        {
          messageId: 'massPosting',
          severity: 'warn',
          spans: [],
          output: null,
          data: { count: 3, networks: 'LinkedIn, Facebook and X', matchedPostIds: 'li1,fb1' },
        },
      ],
    },
    {
      name: 'a fourth network',
      draft: { text: TEXT, platform: 'instagram' },
      history: [post('x1', 'x', 1), post('fb1', 'facebook', 2), post('li1', 'linkedin', 23)],
      findings: [{ messageId: 'massPosting', data: { count: 4, networks: 'LinkedIn, Facebook, X and Instagram' } }],
    },
    {
      name: "the draft's own network already has it",
      draft: { text: TEXT },
      history: [post('x1', 'x', 1), post('fb1', 'facebook', 2), post('li1', 'linkedin', 3)],
      findings: [{ messageId: 'massPosting', data: { count: 3, networks: 'LinkedIn, Facebook and X', matchedPostIds: 'li1,fb1,x1' } }],
    },
  ],
});

import { expect } from 'vitest';
import rule from '@/lib/analysis/rules/complaint/take-offline';
import { ruleTester } from '@/tests/helpers/rule-tester';
import { COMPLAINT, CRASH_COMPLAINT, PRAISE, QUESTION, REFUND_COMPLAINT, SARCASTIC_COMPLAINT, WEATHER, replyTo } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'offers a DM', draft: replyTo(COMPLAINT, "We're sorry about this. Send us a DM and we'll rebook you.") },
    {
      name: 'asks for the order number by DM',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry for the wait! DM us your order number so we can chase it.'),
    },
    { name: 'direct message spelled out', draft: replyTo(COMPLAINT, 'Sorry! Please send us a direct message with your booking details.') },
    { name: 'private message', draft: replyTo(CRASH_COMPLAINT, 'Sorry about that. Private message us and we will help.') },
    { name: 'email address', draft: replyTo(REFUND_COMPLAINT, 'Sorry! Write to help@shopco.com and we will sort it today.') },
    { name: 'email us', draft: replyTo(REFUND_COMPLAINT, 'So sorry. Email us with the details and we will look into it.') },
    { name: 'phone number', draft: replyTo(CRASH_COMPLAINT, 'Sorry! Our team on 1-800-555-0199 can fix this with you.') },
    { name: 'call us', draft: replyTo(CRASH_COMPLAINT, 'Sorry about this, please call us so we can help.') },
    { name: 'chat', draft: replyTo(CRASH_COMPLAINT, 'Sorry! Our live chat team can help you right away.') },
    { name: 'a contact-form link', draft: replyTo(COMPLAINT, 'Sorry! Send us a note here https://acme.example/contact so we can help.') },
    {
      name: 'reach us via a link',
      draft: replyTo(COMPLAINT, 'Sorry to hear that. Please reach us here: https://t.co/abc123 and we will look into it.'),
    },
    { name: 'praise is not a complaint', draft: replyTo(PRAISE, 'Thank you, we will pass it on to the crew!') },
    {
      name: "a friendly comment under the brand's own announcement",
      draft: replyTo('Our winter menu is here: chestnut latte and ginger loaf 🍂', 'Thank you, that is lovely to hear!'),
    },
    { name: 'a question is not a complaint', draft: replyTo(QUESTION, 'Yes, we ship to Canada in 3-5 days.') },
    { name: 'weather talk is not about the brand', draft: replyTo(WEATHER, 'Stay dry out there!') },
    { name: 'a new post is not a reply', draft: { kind: 'post', text: 'Big news today!', replyTo: { text: COMPLAINT } } },
    { name: 'a reply without the replied-to text', draft: { kind: 'reply', text: 'Thanks!' } },
    { name: 'an empty draft is left to too-short', draft: replyTo(COMPLAINT, '   ') },
    {
      name: 'a thank-you for a refund needs no handoff',
      draft: replyTo('@ShopCo thanks for the quick refund, great service!', 'Glad we could help!'),
    },
    {
      name: 'an outage question answered with its status',
      draft: replyTo(
        '@NetCo is the internet down in Leeds? nothing loads',
        "We're aware of an outage in Leeds and it should be fixed by 3pm.",
      ),
    },
  ],
  invalid: [
    {
      name: 'no private channel: the generic handoff goes at the end',
      draft: replyTo(COMPLAINT, "We're sorry about the cancellation."),
      findings: [
        {
          messageId: 'needs-private',
          severity: 'fix',
          output: "We're sorry about the cancellation. Send us a DM so we can look into this.",
        },
      ],
    },
    {
      name: 'a sentence without final punctuation gets a full stop',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry for the wait on your refund'),
      findings: [{ messageId: 'needs-private', output: 'Sorry for the wait on your refund. Send us a DM so we can look into this.' }],
    },
    {
      name: 'trailing newlines stay after the handoff',
      draft: replyTo(CRASH_COMPLAINT, 'Sorry about the crashes!\n\n'),
      findings: [{ messageId: 'needs-private', output: 'Sorry about the crashes! Send us a DM so we can look into this.\n\n' }],
    },
    {
      name: 'the handoff goes before a signature',
      draft: replyTo(CRASH_COMPLAINT, 'Sorry about the crashes, that is not okay. ^JS'),
      findings: [
        { messageId: 'needs-private', output: 'Sorry about the crashes, that is not okay. Send us a DM so we can look into this. ^JS' },
      ],
    },
    {
      name: 'the template from the settings',
      draft: replyTo(COMPLAINT, 'So sorry about this!'),
      settings: {
        handoffTemplate: 'DM {dm} or email {email} and we will fix it.',
        dmHandle: '@AcmeHelp',
        supportEmail: 'help@acme.example',
      },
      findings: [
        { messageId: 'needs-private', output: 'So sorry about this! DM @AcmeHelp or email help@acme.example and we will fix it.' },
      ],
    },
    {
      name: 'a template naming a missing channel falls back to the channels set',
      draft: replyTo(COMPLAINT, 'So sorry about this!'),
      settings: { handoffTemplate: 'Call {phone} any time.', supportEmail: 'help@acme.example' },
      findings: [{ messageId: 'needs-private', output: 'So sorry about this! Please email help@acme.example so we can look into this.' }],
    },
    {
      name: 'DM handle, email and phone from the settings',
      draft: replyTo(COMPLAINT, 'So sorry about this!'),
      settings: { dmHandle: '@AcmeHelp', supportEmail: 'help@acme.example', supportPhone: '0800 123 456' },
      findings: [
        {
          messageId: 'needs-private',
          output: 'So sorry about this! Please DM @AcmeHelp, email help@acme.example or call 0800 123 456 so we can look into this.',
          data: { handoff: 'Please DM @AcmeHelp, email help@acme.example or call 0800 123 456 so we can look into this.' },
        },
      ],
    },
    {
      name: 'a public help article is not a private channel',
      draft: replyTo(CRASH_COMPLAINT, 'Sorry! Check out our help article: https://help.example/restart'),
      findings: [
        {
          messageId: 'needs-private',
          output: 'Sorry! Check out our help article: https://help.example/restart Send us a DM so we can look into this.',
        },
      ],
    },
    {
      name: 'sarcasm is a complaint too; a delay needs no private channel, so an apology alone is an info; comments count like replies',
      draft: replyTo(SARCASTIC_COMPLAINT, 'We are sorry for the delay today.', 'comment'),
      findings: [{ messageId: 'only-apology', severity: 'info', data: { complaintConfidence: expect.any(Number) } }],
    },
    {
      name: 'asking about the email on an account is not an email channel',
      draft: replyTo(REFUND_COMPLAINT, 'Sorry! Was the refund sent to the email on your account?'),
      findings: [{ messageId: 'needs-private' }],
    },
    {
      name: 'names the most telling reason, not the first in the text: their money before "nobody answers"',
      draft: replyTo(
        'Posting here because nobody answers the phone: my order never arrived and I was charged twice.',
        'So sorry!',
        'comment',
      ),
      findings: [{ messageId: 'needs-private', severity: 'fix', data: { reasonId: 'money', reason: 'their own money' } }],
    },
    {
      name: 'says why the complaint needs a private channel: their own money',
      draft: replyTo('@ShopCo I was charged twice for the same order. Please sort this out.', 'We are sorry about that!'),
      findings: [
        { messageId: 'needs-private', severity: 'fix', data: { reasonId: 'money', evidence: expect.stringContaining('charged') } },
      ],
    },
    {
      name: 'a public answer to a flight-status complaint is at most an info suggestion',
      draft: replyTo(
        '@AcmeAir flight 1704 is delayed again, get it off the ground!',
        'Sorry for the wait! The crew is on the way and it should be boarding by 4:30.',
      ),
      findings: [{ messageId: 'answered-publicly', severity: 'info' }],
    },
    {
      name: 'a known outage answered with its status is an info suggestion',
      draft: replyTo(
        '@Streamly is the app down? Nothing loads, so annoying',
        "Sorry about that! We're aware of the outage and our team is working on it.",
      ),
      findings: [{ messageId: 'answered-publicly', severity: 'info', data: { why: 'an outage report' } }],
    },
    {
      // Feedback needs no private channel: "offer a DM" would be the wrong advice, so the note on the
      // missing substance is an info (a warning here counts as a false alarm on the labelled corpus).
      name: 'a reply that only apologises to feedback is an info that asks for the next step, not a warning',
      draft: replyTo('@Streamly the new interface is terrible, I hate it', "We're so sorry to hear that."),
      findings: [{ messageId: 'only-apology', severity: 'info', data: { does: 'only apologises' } }],
    },
    {
      name: 'a reply that passes feedback on is an info too',
      draft: replyTo('@Streamly the new interface is terrible, I hate it', "We'll pass this on to the team."),
      findings: [{ messageId: 'only-apology', severity: 'info', data: { does: 'passes the complaint on' } }],
    },
    {
      name: 'an apology alone to a complaint that says neither way is a warning: no way forward',
      draft: replyTo('@ShopCo really disappointed with you today, not good enough', 'So sorry to hear that!'),
      findings: [{ messageId: 'no-way-forward', severity: 'warn', data: { does: 'only apologises' } }],
    },
    // Done when: a reply that answers a flight-status question is not told to DM…
    {
      name: 'a reply that answers a flight-status question is not told to DM (info at most)',
      draft: replyTo(
        '@AcmeAir why is flight 482 to Denver still sitting at the gate?? 2 hours late already',
        'So sorry for the wait! Flight 482 is waiting on a crew member and should depart at 6:40pm.',
      ),
      findings: [{ messageId: 'answered-publicly', severity: 'info', data: { why: 'a flight status report' } }],
    },
    {
      name: 'an apology alone to a flight-status complaint is an info, never a DM demand',
      draft: replyTo('@AcmeAir delayed AGAIN, sitting on the tarmac for an hour. Come on.', 'We are so sorry about the delay today.'),
      findings: [{ messageId: 'only-apology', severity: 'info', data: { why: 'a flight status report' } }],
    },
    {
      name: 'an apology to product feedback is an info, not a nag to DM',
      draft: replyTo('@DonutCo the pumpkin glaze donut was a terrible idea, honestly', "Sorry to hear this! I'll pass your feedback on."),
      findings: [{ messageId: 'only-apology', severity: 'info', data: { why: 'feedback on the product' } }],
    },
    {
      name: 'a reply that explains the cause answers in public (info at most)',
      draft: replyTo(
        '@CableCo why is the final only on delay?? I hate this, I pay for the sports pack',
        'Sorry! This is likely due to the broadcast rights for that league in your region.',
      ),
      findings: [{ messageId: 'answered-publicly', severity: 'info' }],
    },
    {
      name: 'a train that left early answered with the timetable is no DM case',
      draft: replyTo(
        '@RailCo the 21.40 train to Dorking left early. Typical, just as annoying',
        'Sorry to hear this. As far as I can see it ran to schedule tonight.',
      ),
      findings: [{ messageId: 'answered-publicly', severity: 'info', data: { why: 'a train status report' } }],
    },
    {
      name: 'a diagnostic question about an app bug is asking in public, which fits (info), not "answered"',
      draft: replyTo('@Streamly the app keeps crashing since the update, so annoying', 'Oh no! Which iOS version are you on?'),
      findings: [{ messageId: 'asks-publicly', severity: 'info', output: null, data: { why: 'an app or device bug', reply: 'question' } }],
    },
    {
      name: 'a question to a complaint that says neither way suggests taking the answer private (info)',
      draft: replyTo('@ShopCo really disappointed with you today, not good enough', 'Oh no, what happened?'),
      findings: [
        {
          messageId: 'asks-for-details',
          severity: 'info',
          output: 'Oh no, what happened? Send us a DM so we can look into this.',
          data: { reply: 'question' },
        },
      ],
    },
    {
      name: 'a delivery that has still not come, answered with a question, needs a handoff (fix)',
      draft: replyTo(
        '@GrocerCo my slot was 8-9pm. Still not arrived. Nobody picks up the phone, what now?',
        'Sorry! Did it turn up in the end?',
      ),
      findings: [{ messageId: 'needs-private', severity: 'fix', data: { reasonId: 'order' } }],
    },
    // …and a reply to "charged twice" without a handoff is.
    {
      name: 'a reply to "charged twice" without a handoff is told to offer one (fix)',
      draft: replyTo('@Streamly you charged me twice this month for one subscription??', 'Sorry about that, that should not happen.'),
      findings: [
        {
          messageId: 'needs-private',
          severity: 'fix',
          data: { reasonId: 'money', reason: 'their own money' },
          output: 'Sorry about that, that should not happen. Send us a DM so we can look into this.',
        },
      ],
    },
    {
      name: 'the need holds even when the reply gives real information',
      draft: replyTo(
        '@ShopCo my parcel says delivered but it is not here, nobody left anything',
        'Sorry! Parcels marked as delivered sometimes arrive later the same day.',
      ),
      findings: [{ messageId: 'needs-private', severity: 'fix', data: { reasonId: 'order' } }],
    },
    {
      name: 'a softer signal (they ask to be called) is a warning that says why',
      draft: replyTo('@Fonely your app is useless and I want to speak to a real person about it', 'Sorry to hear that!'),
      findings: [{ messageId: 'may-need-private', severity: 'warn', data: { reasonId: 'asked' } }],
    },
    {
      name: 'a polite service request the classifier does not call a complaint still gets the handoff when it needs one',
      draft: replyTo(
        '@ShopCo hi! I seem to have been billed twice for my order, could you look into it please?',
        'Hi there, happy to help!',
      ),
      findings: [{ messageId: 'needs-private', severity: 'fix', data: { reasonId: 'money' } }],
    },
  ],
});

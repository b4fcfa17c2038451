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
    // clause starts after a link, a closing quote, a tag
    ['Slides from the talk: https://example.org/s Contact me for the recording', 'Contact me', 'consideration'],
    ['Our new episode “why naps work” Let me know what you think', 'Let me know what you think', 'any'],
    ['Spring menu is here #FreshFood Try the new pea risotto', 'Try the new pea risotto', 'conversion'],
    // imperatives coordinated later in the clause
    ['Read the next chapter before Friday and send your questions to our host', 'send your questions', 'any'],
    // the writer wishing the reader would act or reply
    ['We hope you treat yourself this weekend', 'treat yourself', 'conversion'],
    ['We hope you dance or treat yourself this weekend', 'treat yourself', 'conversion'],
    ['We invite you to apply before March', 'apply before March', 'consideration'],
    ["That's the plan so far. I'd love to hear your ideas for part two", "I'd love to hear your ideas for part two", 'any'],
    ['Three lessons from a bad launch. I look forward to reading your stories!', 'I look forward to reading your stories', 'any'],
    // short questions that invite
    ['Open roles in our Leeds studio. Want to join? Details soon', 'Want to join?', 'interest'],
    ['Pasta night on Friday. Who is coming?', 'Who is coming?', 'interest'],
    // more verbs, stage by verb and object
    ['Give it a try this weekend', 'Give it a try', 'conversion'],
    ['Give us a call to talk it through', 'Give us a call', 'consideration'],
    ['Drop us a line if you have a project', 'Drop us a line', 'consideration'],
    ['Stop by the shop on Saturday', 'Stop by the shop on Saturday', 'interest'],
    ['Stay tuned for part two', 'Stay tuned for part two', 'awareness'],
    ['Ask us anything in the comments', 'Ask us anything in the comments', 'any'],
    ['Sign the petition before it closes', 'Sign the petition', 'awareness'],
    ['Please consider donating to the appeal', 'consider donating', 'conversion'],
    ['Consider subscribing for the next issue', 'Consider subscribing', 'interest'],
    ['Share if you agree.', 'Share if you agree', 'awareness'],
    ['DM for rates', 'DM for rates', 'consideration'],
    ['Get the facts about the new bus routes', 'Get', 'interest'],
    ['Read our latest article on hiring', 'Read our latest article on hiring', 'awareness'],
    ['We need volunteers, so please share this with your neighbours', 'share this', 'awareness'],
    ['Watch video: the new bridge opens', 'Watch video', 'awareness'],
    ['Apply here: jobs.example.org', 'Apply here', 'consideration'],
    ['Details in the first comment', 'Details in the first comment', 'interest'],
    ['Learn how we cut our bills from the link in bio', 'Learn how we cut our bills from the link in bio', 'interest'],
    ["Let's connect!", 'connect', 'awareness'],
    ['Chat with our team today', 'Chat with our team today', 'consideration'],
    ['Write to us with your ideas', 'Write to us with your ideas', 'consideration'],
    ['Get in touch for a chat', 'Get in touch for a chat', 'consideration'],
    ['Get your hands on the new flavour', 'Get', 'conversion'],
    ['Use the link below to apply', 'Use the link below', 'interest'],
    ['Check back tomorrow for the winners', 'Check back tomorrow for the winners', 'awareness'],
    ['Find your nearest store', 'Find your nearest store', 'interest'],
    ["You won't want to miss this", "You won't want to miss", 'interest'],
    ['Be the first to try the new menu', 'try the new menu', 'conversion'],
    ['Big night on Friday. Will you join us?', 'Will you join us?', 'interest'],
    ['Catch me on the panel at 3pm', 'Catch me', 'awareness'],
    ['I encourage everyone to read this report', 'read this report', 'interest'],
    ['I highly recommend reading the full interview', 'recommend reading', 'awareness'],
    ["We'd recommend joining the waitlist early", 'recommend joining', 'interest'],
    ['Please read and share', 'read', 'interest'],
    ['Do join us next week', 'join us next week', 'interest'],
    ['Save for later', 'Save for later', 'awareness'],
    ['Pick your favourite flavour below', 'Pick your favourite flavour below', 'any'],
    ['Score a free drink with any meal', 'Score a free drink', 'conversion'],
    ['Caption this!', 'Caption this', 'any'],
    ['Name our new puppy in the comments', 'Name our new puppy', 'any'],
    ['Fill in the blank: my perfect Sunday is ___', 'Fill in the blank', 'any'],
    ['Tell us!', 'Tell us', 'any'],
    ['Snap a selfie at the booth', 'Snap a selfie at the booth', 'advocacy'],
    // a sentence whose full stop was lost; a pointer before a colon; a title after "read"
    ['Our top five picks for spring Read the full list on the blog', 'Read the full list', 'interest'],
    ['The keynote is online. Listen at: radio.example/keynote', 'Listen at', 'awareness'],
    ['Panel recording. Watch on-demand here: video.example/panel', 'Watch on-demand here', 'awareness'],
    ['Read Making Bread Simple, out now', 'Read Making Bread Simple', 'interest'],
    ['From Oslo to Lima, read how our bakers mark the new year', 'read how our bakers', 'interest'],
    // questions and wishes for the reader's reply
    ['Our team swapped books today. What are some of your favourite novels?', 'What are some of your favourite novels?', 'any'],
    ['Ten tools I use every week. Have I missed something?', 'Have I missed something?', 'any'],
    ['Is there anything else you would like us to cover?', 'Is there anything else you would like us to cover?', 'any'],
    ['Love to hear your experience with four-day weeks.', 'Love to hear your experience', 'any'],
    ['Please suggest some podcasts for a long drive', 'suggest some podcasts', 'any'],
    ['What do you listen to on the way to work? Drop them below!', 'Drop them below', 'any'],
    ['Share your best tip. Answer down in the comments section', 'Answer down in the comments section', 'any'],
    ['Please do challenge me on this!', 'challenge me', 'any'],
    // invitations and nudges
    ['Welcome! You are invited to join a webinar: How Do We Plan?', 'join a webinar', 'interest'],
    ["It's not too late to register for Thursday's session", 'register for', 'interest'],
    ['For your safety we ask you to enable two-step sign-in', 'enable', 'loyalty'],
    ['Looking for work? Register with us today', 'Register with us', 'interest'],
    ['Tomorrow at 3pm on Zoom. Get your credentials here.', 'Get your credentials here', 'interest'],
    ['Participate in this free workshop on Monday', 'Participate in this free workshop', 'interest'],
    ['You can access the full report at the link', 'access the full report', 'interest'],
    ['Be sure to submit your entry by Friday!', 'submit your entry', 'interest'],
    ['Find out how we can help and ask about our audit service', 'ask about our audit service', 'consideration'],
    ['Double tap if you like it & tag whoever needs this', 'tag whoever needs this', 'advocacy'],
    ['New art every week #linkinbio', '#linkinbio', 'interest'],
    ['Share with friends & family', 'Share with friends', 'awareness'],
    ['Places go fast, so book early', 'book early', 'conversion'],
    // the main clause after an opener that lost its comma
    ["If you're in town stop by the shop", 'stop by the shop', 'interest'],
    ['To see more follow @studio', 'follow @studio', 'awareness'],
    ['If you missed it watch the replay here', 'watch the replay here', 'awareness'],
    ['If you want to learn more read our guide', 'read our guide', 'interest'],
    ['If you have questions contact us', 'contact us', 'consideration'],
    // read from grammar where the catalog had a row
    ['Grab our free toolkit', 'Grab our free toolkit', 'interest'],
    ['Snag the free cheat sheet', 'Snag the free cheat sheet', 'interest'],
    ['Secure your tickets today', 'Secure your tickets today', 'conversion'],
    ['Secure your spot now', 'Secure your spot now', 'interest'],
    ['Get on the waitlist', 'Get on the waitlist', 'interest'],
    ['Tag us in your photos', 'Tag us in your photos', 'advocacy'],
    ['Join our Discord community', 'Join our Discord community', 'interest'],
    ['Talk to us about pricing', 'Talk to us about pricing', 'consideration'],
    ["Don't miss tonight's live session", "Don't miss", 'interest'],
  ])('%s', (text, ask, stage) => {
    const found = asks(text);
    expect(found.some((f) => f.text.includes(ask) || ask.includes(f.text))).toBe(true);
    expect(found.find((f) => f.text.includes(ask) || ask.includes(f.text))!.stage).toBe(stage);
  });

  it('reads a short question that the next line answers as a teaser, not an ask', () => {
    expect(asks('Want to join? Sign up here')).toEqual([{ text: 'Sign up here', stage: 'interest' }]);
    expect(asks('Want to know what makes a great manager? Read our guide').map((a) => a.text)).toEqual(['Read our guide']);
  });

  it('reads no coordinated ask in a clause with its own subject', () => {
    expect(asks('Drop them below so we can support you and learn more about the show').map((a) => a.text)).toEqual(['Drop them below']);
  });

  it('reads each of several coordinated asks in one clause', () => {
    expect(asks('Grab a coffee, read the next chapter and send your questions to our host').map((a) => a.stage)).toEqual([
      'conversion',
      'interest',
      'any',
    ]);
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
    // pastimes, advice, descriptions, headlines
    'Our speakers let you listen to music, stream, or watch TV in every room.',
    'Listen to music, stream, or watch TV from any room.',
    'Learn the right skills early and the rest follows.',
    'Learn to say no.',
    'Study finds most people skip breakfast.',
    'Review finds gaps in the city budget.',
    'Find a way to rest this week.',
    'A place where you can learn more about birds.',
    'Stay safe out there.',
    'Enjoy the weekend!',
    'Get enough sleep before the race.',
    'Get a mentor early in your career.',
    'Get your team involved early.',
    'Follow your passion and the money follows.',
    'Learn from your mistakes.',
    'Watch your back out there.',
    'Discover your strengths with a coach.',
    'Do more of what works.',
    'Do you think so?',
    'Name tags are ready at the front desk.',
    'Pick up the pieces and move on.',
    'Constructor of the year: our site lead.',
    'toString and valueOf are not verbs.',
    // idioms, narrative, maxims, names and headlines
    'Tell me about it.',
    'Choose the impossible. Believe in yourself.',
    'Share your insights, listen more, and treat people kindly.',
    'Focus on your people and watch as the culture grows.',
    'How Federal Reserve policies moved the bond market',
    'Thanks to the founders and Read Across America for the books.',
    'If you follow these steps you will save time.',
    'To be honest share prices fell.',
    'When you order online delivery is free.',
    'Once you try it you will love it.',
    'To make it simple we bought a new oven.',
  ])('no ask in: %s', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

/** Synthetic posts the complaint rule tests answer (written for the tests, not taken from a corpus). */
export const COMPLAINT = '@AcmeAir my flight was cancelled and nobody at the desk will help. Worst service ever.';
export const REFUND_COMPLAINT = '@ShopCo still waiting for my refund, it has been three weeks. Unacceptable.';
export const CRASH_COMPLAINT = '@Fonely my phone keeps crashing since the update and support never answers';
export const SARCASTIC_COMPLAINT = 'Great, another delay @AcmeAir. Thanks for nothing.';
export const PRAISE = '@AcmeAir thanks for the smooth flight, the crew were lovely!';
export const QUESTION = '@ShopCo do you ship to Canada?';
export const WEATHER = 'This weather is the worst.';

/** A reply draft to a post. */
export const replyTo = (post: string, text: string, kind: 'reply' | 'comment' = 'reply') => ({
  kind,
  text,
  replyTo: { text: post },
});

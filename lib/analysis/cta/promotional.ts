/** Whether a text is promotional (conversion-stage asks, offers, prices, discount codes). */
export function isPromotional(text: string): boolean {
  // Placeholder until the CTA family lands its detector.
  return /\b(buy now|shop now|order now|discount|% off|promo code|use code)\b/i.test(text);
}

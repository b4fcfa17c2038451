/** Words every UI (composer card, popup, settings, reviewers' page) uses for stages and categories. */
import type { Category, Stage } from '@/lib/analysis/schemas';

export const STAGE_LABELS: Record<Stage, string> = {
  awareness: 'Awareness',
  interest: 'Interest',
  consideration: 'Consideration',
  conversion: 'Conversion',
  loyalty: 'Loyalty',
  advocacy: 'Advocacy',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  'platform-norms': 'Platform norms',
  crosspost: 'Cross-posting',
  'cta-stage': 'Call to action',
  'promo-ratio': '80/20 balance',
  complaint: 'Complaint replies',
};

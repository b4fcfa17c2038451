import { segmentFor } from '@/lib/content/stage';
import { listSegments } from '@/lib/storage/segments';
import { getSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

/** Whether Postwise is on for this site, the default stage and this platform's audience segment: what a composer needs, nothing more. */
export const handleGetComposerContext: Handler<'get-composer-context'> = async ({ platform }, ctx) => {
  const [settings, segments] = await Promise.all([getSettings(ctx.db), listSegments(ctx.db)]);
  const segment = segmentFor(segments, platform);
  return {
    siteOn: !settings.sitesOff.includes(platform),
    defaultStage: settings.defaultStage,
    ...(segment ? { segment: { name: segment.name, stage: segment.stage } } : {}),
  };
};

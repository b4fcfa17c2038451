/** Per platform: the 80/20 gauge over the last 20 posts and the funnel stages their CTAs asked for. */
import { PLATFORM_NAMES } from '@/lib/analysis/schemas';
import type { Coaching } from '@/lib/contract/coaching';
import { PromoGauge, StageColumns } from '../shared/charts';
import { plural } from '../shared/labels';

export function PlatformsCard({ coaching }: { coaching: Coaching }) {
  if (!coaching.platforms.length) return null;
  return (
    <section className="card" aria-labelledby="platforms-title">
      <h2 id="platforms-title">80/20 and calls to action</h2>
      <p className="small muted">
        Over each network's last {plural(20, 'post')}: about 4 in 5 should be social, at most 1 in 5 promotional.
      </p>
      {coaching.platforms.map((p) => {
        const name = PLATFORM_NAMES[p.platform];
        const over = (p.share ?? 0) > coaching.promoShare + 1e-9;
        return (
          <div className="platform" key={p.platform} data-platform={p.platform}>
            <h3>
              {name}{' '}
              <span className={`small ${over ? 'verdict-warn' : 'muted'}`}>
                {p.promotional} of {plural(p.recent, 'post')} promotional ({Math.round((p.share ?? 0) * 100)}%){over ? ' — over' : ''}
              </span>
            </h3>
            <PromoGauge share={p.share ?? 0} limit={coaching.promoShare} label={`${name} promotional share`} />
            <StageColumns counts={p.ctaStages} label={`${name}: stages the calls to action asked for`} />
            <p className="small muted">
              {plural(p.conversation, 'post')} only invited conversation, {p.noCta} had no ask.
            </p>
          </div>
        );
      })}
    </section>
  );
}

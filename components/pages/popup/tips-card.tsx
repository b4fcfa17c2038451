/** Two or three tips drawn from what came up most in the user's own drafts. */
import type { Coaching } from '@/lib/contract/coaching';
import { CATEGORY_LABELS, plural } from '../shared/labels';

export function TipsCard({ coaching }: { coaching: Coaching }) {
  if (!coaching.tips.length) return null;
  return (
    <section className="card" aria-labelledby="tips-title">
      <h2 id="tips-title">Tips from your recent drafts</h2>
      <ol className="tips">
        {coaching.tips.map((t) => (
          <li key={t.ruleId} className="tip">
            <p className="tip-title">{t.title}</p>
            <p className="small muted">
              {CATEGORY_LABELS[t.category]} · came up {plural(t.shown, 'time')} in four weeks
              {t.dismissed ? `, dismissed ${t.dismissed}` : ''}
              {t.fixed ? `, fixed ${t.fixed}` : ''}
            </p>
            <details>
              <summary>Why it matters</summary>
              <p>{t.reasoning}</p>
              <p className="small muted">{t.source}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

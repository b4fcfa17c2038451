/** This week against last week: posts and replies, findings shown / fixed / dismissed, per category. */
import { CATEGORIES } from '@/lib/analysis/schemas';
import type { Coaching } from '@/lib/contract/coaching';
import { PairBars } from '../shared/charts';
import { CATEGORY_LABELS } from '../shared/labels';

function Delta({ now, before }: { now: number; before: number }) {
  const arrow = now > before ? '▲' : now < before ? '▼' : '=';
  return (
    <span className="delta">
      <span aria-hidden="true">{arrow} </span>last week {before}
    </span>
  );
}

function Tile({ label, now, before }: { label: string; now: number; before: number }) {
  return (
    <div className="tile">
      <span className="tile-value">{now}</span>
      <span className="tile-label">{label}</span>
      <Delta now={now} before={before} />
    </div>
  );
}

export function WeekCard({ coaching }: { coaching: Coaching }) {
  const { thisWeek: t, lastWeek: l } = coaching;
  const rows = CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], current: t.byCategory[c].shown, previous: l.byCategory[c].shown }));
  return (
    <section className="card" aria-labelledby="week-title">
      <h2 id="week-title">This week</h2>
      <div className="tiles">
        <Tile label="posts checked" now={t.posts} before={l.posts} />
        <Tile label="replies checked" now={t.replies} before={l.replies} />
        <Tile label="findings" now={t.findings.shown} before={l.findings.shown} />
      </div>
      <p className="small muted fixed-line">
        You fixed <strong>{t.findings.fixed}</strong> and dismissed <strong>{t.findings.dismissed}</strong> (last week {l.findings.fixed}{' '}
        and {l.findings.dismissed}).
      </p>
      <h3 className="small">Findings by category</h3>
      <div className="legend" aria-hidden="true">
        <span>
          <span className="swatch now" />
          this week
        </span>
        <span>
          <span className="swatch prev" />
          last week
        </span>
      </div>
      <PairBars rows={rows} title="Findings shown by category" />
    </section>
  );
}

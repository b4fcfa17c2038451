/**
 * Small SVG charts sized for the 380-pixel popup: no chart library. Each chart is an image with a
 * text alternative that says what it shows.
 */
import { STAGES, type Stage } from '@/lib/analysis/schemas';
import { STAGE_LABELS } from './labels';

export interface PairRow {
  label: string;
  current: number;
  previous: number;
}

const ROW = 22;
const LABEL_W = 108;

/** Horizontal bars, this week (solid) over last week (light), one row per label. */
export function PairBars({ rows, title, width = 348 }: { rows: PairRow[]; title: string; width?: number }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.current, r.previous]));
  const barW = width - LABEL_W - 30;
  const height = rows.length * ROW + 4;
  const summary = rows.map((r) => `${r.label}: ${r.current} this week, ${r.previous} last week`).join('; ');
  return (
    <svg className="chart" role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${width} ${height}`} width="100%" height={height}>
      {rows.map((r, i) => {
        const y = i * ROW + 2;
        const cw = r.current ? Math.max(2, (r.current / max) * barW) : 0;
        const pw = r.previous ? Math.max(2, (r.previous / max) * barW) : 0;
        return (
          <g key={r.label}>
            <text x={0} y={y + 13} className="chart-label">
              {r.label}
            </text>
            <rect x={LABEL_W} y={y + 2} width={barW} height={16} className="chart-track" rx={3} />
            <rect x={LABEL_W} y={y + 2} width={cw} height={10} className="chart-bar" rx={2} />
            <rect x={LABEL_W} y={y + 13} width={pw} height={5} className="chart-bar-prev" rx={1.5} />
            <text x={LABEL_W + barW + 6} y={y + 13} className="chart-value">
              {r.current}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The 80/20 gauge: share of promotional posts, with the healthy limit marked. */
export function PromoGauge({ share, limit, label, width = 348 }: { share: number; limit: number; label: string; width?: number }) {
  const over = share > limit + 1e-9;
  const w = Math.max(share > 0 ? 3 : 0, share * width);
  return (
    <svg
      className="chart gauge"
      role="img"
      aria-label={`${label}: ${Math.round(share * 100)}% promotional, limit ${Math.round(limit * 100)}%${over ? ', over the limit' : ''}`}
      viewBox={`0 0 ${width} 26`}
      width="100%"
      height={26}
    >
      <rect x={0} y={4} width={width} height={12} rx={6} className="chart-track" />
      <rect x={0} y={4} width={w} height={12} rx={6} className={over ? 'gauge-over' : 'gauge-ok'} />
      <line x1={limit * width} x2={limit * width} y1={0} y2={20} className="gauge-limit" />
      <text x={Math.min(limit * width + 4, width - 60)} y={25} className="chart-small">
        limit {Math.round(limit * 100)}%
      </text>
    </svg>
  );
}

const SHORT: Record<Stage, string> = {
  awareness: 'Aware',
  interest: 'Interest',
  consideration: 'Consider',
  conversion: 'Convert',
  loyalty: 'Loyalty',
  advocacy: 'Advocacy',
};

/** Columns: how many posts asked for each funnel stage. */
export function StageColumns({ counts, label, width = 348 }: { counts: Record<Stage, number>; label: string; width?: number }) {
  const max = Math.max(1, ...STAGES.map((s) => counts[s]));
  const col = width / STAGES.length;
  const chartH = 34;
  const summary = STAGES.map((s) => `${STAGE_LABELS[s]} ${counts[s]}`).join(', ');
  return (
    <svg
      className="chart"
      role="img"
      aria-label={`${label}: ${summary}`}
      viewBox={`0 0 ${width} ${chartH + 28}`}
      width="100%"
      height={chartH + 28}
    >
      {STAGES.map((s, i) => {
        const h = counts[s] ? Math.max(3, (counts[s] / max) * chartH) : 0;
        const x = i * col + col * 0.22;
        return (
          <g key={s}>
            <title>{`${STAGE_LABELS[s]}: ${counts[s]}`}</title>
            <rect x={i * col + col * 0.22} y={12} width={col * 0.56} height={chartH} className="chart-track" rx={2} />
            <rect x={x} y={12 + chartH - h} width={col * 0.56} height={h} className={`stage-bar stage-${s}`} rx={2} />
            <text x={i * col + col / 2} y={9} textAnchor="middle" className="chart-small">
              {counts[s]}
            </text>
            <text x={i * col + col / 2} y={chartH + 25} textAnchor="middle" className="chart-small">
              {SHORT[s]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The batch as a table: verdict, finding counts and decision per draft, with filters and pages. */
import { useMemo } from 'react';
import { CATEGORIES, PLATFORM_NAMES, type Verdict } from '@/lib/analysis/schemas';
import type { ReviewRow } from '@/lib/contract/schemas';
import { CATEGORY_LABELS } from '../shared/labels';
import type { ReviewSummary } from './batch';
import { PAGE_SIZE, useReviewStore, type DecisionFilter, type Filters } from './store';

const DECISION_NAMES: Record<string, string> = { approved: 'Approved', 'changes-requested': 'Changes requested', rejected: 'Rejected' };

export function filterItems(items: readonly ReviewSummary[], filters: Filters, decisions: ReadonlyMap<string, ReviewRow>): ReviewSummary[] {
  return items.filter((item) => {
    if (filters.verdict !== 'all' && item.verdict !== filters.verdict) return false;
    if (filters.category !== 'all' && !item.categories.includes(filters.category)) return false;
    if (filters.decision !== 'all') {
      const d = decisions.get(item.key)?.decision;
      if (filters.decision === 'pending' ? d !== undefined : d !== filters.decision) return false;
    }
    return true;
  });
}

export function VerdictPill({ verdict }: { verdict: Verdict | undefined }) {
  if (!verdict) return <span className="pill muted">…</span>;
  return <span className={`pill verdict-${verdict}`}>{verdict}</span>;
}

export function ResultsTable({ decisions }: { decisions: ReadonlyMap<string, ReviewRow> }) {
  const { items, filters, page, setFilter, setPage, open, openKey } = useReviewStore();
  const filtered = useMemo(() => filterItems(items, filters, decisions), [items, filters, decisions]);
  const counts = useMemo(() => {
    const c: Record<Verdict, number> = { ok: 0, warn: 0, fix: 0 };
    for (const i of items) c[i.verdict]++;
    return c;
  }, [items]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title">
          Drafts <span className="muted small">({items.length.toLocaleString('en')})</span>
        </h2>
        <p className="small summary">
          <span className="verdict-fix">{counts.fix.toLocaleString('en')} fix</span> ·{' '}
          <span className="verdict-warn">{counts.warn.toLocaleString('en')} warn</span> ·{' '}
          <span className="verdict-ok">{counts.ok.toLocaleString('en')} ok</span> ·{' '}
          {decisions.size ? `${[...items].filter((i) => decisions.has(i.key)).length} reviewed` : 'none reviewed yet'}
        </p>
      </div>
      <div className="filters row">
        <div className="field">
          <label htmlFor="filter-verdict">Verdict</label>
          <select id="filter-verdict" value={filters.verdict} onChange={(e) => setFilter('verdict', e.target.value as Filters['verdict'])}>
            <option value="all">All verdicts</option>
            <option value="fix">Fix</option>
            <option value="warn">Warn</option>
            <option value="ok">OK</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">Category</label>
          <select
            id="filter-category"
            value={filters.category}
            onChange={(e) => setFilter('category', e.target.value as Filters['category'])}
          >
            <option value="all">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-decision">Decision</label>
          <select id="filter-decision" value={filters.decision} onChange={(e) => setFilter('decision', e.target.value as DecisionFilter)}>
            <option value="all">All decisions</option>
            <option value="pending">Not reviewed</option>
            <option value="approved">Approved</option>
            <option value="changes-requested">Changes requested</option>
          </select>
        </div>
      </div>
      <p className="small muted" aria-live="polite">
        Showing {shown.length ? `${current * PAGE_SIZE + 1}–${current * PAGE_SIZE + shown.length}` : 0} of{' '}
        {filtered.length.toLocaleString('en')}
      </p>
      <div className="table-wrap">
        <table className="drafts-table">
          <caption className="visually-hidden">Drafts in the batch</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Where</th>
              <th scope="col">Draft</th>
              <th scope="col">Verdict</th>
              <th scope="col">
                <abbr title="must fix / warnings / notes">Fix · warn · info</abbr>
              </th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => {
              const d = decisions.get(item.key);
              return (
                <tr key={item.key} className={item.key === openKey ? 'selected' : ''}>
                  <td className="num">{item.line ?? '—'}</td>
                  <td className="nowrap">
                    {PLATFORM_NAMES[item.platform]} <span className="muted small">{item.kind}</span>
                  </td>
                  <td className="draft-cell">
                    <button
                      type="button"
                      className="link open-draft"
                      onClick={() => open(item.key)}
                      aria-label={`Open draft ${item.line ?? ''}: ${item.preview.slice(0, 60)}`}
                    >
                      {item.preview || '(empty)'}
                    </button>
                  </td>
                  <td>
                    <VerdictPill verdict={item.verdict} />
                  </td>
                  <td className="num nowrap">
                    <span className="verdict-fix">{item.fix}</span> · <span className="verdict-warn">{item.warn}</span> ·{' '}
                    <span className="muted">{item.info}</span>
                  </td>
                  <td className="small">
                    {d ? (
                      <span className={`decision decision-${d.decision}`}>{DECISION_NAMES[d.decision]}</span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages of drafts">
          <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
            Previous
          </button>
          <span className="small">
            Page {current + 1} of {pages}
          </span>
          <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

/** One draft's full report: the text with the findings' words marked, each finding, and the decision. */
import { useEffect, useRef, useState } from 'react';
import { FindingList, HighlightedText } from '@/components/finding-list';
import { PLATFORM_NAMES } from '@/lib/analysis/schemas';
import { useSaveReview } from '@/lib/hooks/use-reviews';
import { ReviewInputSchema, type ReviewRow } from '@/lib/contract/schemas';
import { Field } from '../shared/form';
import { STAGE_LABELS } from '../shared/labels';
import { AdaptedText } from './adapted-text';
import type { ReviewItem } from './item';
import { VerdictPill } from './results-table';

export function DraftReport({
  item,
  decision,
  onClose,
  now = Date.now,
}: {
  item: ReviewItem;
  decision?: ReviewRow;
  onClose: () => void;
  now?: () => number;
}) {
  const save = useSaveReview();
  const [note, setNote] = useState(decision?.note ?? '');
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyed by the draft (review-app.tsx): another draft mounts afresh, with its own note.
  useEffect(() => heading.current?.focus(), []);

  const decide = async (decision: 'approved' | 'changes-requested') => {
    const parsed = ReviewInputSchema.safeParse({ draftKey: item.key, decision, note: note.trim(), text: item.draft.text, time: now() });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'invalid note');
    if (decision === 'changes-requested' && !note.trim()) return setError('say what should change');
    setError(undefined);
    await save.mutateAsync(parsed.data);
  };

  const report = item.report;
  return (
    <section className="report panel" aria-labelledby="report-title">
      <div className="report-head">
        <h2 id="report-title" tabIndex={-1} ref={heading}>
          {item.line !== null ? `Line ${item.line}` : 'Pasted draft'} · {PLATFORM_NAMES[item.draft.platform]} {item.draft.kind}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="small">
        <VerdictPill verdict={report?.verdict} />{' '}
        {report && (
          <span className="muted">
            Reader stage: {STAGE_LABELS[report.readerStage]}
            {report.readerStageInferredFrom
              ? ` (inferred from the post: mentions ${report.readerStageInferredFrom})`
              : report.readerStageAssumed
                ? ' (assumed from settings)'
                : ''}
          </span>
        )}
      </p>
      {item.draft.replyTo && (
        <blockquote className="reply-to">
          <span className="small muted">In reply to{item.draft.replyTo.author ? ` ${item.draft.replyTo.author}` : ''}:</span>
          <br />
          {item.draft.replyTo.text}
        </blockquote>
      )}
      <div className={item.adapted ? 'compare' : undefined}>
        <div>
          {item.adapted && <h3>Original</h3>}
          <HighlightedText
            text={item.draft.text}
            findings={report?.findings ?? []}
            label="The draft, with the words the findings point at marked"
          />
        </div>
        {item.adapted && <AdaptedText original={item.draft.text} adapted={item.adapted} platform={item.draft.platform} />}
      </div>
      {report && report.findings.length === 0 && <p className="verdict-ok">Nothing to change.</p>}
      {report && <FindingList findings={report.findings} text={item.draft.text} headingLevel="h3" />}
      {report?.notes.map((n) => (
        <p key={n} className="small muted">
          {n}
        </p>
      ))}
      <div className="decision-box">
        <Field label="Reviewer's note" hint="Kept in this browser with the decision." error={error}>
          {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void decide('approved')} disabled={save.isPending}>
            Approve
          </button>
          <button type="button" onClick={() => void decide('changes-requested')} disabled={save.isPending}>
            Request changes
          </button>
          {decision && (
            <span className="small" role="status">
              {decision.decision === 'approved' ? 'Approved' : 'Changes requested'} {new Date(decision.time).toLocaleString('en')}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}

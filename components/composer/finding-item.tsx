/** One finding in the card: what, where in the draft, why, its fix and "not relevant here". */
import { useId, type MouseEvent } from 'react';
import type { Finding } from '@/lib/analysis/schemas';
import { excerpt, SEVERITY_LABELS } from './labels';

export interface FindingItemProps {
  finding: Finding;
  /** The draft the spans index into (only this composer's own text is ever quoted). */
  text: string;
  busy: boolean;
  onFix: (finding: Finding) => void;
  onDismiss: (finding: Finding) => void;
}

/** Keeps the caret in the editor: a button that takes focus on mousedown would move it. */
const keepCaret = (e: MouseEvent) => e.preventDefault();

export function FindingItem({ finding, text, busy, onFix, onDismiss }: FindingItemProps) {
  const whyId = useId();
  const spans = finding.spans.filter((s) => s.end > s.start && s.start < text.length).slice(0, 3);
  return (
    <li className="pw-finding" data-testid="postwise-finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <p className="pw-message">
        <span
          className="pw-sev"
          data-severity={finding.severity}
          title={SEVERITY_LABELS[finding.severity]}
          aria-label={SEVERITY_LABELS[finding.severity]}
        />
        {finding.message}
      </p>
      {spans.length ? (
        <p className="pw-spans">
          {spans.map((s, i) => (
            <mark key={i} className="pw-span" data-testid="postwise-span">
              {excerpt(text, s.start, s.end)}
            </mark>
          ))}
        </p>
      ) : null}
      <details className="pw-why">
        <summary aria-describedby={whyId}>Why</summary>
        <p id={whyId}>{finding.explanation}</p>
      </details>
      <div className="pw-actions">
        {finding.fix ? (
          <button
            type="button"
            className="pw-fix"
            data-testid="postwise-fix"
            disabled={busy}
            onMouseDown={keepCaret}
            onClick={() => onFix(finding)}
          >
            {finding.fix.label}
          </button>
        ) : null}
        <button
          type="button"
          className="pw-dismiss"
          data-testid="postwise-dismiss"
          onMouseDown={keepCaret}
          onClick={() => onDismiss(finding)}
        >
          Not relevant here
        </button>
      </div>
    </li>
  );
}

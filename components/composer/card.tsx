/** The card the badge opens: findings grouped by category, the reader's stage, fixes, dismissals. */
import type { KeyboardEvent } from 'react';
import type { Finding, Stage } from '@/lib/analysis/schemas';
import type { ComposerView } from '@/lib/content/session';
import { withInferred } from '@/lib/content/stage';
import { AdaptPanel } from './adapt-panel';
import { FindingItem } from './finding-item';
import { FoldPreview } from './fold-preview';
import { CATEGORY_LABELS, groupByCategory } from './labels';
import { StagePicker } from './stage-picker';
import { MAX_DRAFT_CHARS } from '@/lib/contract/limits';

export interface CardProps {
  id: string;
  view: ComposerView;
  onClose: () => void;
  onFix: (finding: Finding) => void;
  onDismiss: (finding: Finding) => void;
  onStage: (stage: Stage) => void;
}

export function Card({ id, view, onClose, onFix, onDismiss, onStage }: CardProps) {
  const groups = groupByCategory(view.findings);
  const n = view.findings.length;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <section id={id} className="pw-card" data-testid="postwise-card" aria-label="Postwise findings" onKeyDown={onKeyDown}>
      <header className="pw-card-head">
        <strong>{n === 0 ? 'Nothing to look at' : `${n} ${n === 1 ? 'thing' : 'things'} to look at`}</strong>
        <button type="button" className="pw-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <StagePicker stage={withInferred(view.stage, view.report)} onPick={onStage} />
      {view.unsaved ? (
        <p className="pw-notice" role="status" data-testid="postwise-unsaved">
          Your browser’s storage isn’t available right now, so this draft is kept on this page. Postwise saves it as soon as it can.
        </p>
      ) : null}
      {view.partlySaved ? (
        <p className="pw-note" data-testid="postwise-partly-saved">
          This draft is very long, so Postwise saved its first {MAX_DRAFT_CHARS.toLocaleString('en')} characters; the rest stays in the
          editor.
        </p>
      ) : null}
      {view.report?.notes.map((note) => (
        <p key={note} className="pw-note" data-testid="postwise-note">
          {note}
        </p>
      ))}
      {view.notice ? (
        <p className="pw-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <AdaptPanel key={view.revision} text={view.text} adaptation={view.report?.adaptation} busy={view.fixing} onApply={onFix} />
      <FoldPreview text={view.text} folds={view.report?.folds} />
      {groups.map(([category, findings]) => (
        <div key={category} className="pw-group" data-category={category}>
          <h3 className="pw-group-title">{CATEGORY_LABELS[category]}</h3>
          <ul className="pw-list">
            {findings.map((f, i) => (
              <FindingItem
                key={`${f.ruleId}:${f.messageId}:${i}`}
                finding={f}
                text={view.text}
                busy={view.fixing}
                onFix={onFix}
                onDismiss={onDismiss}
              />
            ))}
          </ul>
        </div>
      ))}
      {view.dismissedCount > 0 ? <p className="pw-foot">{view.dismissedCount} dismissed for this draft</p> : null}
    </section>
  );
}

/**
 * "Adapt for LinkedIn": the background's rewrite of the draft to this network's norms, shown as a
 * diff with what changed and what is left to do, applied in one step through the editor's own
 * input path (the session's fix path: one replacement, one undo step where the editor has one).
 */
import { useState, type MouseEvent } from 'react';
import type { Adaptation, Finding, Platform } from '@/lib/analysis/schemas';

const NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn', instagram: 'Instagram' };

/** Keeps the caret in the editor: a button that takes focus on mousedown would move it. */
const keepCaret = (e: MouseEvent) => e.preventDefault();

/** The adaptation as a fix the session applies: the whole text (an X thread's first part) replaced. */
export function adaptationFix(text: string, adaptation: Adaptation): Finding {
  const label = `Adapt for ${NAMES[adaptation.target]}`;
  return {
    ruleId: 'norms/adapt',
    category: 'platform-norms',
    severity: 'info',
    messageId: 'adapt',
    message: label,
    explanation: adaptation.changes.join(' '),
    spans: [],
    fix: { label, edits: [{ start: 0, end: text.length, text: adaptation.parts[0] ?? adaptation.text }] },
  };
}

export interface AdaptPanelProps {
  text: string;
  adaptation: Adaptation | undefined;
  busy: boolean;
  onApply: (finding: Finding) => void;
}

export function AdaptPanel({ text, adaptation, busy, onApply }: AdaptPanelProps) {
  const [open, setOpen] = useState(false);
  // The background computed the word diff with the adaptation (the content script bundles no engine code).
  const diff = adaptation?.diff ?? [{ kind: 'added' as const, text: adaptation?.parts[0] ?? '' }];
  if (!adaptation) return null;
  const name = NAMES[adaptation.target];
  const thread = adaptation.parts.length > 1;
  if (!open) {
    return (
      <div className="pw-adapt">
        <button type="button" className="pw-fix" data-testid="postwise-adapt" onMouseDown={keepCaret} onClick={() => setOpen(true)}>
          Adapt for {name}
        </button>
      </div>
    );
  }
  return (
    <div className="pw-adapt pw-adapt-open" data-testid="postwise-adapt-panel" role="group" aria-label={`Adapt for ${name}`}>
      <p className="pw-adapt-title">
        <strong>Adapted for {name}</strong>
        {thread ? ` — a thread of ${adaptation.parts.length} posts; this composer gets the first, add the others with “+”.` : ''}
      </p>
      <p className="pw-diff" data-testid="postwise-diff">
        {diff.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <ins key={i}>{part.text}</ins>
          ),
        )}
      </p>
      {thread ? (
        <ol className="pw-thread" data-testid="postwise-thread">
          {adaptation.parts.slice(1).map((part, i) => (
            <li key={i}>{part}</li>
          ))}
        </ol>
      ) : null}
      <ul className="pw-changes">
        {adaptation.changes.map((c) => (
          <li key={c}>{c}</li>
        ))}
        {adaptation.notes.map((n) => (
          <li key={n} className="pw-todo">
            {n}
          </li>
        ))}
      </ul>
      <div className="pw-actions">
        <button
          type="button"
          className="pw-fix"
          data-testid="postwise-adapt-apply"
          disabled={busy}
          onMouseDown={keepCaret}
          onClick={() => onApply(adaptationFix(text, adaptation))}
        >
          Apply
        </button>
        <button type="button" className="pw-dismiss" onMouseDown={keepCaret} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

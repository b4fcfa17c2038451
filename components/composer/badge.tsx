/** The pill beside the composer: how many things deserve a look, coloured by the worst one. */
import type { ComposerView } from '@/lib/content/session';
import { worstSeverity } from '@/lib/util/severity';

export interface BadgeProps {
  view: Pick<ComposerView, 'status' | 'findings' | 'open' | 'revision' | 'text' | 'unsaved'>;
  cardId: string;
  onToggle: () => void;
}

/** What the badge says and its colour, from the composer's state. */
export function badgeLook(view: BadgeProps['view']): {
  tone: 'fix' | 'warn' | 'info' | 'ok' | 'idle' | 'off';
  label: string;
  title: string;
} {
  if (view.status === 'invalidated')
    return {
      tone: 'off',
      label: 'Reload the page',
      title: 'Postwise was updated or reloaded. Reload this page to keep checking your drafts.',
    };
  if (view.status === 'unavailable')
    return { tone: 'off', label: 'Postwise paused', title: 'Postwise could not check this draft just now; it will try again as you type.' };
  if (!view.text.trim() && view.status !== 'checking')
    return { tone: 'idle', label: 'Postwise', title: 'Postwise checks this draft as you type.' };
  const n = view.findings.length;
  if (n === 0)
    return {
      tone: view.status === 'checking' ? 'idle' : 'ok',
      label: view.status === 'checking' ? 'Checking…' : 'Looks good',
      title: 'Postwise found nothing to look at.',
    };
  const worst = worstSeverity(view.findings) ?? 'info';
  return {
    tone: worst,
    label: `${n} to look at`,
    title: `Postwise: ${n} ${n === 1 ? 'thing' : 'things'} to look at. Open the card for details.`,
  };
}

export function Badge({ view, cardId, onToggle }: BadgeProps) {
  const look = badgeLook(view);
  const count = view.findings.length;
  if (view.status === 'invalidated') {
    return (
      <span className="pw-badge" data-testid="postwise-badge" data-tone="off" data-state="invalidated" role="status" title={look.title}>
        <span className="pw-dot" aria-hidden="true" />
        Postwise was updated · reload the page
      </span>
    );
  }
  return (
    <button
      type="button"
      className="pw-badge"
      data-testid="postwise-badge"
      data-tone={look.tone}
      data-state={view.status}
      data-count={count}
      data-revision={view.revision}
      data-unsaved={view.unsaved ? 'true' : undefined}
      aria-expanded={view.open}
      aria-controls={cardId}
      aria-label={look.title}
      title={look.title}
      onClick={onToggle}
    >
      <span className="pw-dot" aria-hidden="true" />
      {count > 0 ? <span className="pw-count">{count}</span> : null}
      <span className="pw-label">{count > 0 ? 'to look at' : look.label}</span>
    </button>
  );
}

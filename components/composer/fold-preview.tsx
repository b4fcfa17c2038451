/** The start of the post as the reader sees it before "see more", per screen where it differs. */
import type { FoldView } from '@/lib/analysis/schemas';

const DEVICE_LABELS: Record<FoldView['device'], string> = { desktop: 'On a computer', mobile: 'On a phone', all: 'In the feed' };

export function FoldPreview({ text, folds }: { text: string; folds: readonly FoldView[] | undefined }) {
  const shown = (folds ?? []).filter((f) => f.folded);
  if (!shown.length) return null;
  return (
    <details className="pw-fold" data-testid="postwise-fold">
      <summary>What readers see before “see more”</summary>
      {shown.map((f) => (
        <figure key={f.device} className="pw-fold-view" data-device={f.device}>
          <figcaption>{DEVICE_LABELS[f.device]}</figcaption>
          <p className="pw-fold-text" data-testid="postwise-fold-text">
            {text.slice(0, f.end).trimEnd()}
            <span className="pw-fold-more">… see more</span>
          </p>
        </figure>
      ))}
    </details>
  );
}

/**
 * The offer to put this composer's saved draft back, shown while the composer is empty. When the
 * user wrote a new draft while an older one was on offer, both are listed with their ages.
 */
import type { RestoreOffer as Offer } from '@/lib/content/types';
import { timeAgo } from '@/lib/util/time';

export interface RestoreOfferProps {
  offer: Offer;
  now: number;
  /** 0: the newest draft, 1…: the earlier ones. */
  onRestore: (index: number) => void;
  onDiscard: () => void;
}

export function RestoreOffer({ offer, now, onRestore, onDiscard }: RestoreOfferProps) {
  const earlier = offer.earlier ?? [];
  // The editor keeps its caret: a mousedown on these buttons does not take the focus.
  const keepCaret = (e: { preventDefault(): void }) => e.preventDefault();
  const restore = (index: number, label: string, testId: string) => (
    <button key={index} type="button" className="pw-fix" data-testid={testId} onMouseDown={keepCaret} onClick={() => onRestore(index)}>
      {label}
    </button>
  );
  return (
    <div className="pw-restore" data-testid="postwise-restore" role="group" aria-label={earlier.length ? 'Saved drafts' : 'Saved draft'}>
      {earlier.length === 0 ? (
        <>
          <span>Restore your saved draft from {timeAgo(now, offer.updatedAt)}?</span>
          {restore(0, 'Restore', 'postwise-restore-yes')}
        </>
      ) : (
        <>
          <span>You have {earlier.length + 1} saved drafts here.</span>
          {restore(0, `Restore the latest (${timeAgo(now, offer.updatedAt)})`, 'postwise-restore-yes')}
          {earlier.map((e, i) => restore(i + 1, `Restore the earlier draft (${timeAgo(now, e.updatedAt)})`, 'postwise-restore-earlier'))}
        </>
      )}
      <button type="button" className="pw-dismiss" data-testid="postwise-restore-no" onClick={onDiscard}>
        {earlier.length ? 'Discard all' : 'Discard'}
      </button>
    </div>
  );
}

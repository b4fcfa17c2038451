/** Everything Postwise shows beside one composer: the restore offer, the badge and its card. */
import { useId, useRef, useSyncExternalStore } from 'react';
import type { Finding, Stage } from '@/lib/analysis/schemas';
import type { ComposerView } from '@/lib/content/session';
import type { Store } from '@/lib/content/store';
import { Badge } from './badge';
import { Card } from './card';
import { RestoreOffer } from './restore-offer';

/** What the UI can ask of its composer's session. */
export interface ComposerActions {
  store: Store<ComposerView>;
  toggle(open?: boolean): void;
  applyFix(finding: Finding): Promise<boolean>;
  dismiss(finding: Finding): void;
  setStage(stage: Stage): Promise<void>;
  /** Puts a saved draft back (0: the newest, 1…: the earlier ones on offer). */
  restoreDraft(index?: number): Promise<boolean>;
  discardDraft(): Promise<void>;
}

/** Whether a click is the person's own: the browser marks real input trusted, a page script cannot. */
const isTrustedEvent = (e: Event) => e.isTrusted;

export function ComposerUi({
  session,
  now = Date.now,
  isTrusted = isTrustedEvent,
}: {
  session: ComposerActions;
  now?: () => number;
  /** Tests stand in for the browser here (their dispatched events are never trusted). */
  isTrusted?: (e: Event) => boolean;
}) {
  const view = useSyncExternalStore(session.store.subscribe, session.store.get);
  const cardId = useId();
  const badge = useRef<HTMLDivElement>(null);
  const close = () => {
    session.toggle(false);
    badge.current?.querySelector('button')?.focus();
  };
  return (
    <div
      className="pw-root"
      data-site={view.platform}
      data-kind={view.kind}
      // Every action here reads or writes stored data (restore, discard, the stage, a fix, the log):
      // a click a page script made (button.click(), a dispatched event) stops before any of them.
      onClickCapture={(e) => {
        if (isTrusted(e.nativeEvent)) return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {view.restore ? (
        <RestoreOffer
          offer={view.restore}
          now={now()}
          onRestore={(i) => void session.restoreDraft(i)}
          onDiscard={() => void session.discardDraft()}
        />
      ) : null}
      <div className="pw-bar" ref={badge}>
        <Badge view={view} cardId={cardId} onToggle={() => session.toggle()} />
      </div>
      {view.open && view.status !== 'invalidated' ? (
        <Card
          id={cardId}
          view={view}
          onClose={close}
          onFix={(f) => void session.applyFix(f)}
          onDismiss={(f) => session.dismiss(f)}
          onStage={(s) => void session.setStage(s)}
        />
      ) : null}
    </div>
  );
}

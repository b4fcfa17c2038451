/** The toolbar popup: the writer's coach from their own local history, and "Check this text". */
import { browser } from 'wxt/browser';
import { QuickCheck } from '@/components/quick-check';
import { useCoaching } from '@/lib/hooks/use-coaching';
import { MessagingError } from '@/lib/messaging/client';
import { ComplaintsCard } from './complaints-card';
import { EmptyState } from './empty-state';
import { PlatformsCard } from './platforms-card';
import { ThisPageCard, type TabProbe } from './this-page-card';
import { TipsCard } from './tips-card';
import { WeekCard } from './week-card';

export interface PopupNav {
  openSettings: () => void;
  openReview: () => void;
}

const defaultNav: PopupNav = {
  openSettings: () => void browser.runtime.openOptionsPage(),
  openReview: () => void browser.tabs.create({ url: browser.runtime.getURL('/review.html') }),
};

export function PopupApp({ nav = defaultNav, tabProbe }: { nav?: PopupNav; tabProbe?: TabProbe }) {
  const coaching = useCoaching();
  const data = coaching.data;
  const isNew = data && data.totals.posts === 0 && data.totals.findings === 0;
  return (
    <main className="popup">
      <header className="popup-header">
        <div>
          <h1>Postwise</h1>
          <p className="lead">Your coach, from your own history. Nothing leaves your browser.</p>
        </div>
        <nav aria-label="Postwise pages" className="popup-nav">
          <button type="button" onClick={nav.openSettings}>
            Settings
          </button>
          <button type="button" onClick={nav.openReview}>
            Review drafts
          </button>
          <button type="button" onClick={() => document.getElementById('qc-text')?.focus()}>
            Check a draft
          </button>
        </nav>
      </header>
      <ThisPageCard {...(tabProbe ? { probe: tabProbe } : {})} />
      {coaching.isPending && <p className="muted">Loading your coaching…</p>}
      {coaching.isError &&
        (coaching.error instanceof MessagingError && coaching.error.code === 'storage-unavailable' ? (
          <div className="storage-banner" role="alert" data-testid="storage-banner">
            <strong>Postwise can’t reach its local storage right now.</strong>
            <p>
              Your browser refused its database, often because the disk is nearly full. Nothing was deleted and nothing was sent anywhere.
              Drafts you type are kept on their pages and saved as soon as storage works again; checks still run, without your history. Free
              some disk space or restart the browser, then reopen this popup.
            </p>
          </div>
        ) : (
          <p className="error-text">Could not load your coaching: {coaching.error.message}</p>
        ))}
      {isNew && <EmptyState onOpenSettings={nav.openSettings} />}
      {data && !isNew && (
        <>
          <WeekCard coaching={data} />
          <TipsCard coaching={data} />
          <ComplaintsCard coaching={data} />
          <PlatformsCard coaching={data} />
        </>
      )}
      <QuickCheck />
    </main>
  );
}

/** How this week's complaints were answered: taken private, public only, and how long they waited. */
import { PLATFORM_NAMES } from '@/lib/analysis/schemas';
import type { Coaching } from '@/lib/contract/coaching';
import { formatDuration, plural } from '../shared/labels';

export function ComplaintsCard({ coaching }: { coaching: Coaching }) {
  const c = coaching.complaints;
  if (!c.replies && !c.unanswered) return null;
  return (
    <section className="card" aria-labelledby="complaints-title">
      <h2 id="complaints-title">Complaints this week</h2>
      <dl className="facts">
        <div>
          <dt>Replies to complaints</dt>
          <dd>{c.replies}</dd>
        </div>
        <div>
          <dt>Moved to a private channel</dt>
          <dd className="verdict-ok">{c.movedPrivate}</dd>
        </div>
        <div>
          <dt>Answered in public only</dt>
          <dd className={c.publicOnlyCount ? 'verdict-fix' : ''}>{c.publicOnlyCount}</dd>
        </div>
        <div>
          <dt>Waited for an answer</dt>
          <dd>
            {c.waits.medianMs !== null
              ? `${formatDuration(c.waits.medianMs)} typical, ${formatDuration(c.waits.longestMs ?? 0)} longest`
              : 'not known yet'}
          </dd>
        </div>
      </dl>
      {c.unanswered > 0 && (
        <p className="small verdict-warn">
          {plural(c.unanswered, 'complaint')} still {c.unanswered === 1 ? 'has' : 'have'} only a draft reply: no answer is the worst answer.
        </p>
      )}
      {c.publicOnly.length > 0 && (
        <ul className="public-only">
          {c.publicOnly.slice(0, 2).map((r) => (
            <li key={r.postId}>
              <span className="small muted">
                {PLATFORM_NAMES[r.platform]}
                {r.waitedMs !== null ? ` · after ${formatDuration(r.waitedMs)}` : ''}
              </span>
              <q>{r.text}</q>
              <span className="small muted"> to “{r.complaint}”</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

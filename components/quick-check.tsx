/**
 * "Check this text": a draft written elsewhere, checked by the background's engine with the
 * brand's settings (handoff wording, playbook CTAs, norm overrides) and the local history.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { KINDS, type Draft, type Kind, type Platform } from '@/lib/analysis/schemas';
import { useAnalysis } from '@/lib/hooks/use-analysis';
import { FindingList } from './finding-list';
import { PlatformOptions } from './pages/shared/form';

const KIND_NAMES: Record<Kind, string> = { post: 'Post', reply: 'Reply', comment: 'Comment' };

export function QuickCheck({ headingId = 'quick-check-title' }: { headingId?: string }) {
  const [platform, setPlatform] = useState<Platform>('x');
  const [kind, setKind] = useState<Kind>('post');
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState('');

  const draft: Draft = useMemo(
    () => ({ platform, kind, text, ...(kind !== 'post' && replyTo.trim() ? { replyTo: { text: replyTo } } : {}) }),
    [platform, kind, text, replyTo],
  );
  const deferred = useDeferredValue(draft);
  const analysis = useAnalysis(text.trim() ? deferred : undefined);
  const report = text.trim() ? analysis.data : undefined;

  return (
    <section className="quick-check card" aria-labelledby={headingId}>
      <h2 id={headingId}>Check this text</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="qc-platform">Platform</label>
          <select id="qc-platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            <PlatformOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="qc-kind">Kind</label>
          <select id="qc-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {kind !== 'post' && (
        <div className="field block">
          <label htmlFor="qc-reply-to">Replying to (optional)</label>
          <textarea
            id="qc-reply-to"
            rows={2}
            value={replyTo}
            onChange={(e) => setReplyTo(e.target.value)}
            placeholder="The post or comment you answer"
          />
        </div>
      )}
      <div className="field block">
        <label htmlFor="qc-text">Your draft</label>
        <textarea id="qc-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste or write a post…" />
      </div>
      {report && (
        <div className={`verdict verdict-${report.verdict}`} role="status">
          {report.verdict === 'ok'
            ? report.findings.length
              ? `Good to go (${report.findings.length} note${report.findings.length === 1 ? '' : 's'})`
              : 'Looks good to go.'
            : `${report.findings.length} thing${report.findings.length === 1 ? '' : 's'} worth a look`}
        </div>
      )}
      {report && <FindingList findings={report.findings} text={deferred.text} />}
    </section>
  );
}

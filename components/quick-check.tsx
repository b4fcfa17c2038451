/** "Check this text": a draft written elsewhere, checked on the spot with the local engine. */
import { useMemo, useState } from 'react';
import { analyze } from '@/lib/analysis/analyze';
import { KINDS, PLATFORMS, PLATFORM_NAMES, type Draft, type Kind, type Platform } from '@/lib/analysis/schemas';
import { FindingList } from './finding-list';

export interface QuickCheckProps {
  /** The clock (injected for tests). */
  now?: () => number;
}

export function QuickCheck({ now = Date.now }: QuickCheckProps) {
  const [platform, setPlatform] = useState<Platform>('x');
  const [kind, setKind] = useState<Kind>('post');
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState('');

  const draft: Draft = useMemo(
    () => ({ platform, kind, text, ...(kind !== 'post' && replyTo.trim() ? { replyTo: { text: replyTo } } : {}) }),
    [platform, kind, text, replyTo],
  );
  const report = useMemo(() => (text.trim() ? analyze(draft, { now: now() }) : undefined), [draft, now, text]);

  return (
    <section className="quick-check" aria-labelledby="quick-check-title">
      <h2 id="quick-check-title">Check this text</h2>
      <div className="row">
        <label>
          Platform
          <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kind !== 'post' && (
        <label className="block">
          Replying to (optional)
          <textarea rows={2} value={replyTo} onChange={(e) => setReplyTo(e.target.value)} />
        </label>
      )}
      <label className="block">
        Your draft
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste or write a post…" />
      </label>
      {report && (
        <div className={`verdict verdict-${report.verdict}`} role="status">
          {report.verdict === 'ok'
            ? 'Looks good to go.'
            : `${report.findings.length} thing${report.findings.length === 1 ? '' : 's'} worth a look`}
        </div>
      )}
      {report && <FindingList findings={report.findings} text={text} />}
    </section>
  );
}

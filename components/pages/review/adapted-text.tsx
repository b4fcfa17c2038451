/**
 * The draft rewritten to its network's norms (the batch runner's adaptation, as the CLI's --adapt
 * prints it), shown beside the original: the first part as a word diff, an X thread's other parts
 * below it, and a button that copies the whole adapted text.
 */
import { useState } from 'react';
import { diffWords } from '@/lib/analysis/adapt/diff';
import { PLATFORM_NAMES, type Platform } from '@/lib/analysis/schemas';

export interface AdaptedTextProps {
  original: string;
  adapted: readonly string[];
  platform: Platform;
  /** Where "Copy" writes (tests pass their own). */
  copy?: (text: string) => Promise<void>;
}

const clipboard = (text: string) => navigator.clipboard.writeText(text);

export function AdaptedText({ original, adapted, platform, copy = clipboard }: AdaptedTextProps) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const [first = '', ...rest] = adapted;
  const name = PLATFORM_NAMES[platform];
  const onCopy = () =>
    copy(adapted.join('\n\n')).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="adapted" role="group" aria-labelledby="adapted-title">
      <h3 id="adapted-title">
        Adapted for {name}
        {rest.length ? <span className="muted small"> · a thread of {adapted.length}</span> : null}
      </h3>
      <p className="diff" aria-label={`Changes from the original${rest.length ? ' (first post of the thread)' : ''}`}>
        {diffWords(original, first).map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <ins key={i}>{part.text}</ins>
          ),
        )}
      </p>
      {rest.length ? (
        <ol className="thread" start={2} aria-label="The thread's other posts">
          {rest.map((part, i) => (
            <li key={i}>{part}</li>
          ))}
        </ol>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void onCopy()}>
          Copy adapted text
        </button>
        {copied && (
          <span className="small" role="status">
            {copied === 'yes' ? 'Copied.' : 'Could not copy: select the text instead.'}
          </span>
        )}
      </div>
    </div>
  );
}

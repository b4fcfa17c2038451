/** Findings as a list (message, the words they point at, why) and a text with its findings' spans marked. */
import type { Finding, Span } from '@/lib/analysis/schemas';
import { worstSeverity } from '@/lib/util/severity';

export function FindingList({ findings, text, headingLevel }: { findings: Finding[]; text: string; headingLevel?: 'h3' | 'h4' }) {
  if (!findings.length) return null;
  const Heading = headingLevel ?? 'p';
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding severity-${f.severity}`}>
          <Heading className="message">
            <span className="visually-hidden">{f.severity === 'fix' ? 'Must fix: ' : f.severity === 'warn' ? 'Warning: ' : 'Note: '}</span>
            {f.message}
          </Heading>
          {f.spans
            .filter((s) => s.end > s.start)
            .slice(0, 3)
            .map((s, j) => (
              <q key={j} className="evidence">
                {text.slice(s.start, s.end)}
              </q>
            ))}
          <details>
            <summary>Why</summary>
            <p>{f.explanation}</p>
            {f.fix && (
              <p>
                Suggested fix: {f.fix.label}
                {fixText(f) ? ` (adds “${fixText(f)}”)` : ''}
              </p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}

/** What a fix writes, when it writes something new (not only removes). */
function fixText(f: Finding): string {
  return (f.fix?.edits ?? [])
    .map((e) => e.text.trim())
    .filter(Boolean)
    .join(' … ');
}

interface Piece {
  text: string;
  marked?: { severity: Finding['severity']; messages: string[] };
}

/** Splits a text at every span boundary; each piece knows the findings that cover it. */
export function highlightPieces(text: string, findings: readonly Finding[]): Piece[] {
  const spans: { span: Span; finding: Finding }[] = [];
  for (const f of findings)
    for (const s of f.spans)
      if (s.end > s.start && s.start < text.length) spans.push({ span: { start: s.start, end: Math.min(s.end, text.length) }, finding: f });
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter(({ span }) => span.start <= start && span.end >= end);
    const piece: Piece = { text: text.slice(start, end) };
    if (covering.length) {
      piece.marked = {
        severity: worstSeverity(covering.map((c) => c.finding))!,
        messages: [...new Set(covering.map((c) => c.finding.message))],
      };
    }
    pieces.push(piece);
  }
  return pieces;
}

/** The draft with the words each finding points at marked (the finding's message as a tooltip). */
export function HighlightedText({ text, findings, label }: { text: string; findings: readonly Finding[]; label?: string }) {
  return (
    <div className="highlighted" aria-label={label}>
      {highlightPieces(text, findings).map((p, i) =>
        p.marked ? (
          <mark key={i} className={`severity-${p.marked.severity}`} title={p.marked.messages.join('\n')}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

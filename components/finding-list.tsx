/** Findings as a list: message, the text they point at, and why. */
import type { Finding } from '@/lib/analysis/schemas';

export function FindingList({ findings, text }: { findings: Finding[]; text: string }) {
  if (!findings.length) return null;
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding severity-${f.severity}`}>
          <p className="message">{f.message}</p>
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
          </details>
        </li>
      ))}
    </ul>
  );
}

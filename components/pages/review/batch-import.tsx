/** Import a batch file (the CLI's JSONL or CSV); lines that could not be read are listed. */
import { useReviewStore } from './store';

export function BatchImport({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { rowErrors, source } = useReviewStore();
  return (
    <div className="panel" role="group" aria-labelledby="import-title">
      <h2 id="import-title">Import a batch</h2>
      <p className="small muted">
        JSONL or CSV, as for the CLI: <code>platform</code>, <code>kind</code>, <code>text</code>, and optionally <code>reply_to</code>,{' '}
        <code>reader_stage</code>, <code>posted_at</code>, <code>account</code>.
      </p>
      <div className="field">
        <label htmlFor="batch-file">Batch file</label>
        <input
          id="batch-file"
          type="file"
          accept=".jsonl,.ndjson,.json,.csv,text/csv,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {rowErrors.length > 0 && (
        <div className="row-errors" role="alert">
          <p className="error-text">
            {rowErrors.length} line{rowErrors.length === 1 ? '' : 's'} of {source} could not be read (the others were imported):
          </p>
          <ul>
            {rowErrors.slice(0, 10).map((e) => (
              <li key={e.line}>
                line {e.line}: {e.message}
              </li>
            ))}
          </ul>
          {rowErrors.length > 10 && <p className="small muted">and {rowErrors.length - 10} more</p>}
        </div>
      )}
    </div>
  );
}

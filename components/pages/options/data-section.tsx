/** Export (a JSON download), import (with each problem's path and reason), past posts from CSV, and wipe. */
import { useRef, useState } from 'react';
import { useExport, useImport, useImportCsv, useWipe } from '@/lib/hooks/use-data-transfer';
import { MessagingError } from '@/lib/messaging/client';
import type { CsvImportSummary, ImportSummary } from '@/lib/contract/schemas';
import { dateStamp, downloadText } from '../shared/download';
import { Field } from '../shared/form';

/** What wipe asks the user to type. */
export const WIPE_PHRASE = 'delete everything';

interface Problem {
  path: string;
  message: string;
}

export interface DataSectionProps {
  download?: typeof downloadText;
  /** Called after an import or a wipe replaced the stored data (and the queries were refreshed). */
  onReplaced?: () => void;
}

export function DataSection({ download = downloadText, onReplaced }: DataSectionProps) {
  const exporter = useExport();
  const importer = useImport();
  const csvImporter = useImportCsv();
  const wiper = useWipe();
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [importResult, setImportResult] = useState<{ summary?: ImportSummary; error?: string; problems?: Problem[] }>();
  const [csvResult, setCsvResult] = useState<{ summary?: CsvImportSummary; error?: string }>();
  const [confirm, setConfirm] = useState('');
  const [wiped, setWiped] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const csvInput = useRef<HTMLInputElement>(null);

  const doExport = async () => {
    const file = await exporter.mutateAsync();
    download(`postwise-export-${dateStamp()}.json`, JSON.stringify(file, null, 2));
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    setImportResult(undefined);
    const text = await file.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      setImportResult({ error: `${file.name} is not a JSON file: ${(e as Error).message}`, problems: [] });
      return;
    }
    try {
      const summary = await importer.mutateAsync({ file: parsed, mode });
      setImportResult({ summary });
      onReplaced?.();
    } catch (e) {
      const problems = e instanceof MessagingError ? (e.problems ?? []) : [];
      setImportResult({ error: `${file.name} was not imported: nothing was changed.`, problems });
    } finally {
      if (importInput.current) importInput.current.value = '';
    }
  };

  const doCsv = async (file: File | undefined) => {
    if (!file) return;
    setCsvResult(undefined);
    try {
      setCsvResult({ summary: await csvImporter.mutateAsync(await file.text()) });
      onReplaced?.();
    } catch (e) {
      setCsvResult({ error: (e as Error).message });
    } finally {
      if (csvInput.current) csvInput.current.value = '';
    }
  };

  const doWipe = async (e: React.FormEvent) => {
    e.preventDefault();
    if (confirm.trim().toLowerCase() !== WIPE_PHRASE) return;
    await wiper.mutateAsync();
    setConfirm('');
    setWiped(true);
    onReplaced?.();
  };

  return (
    <section id="data" className="section" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Everything stays in this browser. Export it to back it up or move it to another browser.</p>

      <div className="data-block">
        <h3>Export</h3>
        <button type="button" onClick={doExport} disabled={exporter.isPending}>
          Download export (JSON)
        </button>
      </div>

      <div className="data-block">
        <h3>Import an export file</h3>
        <fieldset className="checks inline">
          <legend>When the file has rows you already have</legend>
          <label className="check">
            <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            Merge (add to what is here)
          </label>
          <label className="check">
            <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            Replace everything
          </label>
        </fieldset>
        <Field label="Export file to import" hint="A postwise-export JSON file.">
          {(p) => (
            <input
              {...p}
              ref={importInput}
              type="file"
              accept=".json,application/json"
              onChange={(e) => void doImport(e.target.files?.[0])}
            />
          )}
        </Field>
        {importResult?.summary && (
          <p role="status" className="verdict-ok">
            Imported:{' '}
            {Object.entries(importResult.summary.counts)
              .filter(([, n]) => n > 0)
              .map(([t, n]) => `${n} ${t}`)
              .join(', ') || 'nothing new'}
            .
          </p>
        )}
        {importResult?.error && (
          <div role="alert" className="problems">
            <p className="error-text">{importResult.error}</p>
            {!!importResult.problems?.length && (
              <table className="list-table">
                <caption>Problems in the file</caption>
                <thead>
                  <tr>
                    <th scope="col">Where</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {importResult.problems.slice(0, 50).map((p, i) => (
                    <tr key={i}>
                      <td>
                        <code>{p.path}</code>
                      </td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {(importResult.problems?.length ?? 0) > 50 && <p className="small muted">and {importResult.problems!.length - 50} more</p>}
          </div>
        )}
      </div>

      <div className="data-block">
        <h3>Import past posts (CSV)</h3>
        <Field
          label="CSV file of past posts"
          hint="Columns: platform, kind, text, posted_at (ISO time); optional reply_to, account, promotional."
        >
          {(p) => <input {...p} ref={csvInput} type="file" accept=".csv,text/csv" onChange={(e) => void doCsv(e.target.files?.[0])} />}
        </Field>
        {csvResult?.summary && (
          <div role="status">
            <p className={csvResult.summary.errors.length ? 'verdict-warn' : 'verdict-ok'}>
              Imported {csvResult.summary.imported} post{csvResult.summary.imported === 1 ? '' : 's'}
              {csvResult.summary.errors.length ? `; ${csvResult.summary.errors.length} line(s) skipped:` : '.'}
            </p>
            {csvResult.summary.errors.length > 0 && (
              <ul className="line-errors">
                {csvResult.summary.errors.slice(0, 20).map((e) => (
                  <li key={e.line}>
                    line {e.line}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {csvResult?.error && (
          <p role="alert" className="error-text">
            {csvResult.error}
          </p>
        )}
      </div>

      <form className="data-block danger-zone" onSubmit={doWipe} noValidate>
        <h3>Delete everything</h3>
        <p className="small">
          Deletes all posts, drafts, contacts, segments, settings, findings and reviews from this browser. This cannot be undone.
        </p>
        <Field label={`Type “${WIPE_PHRASE}” to confirm`}>
          {(p) => <input {...p} type="text" value={confirm} autoComplete="off" onChange={(e) => setConfirm(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="danger solid" disabled={confirm.trim().toLowerCase() !== WIPE_PHRASE || wiper.isPending}>
            Delete everything
          </button>
          {wiped && <span role="status">Everything was deleted.</span>}
        </div>
      </form>
    </section>
  );
}

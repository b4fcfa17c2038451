/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF, BOM. */

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** Set when the text ends inside a quoted field (the last record is then incomplete). */
  unterminatedAt?: number;
  /** The number of the file's last line (a final line break ends it, it starts no new one). */
  lastLine: number;
}

/** Splits CSV text into records; never throws. Blank lines are skipped. */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteStartLine = 0;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '' || fieldStarted) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      quoteStartLine = line;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  const lastLine = text.endsWith('\n') || text.endsWith('\r') ? line - 1 : line;
  const result: CsvResult = { records, lastLine: Math.max(1, lastLine) };
  if (quoted) result.unterminatedAt = quoteStartLine;
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return result;
}

/** Quotes a value for CSV output when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV field that a spreadsheet will not run as a formula: a cell starting with =, +, -, @, a tab
 * or a carriage return gets a leading single quote and is always quoted (OWASP "CSV Injection").
 */
export function spreadsheetField(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `"'${value.replace(/"/g, '""')}"` : csvField(value);
}

/**
 * CSV as Czech Excel reads it: UTF-8 with a byte-order mark (without it Excel shows "ZĂˇbĹ™eh"),
 * `;` between fields (Czech Windows uses `,` as the decimal separator, so Excel's list
 * separator is `;`), every field quoted, CRLF line ends (RFC 4180). The reader also accepts
 * `,` (the file may have been re-saved by an English Excel or LibreOffice).
 */
import { runSync, type Steps } from '../files/slices';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

// Most fields hold no quote: skip the regex for them (100,000 rows × 12 fields).
const quote = (field: string) => `"${field.includes('"') ? field.replace(/"/g, '""') : field}"`;

/**
 * Text that starts with = + - @ (or a tab / CR) is a formula to a spreadsheet: a post
 * "=HYPERLINK(…)" must not run when the admin opens the export. A leading apostrophe makes it
 * text; `unguardFormula` removes it again on import. Text the admin began with an apostrophe
 * gets one more, so the guard is reversible: exactly one leading apostrophe is removed from a
 * cell whose next character is one of these (or another apostrophe), and only then.
 */
const GUARDED = /^[=+\-@\t\r']/;

export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}

function line(fields: readonly string[]): string {
  let out = quote(fields[0] ?? '');
  for (let i = 1; i < fields.length; i++) out += SEPARATOR + quote(fields[i]!);
  return out;
}

export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return BOM + lines.join('\r\n') + '\r\n';
}

export type CsvParse =
  /** `lines[i]`: the 1-based line of the file where `rows[i]` starts (for messages). */
  | { ok: true; rows: string[][]; lines: number[]; separator: string }
  /** `line`: 1-based line of the file where the problem starts. */
  | { ok: false; problem: 'unterminatedQuote'; line: number };

/** The separator of the header line: whichever of `;` and `,` occurs more often outside quotes. */
function detectSeparator(text: string): string {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === ',') comma++;
  }
  return comma > semi ? ',' : ';';
}

/** RFC 4180 parser (quoted fields may hold separators, quotes as "" and line breaks). Blank lines are skipped. */
export function parseCsv(input: string): CsvParse {
  return runSync(parseCsvSteps(input));
}

/** The same in steps: yields its progress (0…0.3 of an import) every 64 K characters. */
export function* parseCsvSteps(input: string): Steps<CsvParse> {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const sep = detectSeparator(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  /** Just closed a quoted field: a quote now is text (`"a"b"` reads as `ab"`), not a new field. */
  let afterQuote = false;
  let line = 1;
  let quoteLine = 1;
  let rowLine = 1;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !fieldStarted)) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = '';
    fieldStarted = false;
  };
  let nextYield = 1 << 16;
  for (let i = 0; i < text.length; i++) {
    if (i >= nextYield) {
      nextYield = i + (1 << 16);
      yield (i / text.length) * 0.3;
    }
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '' && !afterQuote) {
      // A quote opens a quoted field only at its start; inside an unquoted field (Excel and
      // hand edits write `5" monitor`) it is text (RFC 4180 leaves this case to the reader).
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (ch === sep) {
      row.push(field);
      field = '';
      fieldStarted = true;
      afterQuote = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      afterQuote = false;
      line++;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, problem: 'unterminatedQuote', line: quoteLine };
  if (field !== '' || row.length || fieldStarted) endRow();
  return { ok: true, rows, lines, separator: sep };
}

// Every message of the file readers and writers, in one place.
import { showValue } from '../basics/limits.js';

// A file path, shown whole: its end (the extension) is what the message is about.
const showPath = (path: string): string => JSON.stringify(path);

export const ISSUE = {
  notNumber: (column: string, text: string) => `${column} must be a number, got ${showValue(text)}`,
  notBoolean: (column: string, text: string) => `${column} must be true or false (also ja/nee, 1/0), got ${showValue(text)}`,
  unknownColumn: (column: string, known: readonly string[]) => `unknown column ${showValue(column)}; known columns: ${known.join(', ')}, reporting.<key>`,
  unknownColumnNoReporting: (column: string, known: readonly string[]) => `unknown column ${showValue(column)}; known columns: ${known.join(', ')}`,
  duplicateColumn: (column: string) => `column ${showValue(column)} appears twice; the second is ignored`,
  forbiddenColumn: (column: string) => `column ${showValue(column)} is not allowed: __proto__, constructor and prototype cannot be field names; the column is ignored`,
  fieldCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  csvSyntax: (reason: string) => `not readable as CSV: ${reason}`,
  strayQuote: 'a quote inside a field that does not start with one (quote the whole field and double the quote: "a ""b"" c")',
  textAfterQuote: 'a quoted field must end at its closing quote, before the delimiter or the end of the line (a quote inside it is written "")',
  unclosedQuote: 'a quote opened on this row is never closed',
  quoteSpansRows: 'a quoted field runs from this row into the next lines and leaves a row of the wrong length; is a closing quote missing?',
  rowTooLong: (max: number) => `the row runs over ${max} characters; is a closing quote missing?`,
  noHeader: 'the header (the first row) is not readable, so no row can be read',
  json: (reason: string) => `not readable as JSON: ${reason}`,
  notArray: 'a .json file must hold an array of records',
  notObject: 'a record must be a JSON object',
  duplicateId: (kind: string, id: string, firstLine: number) => `duplicate id ${showValue(id)}: also ${kind} on line ${firstLine}`,
  endBeforeStart: (start: string, end: string) => `end ${end} is before start ${start}`,
  vocabularyNotArray: 'a .json vocabulary must hold an array of { id, label, synonyms?, kind? }',
  vocabularyHeader: (header: readonly string[]) =>
    `a vocabulary has the columns id, label, synonyms (joined by |) and kind, or ESCO's conceptUri, preferredLabel, altLabels, hiddenLabels and reuseLevel; got ${header.slice(0, 8).map(showValue).join(', ')}`,
  vocabularyColumn: (column: string) => `unknown column ${showValue(column)}; a vocabulary has id, label, synonyms (joined by |) and kind`,
  reuseLevel: (got: string) => `reuseLevel must be transversal, cross-sector, sector-specific or occupation-specific, got ${showValue(got)}`,
  sameName: (name: string, id: string, line: number) => `${showValue(name)} already names ${showValue(id)} on line ${line}; a name can mean one competence only`,
} as const;

export const USAGE = {
  extension: (fn: string, path: string) => `${fn}: cannot tell the format of ${showPath(path)}; use .csv, .json, .ndjson or .jsonl`,
  kind: (fn: string, kind: unknown) => `${fn}: kind must be candidates, vacancies, placements or outcomes, got ${showValue(kind)}`,
  delimiter: (fn: string, d: unknown) => `${fn}: delimiter must be "," or ";", got ${showValue(d)}`,
  unwritable: (fn: string, column: string, why: string) => `${fn}: ${column} cannot be written as CSV: ${why}`,
  column: (fn: string, column: string) => `${fn}: a record has a value for column ${showValue(column)}, which is not in the header; pass it in options.columns`,
} as const;

// Every message of the file readers and writers, in one place.
const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

export const ISSUE = {
  notNumber: (column: string, text: string) => `${column} must be a number, got ${show(text)}`,
  notBoolean: (column: string, text: string) => `${column} must be true or false (also ja/nee, 1/0), got ${show(text)}`,
  unknownColumn: (column: string, known: readonly string[]) => `unknown column ${show(column)}; known columns: ${known.join(', ')}, reporting.<key>`,
  unknownColumnNoReporting: (column: string, known: readonly string[]) => `unknown column ${show(column)}; known columns: ${known.join(', ')}`,
  duplicateColumn: (column: string) => `column ${show(column)} appears twice; the second is ignored`,
  fieldCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  csvSyntax: (reason: string) => `not readable as CSV: ${reason}`,
  json: (reason: string) => `not readable as JSON: ${reason}`,
  notArray: 'a .json file must hold an array of records',
  notObject: 'a record must be a JSON object',
  duplicateId: (kind: string, id: string, firstLine: number) => `duplicate id ${show(id)}: also ${kind} on line ${firstLine}`,
  endBeforeStart: (start: string, end: string) => `end ${end} is before start ${start}`,
} as const;

export const USAGE = {
  extension: (fn: string, path: string) => `${fn}: cannot tell the format of ${show(path)}; use .csv, .json, .ndjson or .jsonl`,
  kind: (fn: string, kind: unknown) => `${fn}: kind must be candidates, vacancies, placements or outcomes, got ${show(kind)}`,
  delimiter: (fn: string, d: unknown) => `${fn}: delimiter must be "," or ";", got ${show(d)}`,
  unwritable: (fn: string, column: string, why: string) => `${fn}: ${column} cannot be written as CSV: ${why}`,
  column: (fn: string, column: string) => `${fn}: a record has a value for column ${show(column)}, which is not in the header; pass it in options.columns`,
} as const;

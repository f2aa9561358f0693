/**
 * CSV cells for files people open in spreadsheets: RFC 4180 quoting, and cells that start with
 * `=`, `+`, `-`, `@`, tab or carriage return are neutralised with a leading `'` so a spreadsheet
 * never evaluates them as formulas (OWASP "CSV injection").
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(",")}\r\n`;

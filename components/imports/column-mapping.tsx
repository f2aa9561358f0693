"use client";

import { Check, CircleAlert } from "lucide-react";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { fieldLabel, type TColumnMapping } from "./import-labels";

const SAMPLE_ROWS = 3;
const REQUIRED = new Set(["handle", "platformUserId", "platform"]);

function Requirement({ met, children }: { met: boolean; children: ReactNode }) {
  const Icon = met ? Check : CircleAlert;
  return (
    <li className={cn("flex items-center gap-1.5", met ? "text-success-fg" : "text-danger-fg")} data-met={met}>
      <Icon aria-hidden className="size-3.5 shrink-0" />
      <span>
        <span className="sr-only">{met ? "Done: " : "Missing: "}</span>
        {children}
      </span>
    </li>
  );
}

/**
 * The Column mapping step for CSV files: the first rows, one line per column of the file with the
 * field it feeds ("Ignore" = not imported), and the required fields still unmapped.
 */
export function ColumnMapping({
  headers,
  rows,
  fields,
  mapping,
  onChange,
  missing,
  platformChosen,
}: {
  headers: string[];
  rows: string[][];
  fields: string[];
  mapping: TColumnMapping;
  onChange: (header: string, field: string | null) => void;
  missing: { identity: boolean; platform: boolean };
  platformChosen: boolean;
}) {
  const baseId = useId();
  const samples = rows.slice(0, SAMPLE_ROWS);
  const options = [{ value: "", label: "Ignore this column" }, ...fields.map((field) => ({ value: field, label: REQUIRED.has(field) ? `${fieldLabel(field)} *` : fieldLabel(field) }))];
  return (
    <section aria-labelledby={`${baseId}-title`} className="space-y-2" data-testid="column-mapping">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={`${baseId}-title`} className="text-xs font-semibold text-fg">
          Column mapping
        </h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Required fields">
          <Requirement met={!missing.identity}>Handle or platform user ID *</Requirement>
          <Requirement met={!missing.platform}>Platform * {platformChosen ? "(chosen above)" : "(choose above, or map a platform or profile URL column)"}</Requirement>
        </ul>
      </div>
      <TableContainer className="rounded-control border border-line">
        <Table>
          <caption className="sr-only">Columns of the file, the field each one feeds, and the first {samples.length} rows</caption>
          <TableHead>
            <tr>
              <TableHeaderCell>Column in file</TableHeaderCell>
              <TableHeaderCell className="w-56">Imports as</TableHeaderCell>
              {samples.map((_, index) => (
                <TableHeaderCell key={index}>Row {index + 1}</TableHeaderCell>
              ))}
            </tr>
          </TableHead>
          <TableBody>
            {headers.map((header, column) => {
              const id = `${baseId}-col-${column}`;
              const value = mapping[header] ?? "";
              return (
                <TableRow key={`${column}-${header}`} data-testid="mapping-row">
                  <TableHeaderCell scope="row" className="h-9 max-w-48 border-b-0 font-medium text-fg">
                    <label htmlFor={id} className="block truncate" title={header}>
                      {header || <span className="text-muted italic">(no name)</span>}
                    </label>
                  </TableHeaderCell>
                  <TableCell className="py-1">
                    <Select
                      id={id}
                      aria-label={`Field for column ${header}`}
                      className={cn("h-7 text-xs", !value && "text-muted")}
                      value={value}
                      options={options}
                      onChange={(event) => onChange(header, event.target.value || null)}
                    />
                  </TableCell>
                  {samples.map((row, index) => (
                    <TableCell key={index} className="max-w-48 text-xs text-muted">
                      <span className="block truncate" title={row[column] ?? ""}>
                        {row[column] || (
                          <>
                            <span aria-hidden>—</span>
                            <span className="sr-only">empty</span>
                          </>
                        )}
                      </span>
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <p className="text-xs text-muted">* required: every row needs a handle or a user ID, and a platform. Columns set to “Ignore” are not imported.</p>
    </section>
  );
}

import { SlidersHorizontal } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

type TSettings = TRouterOutputs["settings"]["list"];

/** Stored settings (values are not shown here); defaults live in code until first changed. */
export function SettingsList({ settings }: { settings: TSettings }) {
  return (
    <Card aria-labelledby="settings-title">
      <CardHeader id="settings-title" title="Settings" description="Gate policy, providers, transports, taxonomy and retention. Every change creates a new audited version." />
      {settings.length ? (
        <TableContainer>
          <Table>
            <caption className="sr-only">Stored settings</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Key</TableHeaderCell>
                <TableHeaderCell className="text-right">Version</TableHeaderCell>
                <TableHeaderCell>Last changed</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {settings.map((setting) => (
                <TableRow key={setting.key}>
                  <TableCell>
                    <Code>{setting.key}</Code>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{setting.version}</TableCell>
                  <TableCell>
                    <LocalTime value={setting.updatedAt} className="text-muted" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <EmptyState headingLevel={3} icon={<SlidersHorizontal className="size-5" />} title="All settings are at their defaults">
          <p>Nothing has been changed yet, so every setting uses the default shipped with the engine. Editing settings from this screen is not built yet.</p>
        </EmptyState>
      )}
    </Card>
  );
}

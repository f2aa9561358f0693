"use client";

import { useMutation } from "@tanstack/react-query";
import { FileText, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterInputs, TRouterOutputs } from "@/components/providers/router-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatBytes, formatPercent } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { Select } from "@/components/ui/select";
import { ColumnMapping } from "./column-mapping";
import { readHeadBase64, uploadImportFile, type TUploadedImport } from "./file-transfer";
import { fieldLabel, missingRequiredFields, platformLabel, shortFormatLabel, type TColumnMapping } from "./import-labels";

export type TImportOptions = TRouterOutputs["imports"]["options"];
type TPreview = TRouterOutputs["imports"]["preview"];
type TOkPreview = Extract<TPreview, { ok: true }>;
/** A format id from imports.options (the same list the procedure validates against). */
type TFormatId = NonNullable<TRouterInputs["imports"]["preview"]["format"]>;

type TUploadState = { state: "idle" } | { state: "uploading"; loaded: number; total: number } | { state: "error"; message: string };

const sameHeaders = (a: string[], b: string[]) => a.length === b.length && a.every((header, i) => header === b[i]);

/**
 * One chosen file before it becomes a job: what its first 64 KB look like (format and platform
 * detected by the server, with overrides), an optional pool, the column mapping for CSVs, and
 * the upload itself with progress.
 */
export function ImportFileForm({
  file,
  options,
  onUploaded,
  onRemove,
}: {
  file: File;
  options: TImportOptions;
  onUploaded: (job: TUploadedImport) => void;
  onRemove: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [head, setHead] = useState<string | null>(null);
  const [headError, setHeadError] = useState<string | null>(null);
  const [format, setFormat] = useState("");
  const [platform, setPlatform] = useState("");
  const [pool, setPool] = useState("");
  const [detected, setDetected] = useState<TOkPreview | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<TColumnMapping>({});
  const [upload, setUpload] = useState<TUploadState>({ state: "idle" });
  const abort = useRef<AbortController | null>(null);
  const latest = useRef(0);
  const preview = useMutation(trpc.imports.preview.mutationOptions());

  async function runPreview(headBase64: string, formatOverride: string) {
    const request = ++latest.current;
    const result = await preview.mutateAsync({ fileName: file.name, headBase64, format: (formatOverride || undefined) as TFormatId | undefined }).catch(() => null);
    if (!result || request !== latest.current || !result.ok) return;
    if (!formatOverride) setDetected(result);
    const csv = result.csv;
    if (csv && !sameHeaders(csv.headers, headers)) {
      setHeaders(csv.headers);
      setMapping(csv.mapping);
    }
  }

  useEffect(() => {
    let live = true;
    readHeadBase64(file).then(
      (base64) => {
        if (!live) return;
        setHead(base64);
        void runPreview(base64, "");
      },
      (error: unknown) => live && setHeadError(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
      abort.current?.abort();
    };
    // Read once per file; runPreview is recreated every render but only needs this file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const result = preview.data;
  const current = result?.ok ? result : null;
  const csv = current?.csv ?? null;
  const platformKnown = Boolean(platform || current?.platform);
  const missing = csv ? missingRequiredFields(mapping, platformKnown) : { identity: false, platform: false };
  const uploading = upload.state === "uploading";
  const blockedBy = !head || preview.isPending ? "Waiting for the file check…" : !current ? "Choose a format this file can be read as." : missing.identity ? `Map a column to ${fieldLabel("handle")} or ${fieldLabel("platformUserId")}.` : missing.platform ? "Choose the platform, or map a platform or profile URL column." : null;

  async function startUpload() {
    if (!current || blockedBy) return;
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ state: "uploading", loaded: 0, total: file.size });
    try {
      const job = await uploadImportFile(
        file,
        {
          fileName: file.name,
          format: format || undefined,
          platform: platform || undefined,
          pool: pool.trim() || undefined,
          columnMapping: csv ? Object.fromEntries(csv.headers.map((header) => [header, mapping[header] ?? null])) : undefined,
        },
        { signal: controller.signal, onProgress: (loaded, total) => setUpload({ state: "uploading", loaded, total }) },
      );
      onUploaded(job);
    } catch (error) {
      if (controller.signal.aborted) setUpload({ state: "idle" });
      else setUpload({ state: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  }

  const formatOptions = [
    { value: "", label: detected ? `Auto-detect (${shortFormatLabel(detected.formatLabel)})` : "Auto-detect" },
    ...options.formats.map((f) => ({ value: f.id, label: shortFormatLabel(f.label) })),
  ];
  const platformOptions = [
    { value: "", label: detected?.platform ? `Auto-detect (${platformLabel(detected.platform)})` : csv ? "From the file (per row)" : "Auto-detect" },
    ...options.platforms.map((p) => ({ value: p, label: platformLabel(p) })),
  ];

  return (
    <li className="space-y-3 px-4 py-3" data-testid="pending-import" aria-labelledby={`${id}-name`}>
      <div className="flex items-center gap-2">
        <FileText aria-hidden className="size-4 shrink-0 text-muted" />
        <h3 id={`${id}-name`} className="min-w-0 truncate text-sm font-semibold" title={file.name}>
          {file.name}
        </h3>
        <span className="shrink-0 text-xs text-muted tabular-nums">{formatBytes(file.size)}</span>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={uploading ? () => abort.current?.abort() : onRemove} aria-label={uploading ? `Stop uploading ${file.name}` : `Remove ${file.name}`}>
          <X aria-hidden className="size-3.5" />
          {uploading ? "Stop" : "Remove"}
        </Button>
      </div>

      <div className="text-xs" aria-live="polite">
        {headError ? (
          <Alert tone="danger">{headError}</Alert>
        ) : !head || (preview.isPending && !result) ? (
          <p className="text-muted" role="status">
            Reading the first 64 KB to detect the format…
          </p>
        ) : preview.error ? (
          <Alert tone="danger">Could not check the file: {preview.error.message}</Alert>
        ) : result && !result.ok ? (
          <Alert tone="danger" className="text-xs">
            <strong className="font-semibold">This file cannot be imported as {format ? "the chosen format" : "it is"}:</strong> {result.message.replace(/\.$/, "")}. If you know its
            format, choose it below.
          </Alert>
        ) : current ? (
          <p data-testid="detected">
            <span className="text-muted">{format ? "Read as" : "Detected"}: </span>
            <span className="font-medium" title={current.formatLabel}>
              {shortFormatLabel(current.formatLabel)}
            </span>
            <span className="text-muted"> · platform </span>
            <span className="font-medium">{current.platform ? platformLabel(current.platform) : csv ? "per row" : "unknown"}</span>
            <span className="text-muted"> · {current.reason}</span>
          </p>
        ) : null}
      </div>

      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${id}-format`} label="Format">
          <Select
            id={`${id}-format`}
            value={format}
            options={formatOptions}
            disabled={!head || uploading}
            onChange={(event) => {
              setFormat(event.target.value);
              if (head) void runPreview(head, event.target.value);
            }}
          />
        </Field>
        <Field id={`${id}-platform`} label="Platform">
          <Select id={`${id}-platform`} value={platform} options={platformOptions} disabled={uploading} onChange={(event) => setPlatform(event.target.value)} />
        </Field>
        <Field id={`${id}-pool`} label="Pool name (optional)">
          <Input id={`${id}-pool`} value={pool} maxLength={120} placeholder="e.g. fitness creators March" disabled={uploading} onChange={(event) => setPool(event.target.value)} />
        </Field>
      </div>

      {csv ? (
        <ColumnMapping
          headers={csv.headers}
          rows={csv.rows}
          fields={options.fields}
          mapping={mapping}
          platformChosen={Boolean(platform)}
          missing={missing}
          onChange={(header, field) => setMapping((previous) => ({ ...previous, [header]: field }))}
        />
      ) : null}

      {upload.state === "error" ? (
        <Alert tone="danger" live>
          {upload.message}
        </Alert>
      ) : null}

      <div className="flex items-center gap-3">
        {uploading ? (
          <div className="min-w-0 flex-1">
            <Progress label={`Upload of ${file.name}`} value={upload.loaded} max={upload.total || 1} />
            <p className="mt-1 text-xs text-muted tabular-nums">
              Uploading {formatPercent(upload.loaded, upload.total || 1)} · {formatBytes(upload.loaded)} of {formatBytes(upload.total)}
            </p>
          </div>
        ) : (
          <p id={`${id}-blocked`} className="min-w-0 flex-1 text-xs text-muted">
            {blockedBy ?? (csv ? "Mapping complete. The file is uploaded, then read by the worker." : "Ready. The file is uploaded, then read by the worker.")}
          </p>
        )}
        <Button variant="primary" onClick={startUpload} disabled={Boolean(blockedBy)} pending={uploading} aria-describedby={uploading ? undefined : `${id}-blocked`}>
          Import
        </Button>
      </div>
    </li>
  );
}

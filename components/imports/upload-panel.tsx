"use client";

import { Upload } from "lucide-react";
import { useRef, useState, type DragEvent } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TUploadedImport } from "./file-transfer";
import { ImportFileForm, type TImportOptions } from "./import-file-form";

type TChosenFile = { key: number; file: File };

/**
 * Choose or drop audience files (several at once: one job each). The drop zone is a real button,
 * so it opens the file picker from the keyboard too.
 */
export function UploadPanel({ options, onUploaded }: { options: TImportOptions; onUploaded: (job: TUploadedImport) => void }) {
  const [files, setFiles] = useState<TChosenFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);

  const add = (list: FileList | null) => {
    if (!list?.length) return;
    const chosen = Array.from(list).map((file) => ({ key: nextKey.current++, file }));
    setFiles((previous) => [...previous, ...chosen]);
  };
  const remove = (key: number) => setFiles((previous) => previous.filter((f) => f.key !== key));
  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <Card aria-labelledby="upload-title">
      <CardHeader id="upload-title" title="Import files" description="Format and platform are detected from the first 64 KB; check them, map CSV columns, then import. Each file becomes one job." />
      <div className="p-3">
        <button
          type="button"
          data-testid="drop-zone"
          onClick={() => input.current?.click()}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            "flex w-full items-center justify-center gap-3 rounded-control border border-dashed border-line-strong bg-subtle/50 px-4 py-5 text-sm transition-colors",
            "hover:border-accent hover:bg-accent-soft/40",
            dragging && "border-accent bg-accent-soft",
          )}
        >
          <Upload aria-hidden className="size-5 text-muted" />
          <span className="text-left">
            <span className="block font-medium text-fg">Choose files to import</span>
            <span className="block text-xs text-muted">or drop them here · X, TikTok, Threads and Meta exports, scraper CSV/JSON · one job per file</span>
          </span>
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Files to import"
          onChange={(event) => {
            add(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      {files.length ? (
        <ul className="divide-y divide-line border-t border-line" aria-label="Files ready to import">
          {files.map(({ key, file }) => (
            <ImportFileForm
              key={key}
              file={file}
              options={options}
              onRemove={() => remove(key)}
              onUploaded={(job) => {
                remove(key);
                onUploaded(job);
              }}
            />
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

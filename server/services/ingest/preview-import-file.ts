import { FileFormatError, sourceFormats, type TSourceFormat } from "@/server/domain/ingest/formats";
import { suggestColumnMapping, type TCanonicalField } from "@/server/domain/ingest/mappers";
import type { TPlatform } from "@/server/domain/ingest/profile";
import { detectFormatWithOverride, previewCsv } from "@/server/domain/ingest/readers";

export type TImportPreview =
  | {
      ok: true;
      format: TSourceFormat;
      formatLabel: string;
      platform: TPlatform | null;
      reason: string;
      csv: { headers: string[]; rows: string[][]; delimiter: string; mapping: Record<string, TCanonicalField | null>; missingRequired: TCanonicalField[] } | null;
    }
  | { ok: false; message: string };

/**
 * What the upload screen shows before anything is stored: the detected format and platform of a
 * file's first bytes and, for CSV, the first rows with a suggested column mapping (required fields
 * that no header feeds are listed, so the user can map them before importing).
 */
export function previewImportFile(head: Uint8Array, fileName: string, opts: { format?: string; platform?: TPlatform } = {}): TImportPreview {
  try {
    const detected = detectFormatWithOverride(head, fileName, opts.format);
    const platform = opts.platform ?? detected.platform;
    let csv = null;
    if (detected.format === "scraper_csv") {
      const preview = previewCsv(head, detected.encoding, 5);
      csv = { ...preview, ...suggestColumnMapping(preview.headers, { platformOverride: platform ?? undefined }) };
    }
    return { ok: true, format: detected.format, formatLabel: sourceFormats[detected.format].label, platform, reason: detected.reason, csv };
  } catch (error) {
    if (error instanceof FileFormatError) return { ok: false, message: error.message };
    throw error;
  }
}

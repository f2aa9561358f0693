import { formatCompact, formatCount } from "./format";

/** A count, compact ("12.4k") with the exact value ("12,400") on hover, or exact ("1,204"). */
export function Num({ value, compact = false, className }: { value: number; compact?: boolean; className?: string }) {
  const exact = formatCount(value);
  const shown = compact ? formatCompact(value) : exact;
  return (
    <data value={value} title={shown === exact ? undefined : exact} className={className ? `tabular-nums ${className}` : "tabular-nums"}>
      {shown}
    </data>
  );
}

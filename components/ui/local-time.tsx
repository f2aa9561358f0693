"use client";

import { useSyncExternalStore } from "react";
import { formatLocal, formatUtc } from "./format";

const subscribe = () => () => {};

/**
 * A timestamp in the viewer's time zone with the UTC value on hover. The server does not know
 * the viewer's zone, so the first render (server and hydration) shows UTC and the browser then
 * switches to local time without a hydration mismatch.
 */
export function LocalTime({ value, className }: { value: Date | string; className?: string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const utc = formatUtc(date);
  return (
    <time dateTime={date.toISOString()} title={utc} className={className}>
      {inBrowser ? formatLocal(date) : formatLocal(date, "UTC") + " UTC"}
    </time>
  );
}

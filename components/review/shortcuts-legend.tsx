import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { shortcutLegend } from "./review-keys";

/** The keys of the review queue, always on screen. */
export function ShortcutsLegend() {
  return (
    <Card aria-labelledby="review-shortcuts">
      <CardHeader id="review-shortcuts" title="Keyboard" description="Keys work anywhere on this page except inside a field." />
      <CardBody>
        <dl className="space-y-1.5 text-sm" data-testid="shortcuts-legend">
          {shortcutLegend.map((entry) => (
            <div key={entry.action} className="flex items-baseline gap-2">
              <dt className="flex shrink-0 gap-1">
                {entry.keys.map((key) => (
                  <kbd key={key} className="min-w-5 rounded border border-line-strong bg-subtle px-1 text-center font-mono text-[11px] leading-5">
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-xs text-muted">{entry.action}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}

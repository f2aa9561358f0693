"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** A page failed to load (database down, server error): say so and offer a retry. */
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card role="alert">
      <EmptyState
        headingLevel={2}
        icon={<AlertTriangle className="size-5" />}
        title="This page could not be loaded"
        actions={
          <Button variant="primary" onClick={reset}>
            Try again
          </Button>
        }
      >
        <p>The server did not return the data for this page. Nothing was changed.</p>
        {error.digest ? <p className="font-mono text-xs">Reference: {error.digest}</p> : null}
      </EmptyState>
    </Card>
  );
}

-- Import jobs remember how they were asked to read the file (platform override, CSV column
-- mapping) and whether someone asked to cancel them while running.
ALTER TABLE "import_jobs" ADD COLUMN "options" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "import_jobs" ADD COLUMN "cancel_requested_at" TIMESTAMPTZ(3);

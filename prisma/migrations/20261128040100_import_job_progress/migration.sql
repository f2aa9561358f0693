-- A running import's live progress lives in its own row, not in import_jobs. Every raw profile
-- and import error the import writes checks its foreign key against the import_jobs row, and the
-- import's transaction stays open for the whole file, so no old version of that row can be pruned:
-- a progress UPDATE of import_jobs every half second left thousands of versions (with multixact
-- locks) for each of those checks to walk, and a large import slowed down quadratically (at 130k
-- profiles the raw-profile insert took ~11 ms a row). Nothing references this table but its job.
CREATE TABLE "import_job_progress" (
    "job_id" UUID NOT NULL,
    "bytes_processed" BIGINT NOT NULL DEFAULT 0,
    "read_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "import_job_progress_pkey" PRIMARY KEY ("job_id")
);
ALTER TABLE "import_job_progress" ADD CONSTRAINT "import_job_progress_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Freezing a batch writes one handoff_batch_records row per record (100k for a large batch).
-- Three costs per row dominated that write: a JSONB copy of the ~1 KB record (the same bytes are in
-- the batch's JSONL file), and the two foreign keys, whose triggers run one lookup and one parent
-- row lock per row. Measured on 100k records COPYed in pages of 2,000 (wall time, encoding
-- included): 3.9 s with both; 2.0 s with a json copy and the statement-level checks below; 0.9 s
-- with line offsets instead of a copy.
--
-- 1. A record row no longer copies the record: it points at the record's line in the batch's
--    JSONL file (byte offset and length, newline excluded), which the pull API reads. `record`
--    stays for what must not come from the file: the erased tombstone (set by erasure at once,
--    before the file is scrubbed) and rows frozen before this migration. It becomes json (kept as
--    written, no binary document built).
ALTER TABLE "handoff_batch_records" ALTER COLUMN "record" TYPE json USING "record"::json;
ALTER TABLE "handoff_batch_records" ALTER COLUMN "record" DROP NOT NULL;
ALTER TABLE "handoff_batch_records" ADD COLUMN "line_offset" BIGINT, ADD COLUMN "line_bytes" INTEGER;
ALTER TABLE "handoff_batch_records" ADD CONSTRAINT "handoff_batch_records_record_or_line"
  CHECK ("record" IS NOT NULL OR ("line_offset" >= 0 AND "line_bytes" > 0));

-- 2. The references to handoff_batches and lead_cards are kept by statement-level triggers over
--    transition tables: one set-based existence check per statement (a COPY page). Instead of a
--    row lock on every parent (what a foreign key takes, and what made it costly: a locked tuple is
--    a written tuple), writers of records hold an advisory lock in shared mode and a statement that
--    deletes cards or batches takes it exclusively: the deletion waits for in-flight freezes, and its
--    cascade then sees their rows; a freeze that starts after a deletion committed fails its check.
--    Deleting a parent deletes its records, as ON DELETE CASCADE did. Ids are never updated.
ALTER TABLE "handoff_batch_records" DROP CONSTRAINT "handoff_batch_records_batch_id_fkey";
ALTER TABLE "handoff_batch_records" DROP CONSTRAINT "handoff_batch_records_lead_card_id_fkey";

CREATE FUNCTION handoff_batch_records_check_parents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orphan record;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('handoff_batch_records:parents'));
  SELECT a.batch_id, a.position INTO orphan FROM added a WHERE NOT EXISTS (SELECT 1 FROM handoff_batches b WHERE b.id = a.batch_id) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'handoff_batch_records: batch % (position %) does not exist', orphan.batch_id, orphan.position
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'handoff_batch_records_batch_id_fkey';
  END IF;
  SELECT a.batch_id, a.position, a.lead_card_id INTO orphan FROM added a WHERE NOT EXISTS (SELECT 1 FROM lead_cards c WHERE c.id = a.lead_card_id) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'handoff_batch_records: lead card % (batch %, position %) does not exist', orphan.lead_card_id, orphan.batch_id, orphan.position
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'handoff_batch_records_lead_card_id_fkey';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER handoff_batch_records_parents_on_insert AFTER INSERT ON "handoff_batch_records"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION handoff_batch_records_check_parents();
CREATE TRIGGER handoff_batch_records_parents_on_update AFTER UPDATE ON "handoff_batch_records"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION handoff_batch_records_check_parents();

-- Deleting cards or batches deletes their records; the argument names the records' column that
-- references the deleted rows' id.
CREATE FUNCTION handoff_batch_records_delete_with_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM removed) THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('handoff_batch_records:parents'));
  EXECUTE format('DELETE FROM handoff_batch_records r USING removed p WHERE r.%I = p.id', TG_ARGV[0]);
  RETURN NULL;
END $$;
CREATE TRIGGER lead_cards_delete_handoff_records AFTER DELETE ON "lead_cards"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION handoff_batch_records_delete_with_parent('lead_card_id');
CREATE TRIGGER handoff_batches_delete_records AFTER DELETE ON "handoff_batches"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION handoff_batch_records_delete_with_parent('batch_id');

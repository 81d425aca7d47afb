-- When the first-listening note was written, for the project's history. Notes written before this
-- column existed are dated from the moment the request was taken.
alter table intake_request add column listening_note_at timestamptz;
update intake_request set listening_note_at = taken_at where listening_note is not null;

-- Which perimeters' organisations changed, and in which transaction: what lets orientation keep each place's
-- candidate organisations in memory and still answer exactly.
--
-- Orientation ranks, for a place (the perimeters covering a commune, with their locality ranks), the same 190 or
-- so candidate organisations every time until the directory changes there; reading and mapping them was most of
-- an orientation's cost (the choice itself, V79's orientation_organisations, is about 1 ms). Every change of an
-- organisation's reach rows (it is created, edited, published, withdrawn, deleted or covers other perimeters: the
-- refresh deletes and writes its rows again) notes each perimeter it touches with the writing transaction's id.
-- A place's candidates read under a snapshot are still exact as long as no perimeter of the place has a change
-- that snapshot does not see (pg_visible_in_snapshot): one short index probe per perimeter, no lock taken.
--
-- Rows are only inserted (never updated), so concurrent edits never wait on each other here; the hourly prune
-- removes those every snapshot kept since then already sees (the snapshot it kept six hours or more before).

create table organisation_reach_change (
    perimeter_id uuid not null,
    txid         xid8 not null default pg_current_xact_id(),
    primary key (perimeter_id, txid)
);

create function note_organisation_reach_change() returns trigger
    language plpgsql as $$
begin
    insert into organisation_reach_change (perimeter_id)
    select distinct perimeter_id from changed order by perimeter_id
    on conflict do nothing;
    return null;
end $$;

create trigger organisation_reach_inserted after insert on organisation_reach
    referencing new table as changed for each statement execute function note_organisation_reach_change();
create trigger organisation_reach_deleted after delete on organisation_reach
    referencing old table as changed for each statement execute function note_organisation_reach_change();
create trigger organisation_reach_updated after update on organisation_reach
    referencing new table as changed for each statement execute function note_organisation_reach_change();

-- The snapshot the prune kept at its last run: changes older than its xmin are seen by every snapshot taken since.
create table organisation_reach_change_prune (
    only_row boolean primary key default true check (only_row),
    snapshot pg_snapshot not null,
    taken_at timestamptz not null
);

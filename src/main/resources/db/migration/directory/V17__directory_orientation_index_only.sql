-- Orientation's per-type ranges read the eligibility columns from the index itself (an index-only
-- scan once vacuumed), instead of visiting the table for each candidate it then sets aside.
drop index if exists scheme_reach_by_type;
create index scheme_reach_by_type on scheme_reach (perimeter_id, type, sort_name, entry_id)
    include (stages, sectors, publics, ess_only, collective_only, calendar, opens_on, closes_on);
drop index if exists organisation_reach_by_kind;
create index organisation_reach_by_kind on organisation_reach (perimeter_id, kind, family, sort_name, entry_id);

-- Orientation reads, for each perimeter covering a commune, the first few entries of each scheme
-- type (and of each organisation kind and family) in name order: one short index range each,
-- instead of every entry of the perimeter (a national perimeter holds thousands).
create index scheme_reach_by_type on scheme_reach (perimeter_id, type, sort_name, entry_id);
create index organisation_reach_by_kind on organisation_reach (perimeter_id, kind, family, sort_name, entry_id);

-- The reports count the offers first published over a year whatever became of them since (filled,
-- withdrawn, expired): the index of the search holds published ones only, so this one is by date alone.
create index offer_first_published on offer (published_at) include (commune_code) where published_at is not null;

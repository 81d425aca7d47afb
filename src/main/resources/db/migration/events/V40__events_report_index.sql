-- The statistics count a year's stand leads per territory.
create index stand_lead_by_created on stand_lead (created_at);

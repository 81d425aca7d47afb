-- The reports count a year of welcome requests by desk, month and channel: a covering index by date.
create index intake_request_by_created on intake_request (created_at) include (channel, desk_organisation_id);

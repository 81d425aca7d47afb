-- The holders told of an offer that fits their project, so that an offer published again, or a
-- second project of the same person, does not tell them twice.
create table offer_match_notice (
    offer_id    uuid not null,
    project_id  uuid not null references project (id) on delete cascade,
    notified_at timestamptz not null default now(),
    primary key (offer_id, project_id)
);

-- Each structure's response record over the last 12 months, as computed each night, for the
-- rankings that read dozens of them at once (orientation). The structure's own page computes its
-- record live.
create table response_record (
    organisation_id uuid primary key,
    referrals       integer not null check (referrals > 0),
    quick           integer not null check (quick between 0 and referrals),
    median_seconds  double precision,
    computed_on     date not null
);

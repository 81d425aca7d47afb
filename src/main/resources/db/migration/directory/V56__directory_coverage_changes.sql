-- Coverage gives rights (a territory agent reads the files of the projects aimed at what their organisation covers,
-- edits its events and opens its pages), so it changes only by a coordinator's decision. Every change of an
-- organisation's coverage is a row here: its members' proposals wait as 'pending' (one at a time), a coordinator
-- approves or rejects them; coordinators' own edits and imports are approved as they are written.
create table coverage_change (
    id              bigint generated always as identity primary key,
    organisation_id uuid not null references organisation on delete cascade,
    perimeters      uuid[] not null check (cardinality(perimeters) > 0),
    proposed_by     text,
    proposed_at     timestamptz not null default now(),
    status          text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
    decided_by      text,
    decided_at      timestamptz,
    check ((status = 'pending') = (decided_by is null)),
    check ((status = 'pending') = (decided_at is null)),
    unique (id, organisation_id, status)
);
create unique index coverage_change_pending on coverage_change (organisation_id) where status = 'pending';

-- The coverage written before moderation (by coordinators, imports, the demonstration data) is approved as it is.
insert into coverage_change (organisation_id, perimeters, status, decided_by, decided_at)
select organisation_id, array_agg(perimeter_id order by perimeter_id), 'approved', 'V56', now()
from organisation_coverage
group by organisation_id;

-- organisation_coverage is the approved coverage, the only one searches, orientation and access checks read. Each
-- row names the approved change it comes from: without an approved decision for that organisation, no row. And an
-- approved change that rows name cannot be turned back into a pending or rejected one.
alter table organisation_coverage
    add column change_id bigint,
    add column change_status text not null default 'approved' check (change_status = 'approved');
update organisation_coverage oc
set change_id = c.id
from coverage_change c
where c.organisation_id = oc.organisation_id;
alter table organisation_coverage
    alter column change_id set not null,
    add constraint organisation_coverage_approved foreign key (change_id, organisation_id, change_status)
        references coverage_change (id, organisation_id, status);
create index organisation_coverage_by_change on organisation_coverage (change_id);

-- Who an event is for, as the agenda filters it ("une session pour qui ?"), beside the organiser's own
-- words in event.audience.
alter table event add column audiences text[] not null default '{}'
    check (audiences <@ array['porteurs_projet', 'candidats_installation', 'agents_developpement',
                              'structures_accompagnement', 'elus', 'partenaires']::text[]);

-- Each change an organiser makes counts a revision, so that calendars replace the event they hold
-- (iCalendar SEQUENCE) and registrants can be told.
alter table event add column revision integer not null default 0 check (revision >= 0);
alter table event add column updated_at timestamptz;
alter table event add column updated_by uuid;

-- A lead that became a welcome request: the request's reference (the intake module owns the request),
-- when, and by whom. Once only.
alter table stand_lead add column intake_reference text check (length(intake_reference) <= 40);
alter table stand_lead add column converted_at timestamptz;
alter table stand_lead add column converted_by uuid;
alter table stand_lead add check ((intake_reference is null) = (converted_at is null));

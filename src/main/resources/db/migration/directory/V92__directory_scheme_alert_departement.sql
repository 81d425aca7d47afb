-- A scheme alert follows either a commune or a whole département: the schemes covering the département or part of
-- it (the country, its région, itself, its EPCIs, its communes, the parks and GALs made of them).
alter table scheme_alert alter column commune_code drop not null;
alter table scheme_alert add column departement_code text check (departement_code ~ '^([0-9]{2}|2A|2B|97[0-9])$');
alter table scheme_alert add constraint scheme_alert_place check ((commune_code is null) <> (departement_code is null));

drop index scheme_alert_once;
create unique index scheme_alert_once on scheme_alert (lower(email), coalesce(commune_code, ''),
    coalesce(departement_code, ''), project_kind, coalesce(sector, ''))
    where unsubscribed_at is null;

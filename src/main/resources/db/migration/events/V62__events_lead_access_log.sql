-- Every read of a stand lead's contact (name, e-mail, phone) by a territory's agent, as the welcome's files are
-- logged in personal_data_access: who read which lead, when.
create table lead_access (
    id        bigserial primary key,
    user_id   uuid not null,
    user_name text not null,
    lead_id   uuid not null references stand_lead (id) on delete cascade,
    read_at   timestamptz not null default now()
);
create index lead_access_by_lead on lead_access (lead_id, read_at desc);
create index lead_access_recent on lead_access (read_at desc);

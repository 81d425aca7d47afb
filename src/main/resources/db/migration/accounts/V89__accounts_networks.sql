-- Regional networks (réseaux régionaux) sharing the platform. The accounts module owns them: a coordinator belongs to
-- a network, and every module that keeps something for a network (programmes, events, perimeters) already relies on
-- accounts for rights. Everything that existed before belongs to the first network, Cap Rural (Auvergne-Rhône-Alpes),
-- so that nothing changes for today's users. The other modules' tables get their column here, in one migration, so
-- that the one mechanism lands at once; each module reads only its own column.
create table network (
    id           uuid primary key default gen_random_uuid(),
    name         text not null unique check (length(trim(name)) between 2 and 120),
    -- The INSEE codes of the regions the network covers.
    region_codes text[] not null check (cardinality(region_codes) between 1 and 18
                                         and array_to_string(region_codes, ',') ~ '^[0-9]{2}(,[0-9]{2})*$'),
    created_at   timestamptz not null default now()
);

insert into network (id, name, region_codes)
values ('0c0a0000-0000-4000-8000-000000000001', 'Cap Rural', '{84}');

-- The network a user works for; a coordinator acts only in theirs (an administrator changes it).
alter table user_account
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
create index user_account_by_network on user_account (network_id);

alter table programme
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
create index programme_by_network on programme (network_id);

alter table event
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
create index event_by_network on event (network_id, starts_at) where status = 'published';

alter table perimeter
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;

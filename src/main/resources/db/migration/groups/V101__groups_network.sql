-- A working group belongs to a regional network, as V89 gave programmes, events and perimeters theirs: its network's
-- coordinators start it and run it (members, meetings, minutes); a coordinator of another network reads only its
-- public page. Every group that existed before belongs to the first network, Cap Rural.
alter table working_group
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
create index working_group_by_network on working_group (network_id);

-- Who started the group (null for those recorded before, and for the demonstration's).
alter table working_group add column started_by uuid;

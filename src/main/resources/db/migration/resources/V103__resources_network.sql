-- A resource is kept by the network whose coordinator published it, as V89 and V101 gave programmes, events,
-- perimeters and working groups theirs: the library is read by every network, but only the publishing network's
-- coordinators (and the national level) change or withdraw a resource. Null: published by the national level.
-- Every resource published before belongs to the first network, Cap Rural.
alter table resource add column network_id uuid default '0c0a0000-0000-4000-8000-000000000001' references network;
alter table resource alter column network_id drop default;

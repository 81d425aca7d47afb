-- A resource may come from several events (a guide presented at three sessions) and several working
-- groups: link tables instead of one event and one group per resource.
create table resource_event (
    resource_id uuid not null references resource (id) on delete cascade,
    event_id    uuid not null,
    primary key (resource_id, event_id)
);
create index resource_event_by_event on resource_event (event_id, resource_id);

create table resource_group (
    resource_id uuid not null references resource (id) on delete cascade,
    group_id    uuid not null,
    primary key (resource_id, group_id)
);
create index resource_group_by_group on resource_group (group_id, resource_id);

insert into resource_event (resource_id, event_id) select id, event_id from resource where event_id is not null;
insert into resource_group (resource_id, group_id) select id, group_id from resource where group_id is not null;

drop index resource_by_group;
alter table resource drop column event_id, drop column group_id;

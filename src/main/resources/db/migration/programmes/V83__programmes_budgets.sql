-- Budgets and co-financing. A programme's funders become rows that point at directory organisations (ids only: the
-- directory is another module); a name no organisation bore when it was migrated is kept as it was written, and is
-- linked at start-up once the directory has an organisation of that exact name (FunderLinks). Each funder's share
-- of the programme: requested, granted (null until the funder decides), paid. A funder grants at most what was
-- requested (a larger grant means the request was amended: the coordinator raises it first) and pays at most what
-- it granted. Amounts are euro cents.
create table programme_funder (
    id              uuid primary key default gen_random_uuid(),
    programme_id    uuid not null references programme (id) on delete cascade,
    position        smallint not null check (position between 0 and 19),
    organisation_id uuid,
    name            text not null check (length(trim(name)) between 1 and 200),
    requested_cents bigint not null default 0 check (requested_cents >= 0),
    granted_cents   bigint check (granted_cents >= 0),
    paid_cents      bigint not null default 0 check (paid_cents >= 0),
    constraint programme_funder_granted_within_requested check (granted_cents <= requested_cents),
    constraint programme_funder_paid_within_granted check (paid_cents <= coalesce(granted_cents, 0)),
    unique (programme_id, organisation_id),
    unique (programme_id, name)
);
create index programme_funder_by_organisation on programme_funder (organisation_id);

insert into programme_funder (programme_id, position, name)
select distinct on (p.id, trim(f.name)) p.id, least(f.ordinality - 1, 19), trim(f.name)
from programme p cross join lateral unnest(p.funders) with ordinality as f (name, ordinality)
where length(trim(f.name)) > 0
order by p.id, trim(f.name), f.ordinality;

drop index programme_funders;
alter table programme drop column funders;

-- A programme's budget lines: what was planned, what was spent (a line may overrun: the report shows it).
create table budget_line (
    id            uuid primary key default gen_random_uuid(),
    programme_id  uuid not null references programme (id) on delete cascade,
    label         text not null check (length(trim(label)) between 2 and 200),
    planned_cents bigint not null check (planned_cents >= 0),
    spent_cents   bigint not null default 0 check (spent_cents >= 0),
    created_at    timestamptz not null default now(),
    unique (programme_id, label)
);

-- An action's costs, and how each is shared among the territories that take part (a common stand's among its
-- territories, directory organisations: ids only; that a share's territory is one of the action's is checked by
-- the module, the events module knowing the stand's territories). The shares of a cost never add up to more than
-- the cost: a trigger holds it, locking the cost so that two shares written at once cannot both pass.
create table action_cost (
    id           uuid primary key default gen_random_uuid(),
    action_id    uuid not null references programme_action (id) on delete cascade,
    label        text not null check (length(trim(label)) between 2 and 200),
    amount_cents bigint not null check (amount_cents >= 0),
    created_at   timestamptz not null default now(),
    unique (action_id, label)
);

create table action_cost_share (
    cost_id      uuid not null references action_cost (id) on delete cascade,
    territory_id uuid not null,
    amount_cents bigint not null check (amount_cents >= 0),
    primary key (cost_id, territory_id)
);

create function action_cost_check_shares(cost uuid) returns void language plpgsql as $$
declare
    amount bigint;
    shared bigint;
begin
    select amount_cents into amount from action_cost where id = cost for update;
    select coalesce(sum(amount_cents), 0) into shared from action_cost_share where cost_id = cost;
    if shared > amount then
        raise exception 'action_cost_shares_within_cost: the shares of cost % add up to % cents, more than its % cents', cost, shared, amount
            using errcode = 'check_violation', constraint = 'action_cost_shares_within_cost';
    end if;
end;
$$;

create function action_cost_share_within_cost() returns trigger language plpgsql as $$
begin
    perform action_cost_check_shares(new.cost_id);
    return null;
end;
$$;

create function action_cost_within_its_shares() returns trigger language plpgsql as $$
begin
    perform action_cost_check_shares(new.id);
    return null;
end;
$$;

create trigger action_cost_share_within_cost after insert or update on action_cost_share
    for each row execute function action_cost_share_within_cost();
create trigger action_cost_within_its_shares after update of amount_cents on action_cost
    for each row execute function action_cost_within_its_shares();

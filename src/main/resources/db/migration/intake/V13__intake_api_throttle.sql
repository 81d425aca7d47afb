-- Intakes sent through the API, by address, to limit how many one address sends per hour (kept in
-- the database so that every instance counts the same).
create table intake_api_call (
    address text not null,
    at      timestamptz not null default now()
);
create index intake_api_call_recent on intake_api_call (address, at desc);

-- Personal API tokens: a signed-in user creates them to call the JSON API from a program with
-- exactly their own rights (Authorization: Bearer). Only a hash of each token is kept.
create table api_token (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references user_account on delete cascade,
    name         text not null check (length(trim(name)) between 1 and 80),
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);
create index api_token_by_user on api_token (user_id, created_at desc);

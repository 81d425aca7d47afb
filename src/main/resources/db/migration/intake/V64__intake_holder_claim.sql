-- A request made with the address of an account that already holds a project is not put into that account's
-- space until the person confirms it from the e-mail: anyone may type anyone's address. The link's token is kept
-- only as its SHA-256 hash; it is set when the e-mail goes.
create table holder_claim (
    holder_id    uuid primary key references project_holder (id) on delete cascade,
    user_id      uuid not null,
    token_hash   text unique,
    expires_at   timestamptz,
    confirmed_at timestamptz
);

-- Users, their roles and memberships of organisations, single-use tokens, sign-in throttling,
-- and the shared session store (so that any instance behind a load balancer can serve any user).

create table user_account (
    id              uuid primary key default gen_random_uuid(),
    email           text not null unique check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    display_name    text not null check (length(trim(display_name)) > 0),
    password_hash   text,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    last_sign_in_at timestamptz
);

create table user_role (
    user_id uuid not null references user_account on delete cascade,
    role    text not null check (role in ('ADMINISTRATOR', 'COORDINATOR', 'TERRITORY_AGENT', 'ADVISOR', 'PROJECT_HOLDER')),
    primary key (user_id, role)
);

-- The organisation belongs to the directory module: referenced by id, checked through its facade.
create table membership (
    user_id         uuid not null references user_account on delete cascade,
    organisation_id uuid not null,
    since           timestamptz not null default now(),
    primary key (user_id, organisation_id)
);
create index membership_by_organisation on membership (organisation_id);

-- Password reset and invitation links: only a hash of the token is kept; a token is used once.
create table account_token (
    token_hash text primary key,
    user_id    uuid not null references user_account on delete cascade,
    purpose    text not null check (purpose in ('PASSWORD_RESET', 'INVITATION')),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_by_user on account_token (user_id);

create table sign_in_failure (
    id        bigint generated always as identity primary key,
    email     text not null,
    address   text not null,
    failed_at timestamptz not null default now()
);
create index sign_in_failure_by_email on sign_in_failure (email, failed_at);
create index sign_in_failure_by_address on sign_in_failure (address, failed_at);

-- Spring Security's one-time tokens (the magic links of project holders).
create table one_time_tokens (
    token_value varchar(36) primary key,
    username    text not null,
    expires_at  timestamp not null
);

-- Spring Session's JDBC store.
create table spring_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(320)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);

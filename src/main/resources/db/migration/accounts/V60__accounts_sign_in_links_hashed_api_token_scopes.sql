-- Project holders' sign-in links join the other e-mailed links in account_token: kept as the SHA-256 of the token,
-- one unused link per account and purpose (a new one replaces the older). The links still valid carry over hashed,
-- the newest of each account; Spring Security's one_time_tokens table, which held them in clear, goes.
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('PASSWORD_RESET', 'INVITATION', 'SIGN_IN'));

insert into account_token (token_hash, user_id, purpose, expires_at)
select distinct on (u.id) encode(sha256(convert_to(t.token_value, 'UTF8')), 'hex'), u.id, 'SIGN_IN', t.expires_at
from one_time_tokens t
join user_account u on u.email = t.username
where t.expires_at > localtimestamp
order by u.id, t.expires_at desc;

drop table one_time_tokens;

-- API tokens get a scope (READ: GET, HEAD and OPTIONS only; READ_WRITE) and an expiry. The tokens made before go on
-- reading and writing for 90 days from now, the default validity of a new token.
alter table api_token
    add column scope text not null default 'READ_WRITE' check (scope in ('READ', 'READ_WRITE')),
    add column expires_at timestamptz not null default now() + interval '90 days';
alter table api_token alter column scope drop default, alter column expires_at drop default;

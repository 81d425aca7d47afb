-- One throttle for everything that can be flooded (sign-in, intakes, registrations, e-mails sent on request):
-- a count of hits per scope, subject (an address, an e-mail, an account and address) and fixed window. A hit is
-- one atomic statement (insert or increment, returning the count), so concurrent requests never get past the
-- limit, and every instance counts the same.
create table throttle_window (
    scope        text not null,
    subject      text not null,
    window_start timestamptz not null,
    hits         integer not null check (hits >= 0),
    primary key (scope, subject, window_start)
);
-- The hourly clean-up of past windows.
create index throttle_window_by_start on throttle_window (window_start);

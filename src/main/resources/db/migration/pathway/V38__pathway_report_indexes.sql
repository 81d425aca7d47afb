-- The reports read a year of referrals at once (by status, outcome, month and structure) and the
-- installations of a year: covering indexes by date, so that they scan an index and not the table.
create index referral_by_sent on referral (sent_at) include (status, outcome, organisation_id);
create index outcome_follow_up_installed on outcome_follow_up (installed_on) include (jobs, commune_code)
    where answer = 'installe';

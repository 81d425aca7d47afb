-- Each installation with what its structure answered at its first and third anniversaries, kept by the database as the
-- follow-up answers change, for the reports' long-term outcomes (issue 18). Reading them from the answers took two
-- correlated look-ups per installation: nationally, 47,000 installations over the four years a report reads, 0.4 s.
-- Here a report reads one narrow row per installation.
--
-- One row per answer 'installe' (an installation follow-up answered "installé"; a referral may hold several).
-- at_one and at_three are the latest answer ('active' or 'arretee') to the referral's one-year and three-year questions,
-- null while none answered.
create table installation_outcome (
    follow_up_id uuid primary key,
    referral_id  uuid not null,
    commune_code text not null,
    departement  text not null,
    installed_on date not null,
    jobs         smallint not null,
    at_one       text check (at_one in ('active', 'arretee')),
    at_three     text check (at_three in ('active', 'arretee'))
);
create index installation_outcome_by_day on installation_outcome (installed_on);
create index installation_outcome_by_referral on installation_outcome (referral_id);

-- The installations of these referrals written again from their follow-ups. The referrals are locked first, one by one
-- in a fixed order (two writers never wait on each other in a circle), so that an answer given at the same time to the
-- same referral is read once its transaction has committed; a statement of more than a thousand referrals (a bulk
-- load) locks them all at once instead, as the lock table holds a few thousand locks at most.
create function installation_outcome_rewrite(referrals uuid[]) returns void
    language plpgsql as $$
begin
    if cardinality(referrals) = 0 then
        return;
    elsif cardinality(referrals) > 1000 then
        perform pg_advisory_xact_lock(105, 0);
    else
        perform pg_advisory_xact_lock_shared(105, 0);
        perform pg_advisory_xact_lock(105, hashtext(r::text))
        from (select distinct r from unnest(referrals) r order by r) locked;
    end if;
    delete from installation_outcome o using unnest(referrals) r where o.referral_id = r;
    insert into installation_outcome (follow_up_id, referral_id, commune_code, departement, installed_on, jobs, at_one,
                                      at_three)
    select i.id, i.referral_id, i.commune_code, installation_departement(i.commune_code), i.installed_on, i.jobs,
           (select f.answer from outcome_follow_up f
            where f.referral_id = i.referral_id and f.milestone = 'one_year' and f.answer is not null
            order by f.answered_at desc limit 1),
           (select f.answer from outcome_follow_up f
            where f.referral_id = i.referral_id and f.milestone = 'three_years' and f.answer is not null
            order by f.answered_at desc limit 1)
    from outcome_follow_up i
    where i.referral_id in (select unnest(referrals)) and i.milestone = 'installation' and i.answer = 'installe';
end $$;

-- Only answered follow-ups count: asking and reminding (the daily job's updates) leave the rows alone.
create function installation_outcome_kept() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform installation_outcome_rewrite(array(select distinct referral_id from added where answer is not null));
    elsif tg_op = 'DELETE' then
        perform installation_outcome_rewrite(array(select distinct referral_id from removed where answer is not null));
    else
        perform installation_outcome_rewrite(array(
            select referral_id from added where answer is not null
            union
            select referral_id from removed where answer is not null));
    end if;
    return null;
end $$;

create trigger installation_outcome_kept_inserted after insert on outcome_follow_up
    referencing new table as added for each statement execute function installation_outcome_kept();
create trigger installation_outcome_kept_updated after update on outcome_follow_up
    referencing old table as removed new table as added for each statement execute function installation_outcome_kept();
create trigger installation_outcome_kept_deleted after delete on outcome_follow_up
    referencing old table as removed for each statement execute function installation_outcome_kept();

select installation_outcome_rewrite(array(
    select distinct referral_id from outcome_follow_up where milestone = 'installation' and answer = 'installe'));

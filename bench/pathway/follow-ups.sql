-- Outcome follow-up questions for the generated referrals, as the platform would have planned them:
-- a referral closed as "installé" asks at its closing, one closed as "accompagné" or "financé" six
-- months later. Questions due more than two months ago are answered (a third each: installed, still
-- in progress, given up); installations plan their questions at one and three years.
insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on, asked_at,
                               answered_at, answered_by_name, answer, commune_code, installed_on, jobs)
select q.id, q.project_id, q.organisation_id, 'installation', q.due,
       case when q.due <= current_date then q.due::timestamptz end,
       case when q.answer is not null then (q.due + 10)::timestamptz end,
       case when q.answer is not null then 'Conseiller du banc' end,
       q.answer,
       case when q.answer = 'installe' then q.commune end,
       case when q.answer = 'installe' then q.due - 20 end,
       case when q.answer = 'installe' then 1 + q.h % 4 when q.answer = 'en_cours' then 1 end
from (
    select r.id, r.project_id, r.organisation_id, d.due, t.commune_code as commune, abs(hashtext(r.id::text)) as h,
           case when d.due < current_date - 60
                then (array['installe', 'en_cours', 'abandonne'])[1 + abs(hashtext(r.id::text)) % 3] end as answer
    from referral r
    cross join lateral (select case when r.outcome = 'installe' then r.closed_at::date
                                    else (r.closed_at + interval '6 months')::date end as due) d
    join project_target_commune t on t.project_id = r.project_id and t.position = 1
    where r.status = 'closed' and r.outcome in ('installe', 'accompagne', 'finance')
) q;

insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on, asked_at)
select f.referral_id, f.project_id, f.organisation_id, m.milestone, m.due,
       case when m.due <= current_date then m.due::timestamptz end
from outcome_follow_up f
cross join lateral (values ('one_year', f.installed_on + interval '1 year'),
                           ('three_years', f.installed_on + interval '3 years')) as m(milestone, due)
where f.answer = 'installe';

analyze outcome_follow_up;

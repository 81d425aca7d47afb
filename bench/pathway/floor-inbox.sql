-- What the platform reads for the busy structure's referral inbox (GET /parcours/orientations): the
-- 200 referrals, unanswered first, and their projects' titles.
with inbox as (
    select * from referral where organisation_id = (select id from bench_organisation_index where n = 1)
    order by (status = 'sent') desc, sent_at desc limit 200)
select i.*, p.title from inbox i join project p on p.id = i.project_id;

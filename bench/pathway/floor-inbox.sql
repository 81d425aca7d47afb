-- What the platform reads for the busy structure's referral inbox (GET /parcours/orientations): the
-- first page (31 read, 30 shown), unanswered first (each half from its index), and their projects' titles.
select id as busy from bench_organisation_index where n = 1 \gset
with inbox as (
    select * from (
        (select * from referral where organisation_id = ':busy' and status = 'sent' order by sent_at desc limit 31)
        union all
        (select * from referral where organisation_id = ':busy' and status <> 'sent' order by sent_at desc limit 31)) i
    order by (status = 'sent') desc, sent_at desc limit 31)
select i.*, p.title from inbox i join project p on p.id = i.project_id;
-- The oldest follow-up questions due (10 shown) and how many there are.
select * from outcome_follow_up
where organisation_id = any(array[':busy']::uuid[]) and answered_at is null and due_on <= current_date
order by due_on, id limit 10;
select count(*) from outcome_follow_up
where organisation_id = any(array[':busy']::uuid[]) and answered_at is null and due_on <= current_date;

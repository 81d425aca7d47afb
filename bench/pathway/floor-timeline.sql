-- What the platform reads for a project's pathway (GET /api/v1/projects/{id}/timeline): the access
-- checks (project, holder, consents, requests; twice, for the referrals and the timeline), the
-- referrals and the timeline.
\set n random(1, 1000000)
select id as project from bench_project_index where n = :n \gset
select p.* from project p where p.id = ':project';
select h.* from project_holder h join project p on p.holder_id = h.id where p.id = ':project';
select * from intake_request where project_id = ':project' order by created_at;
select * from referral where project_id = ':project' order by sent_at, id;
select * from timeline_event where project_id = ':project' order by at, id;

-- When a holder's file was erased (by them, or after long inactivity): the personal data are gone,
-- the anonymous facts (kind, stage, places, dates, outcomes) stay for the statistics.
alter table project_holder add column erased_at timestamptz;
create index project_holder_inactive on project_holder (last_active_at) where erased_at is null;

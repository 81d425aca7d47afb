-- A working group started by a coordinator is announced too: the news proposes one draft per group, ever, as it does
-- for an event of the agenda and a resource of the library (V99).
alter table news_proposal drop constraint news_proposal_kind_check;
alter table news_proposal add constraint news_proposal_kind_check check (kind in ('event', 'resource', 'group'));

-- Each regional network has its own letter: its coordinators send it, with their network's articles, to the people who
-- subscribed to it. Numbers count per network; an address subscribes to each network's letter on its own. Every
-- subscriber and issue that existed before belongs to the first network, Cap Rural.
alter table news_subscriber
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
alter table news_subscriber alter column network_id drop default;
drop index news_subscriber_active;
create unique index news_subscriber_active on news_subscriber (network_id, lower(email)) where unsubscribed_at is null;

alter table news_issue
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001' references network;
alter table news_issue alter column network_id drop default;
alter table news_issue drop constraint news_issue_number_key;
alter table news_issue add constraint news_issue_number_per_network unique (network_id, number);
create index news_issue_latest on news_issue (network_id, queued_at desc);

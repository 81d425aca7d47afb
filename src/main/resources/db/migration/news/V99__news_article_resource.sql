-- An article may link a resource of the library, as it links an event or a working group: by its id, without a
-- foreign key (the resources module owns its table; the news reads it through that module's API).
alter table news_article add column resource_id uuid;

-- The network an article belongs to, as V89 gave the other modules' tables theirs: its author's, or for a draft the
-- platform proposed, the network of what it announces. Everything written before belongs to the first network.
alter table news_article add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001';

-- The drafts the platform proposed when something was published (an event of the agenda, a resource of the library):
-- one per thing, ever. The row stays when its draft is deleted, so that neither a republication nor a second delivery
-- of the same news proposes it again; the primary key holds that against concurrent deliveries too.
create table news_proposal (
    kind        text        not null check (kind in ('event', 'resource')),
    subject_id  uuid        not null,
    -- What was published, as it was called then: the coordinators' list says what each draft was proposed from.
    about       text        not null,
    article_id  uuid        references news_article (id) on delete set null,
    proposed_at timestamptz not null default now(),
    primary key (kind, subject_id)
);

-- A draft comes from one proposal at most.
create unique index news_proposal_article on news_proposal (article_id) where article_id is not null;

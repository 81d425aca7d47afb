-- The network's news: articles, the newsletter's subscribers (double opt-in), its issues and who each went to.

create table news_article (
    id           uuid primary key default gen_random_uuid(),
    title        text        not null check (length(title) between 3 and 150),
    summary      text        not null check (length(summary) between 1 and 400),
    body         text        not null check (length(body) between 1 and 20000),
    status       text        not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
    published_on date,
    -- When it went public: the newsletter takes the articles published since its last issue.
    published_at timestamptz,
    event_id     uuid,
    group_id     uuid,
    author_id    uuid,
    author_name  text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    check (status = 'draft' or published_on is not null)
);

create index news_article_public on news_article (published_on desc, published_at desc) where status = 'published';

create table news_subscriber (
    id              uuid primary key default gen_random_uuid(),
    email           text        not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    -- Stops the subscription from every letter's link and List-Unsubscribe header.
    token           text        not null unique,
    created_at      timestamptz not null default now(),
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz
);

create unique index news_subscriber_active on news_subscriber (lower(email)) where unsubscribed_at is null;

create table news_issue (
    id         uuid primary key default gen_random_uuid(),
    number     int         not null unique,
    subject    text        not null,
    -- The articles published from then until the issue was queued.
    since      timestamptz,
    queued_at  timestamptz not null default now(),
    queued_by  text        not null,
    sent_at    timestamptz
);

create table news_issue_article (
    issue_id   uuid not null references news_issue (id),
    article_id uuid not null references news_article (id),
    position   int  not null,
    primary key (issue_id, article_id)
);

-- One row per issue and subscriber, claimed before the e-mail goes: a second run never sends it again.
create table news_delivery (
    issue_id      uuid        not null references news_issue (id),
    subscriber_id uuid        not null references news_subscriber (id) on delete cascade,
    sent_at       timestamptz not null default now(),
    primary key (issue_id, subscriber_id)
);

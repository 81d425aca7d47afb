-- The resource library: documents and tools the network and its working groups produce (fiches,
-- guides, tools, methods, studies, videos, links), with their keywords, themes, audience, author
-- organisation and date, the events and groups they come from; a file stored under the data folder
-- (its text extracted for the search) or a link; public or for the network's members; counted when
-- downloaded. The search vector is written with the row: titles first, then the summary, keywords
-- and themes, then the file's text.
create table resource (
    id                     uuid primary key default gen_random_uuid(),
    title                  text not null check (length(trim(title)) between 3 and 200),
    kind                   text not null check (kind in ('fiche', 'guide', 'outil', 'methode', 'etude', 'video', 'lien')),
    summary                text check (length(summary) <= 4000),
    keywords               text[] not null default '{}',
    themes                 text[] not null default '{}',
    audience               text check (length(audience) <= 500),
    author_organisation_id uuid,
    author                 text check (length(author) <= 200),
    published_on           date not null,
    visibility             text not null default 'public' check (visibility in ('public', 'membres')),
    link                   text check (link ~ '^https?://' and length(link) <= 1000),
    file_key               text unique,
    file_name              text check (length(file_name) <= 255),
    file_type              text,
    file_size              integer check (file_size > 0),
    file_text              text,
    group_id               uuid,
    event_id               uuid,
    downloads              integer not null default 0 check (downloads >= 0),
    created_by             uuid,
    created_at             timestamptz not null default now(),
    search                 tsvector not null,
    check ((link is null) <> (file_key is null)),
    check ((file_key is null) = (file_name is null))
);
create index resource_search on resource using gin (search);
create index resource_recent on resource (published_on desc, id);
create index resource_by_group on resource (group_id) where group_id is not null;
create index resource_themes on resource using gin (themes);

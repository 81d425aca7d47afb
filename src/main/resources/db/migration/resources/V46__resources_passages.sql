-- A file's text cut into passages of 80 words, each with its own vector: a search result shows the
-- passage where the words are, wherever they are in the document, by reading a few short passages
-- instead of running ts_headline over the whole text (which reads all it is given: a 100-page guide is
-- 200,000 characters). Kept by a trigger whenever a file's text is written.
create table resource_passage (
    resource_id uuid not null references resource (id) on delete cascade,
    position    integer not null,
    text        text not null,
    search      tsvector not null,
    primary key (resource_id, position)
);

create function cut_resource_passages(resource uuid) returns void
    language sql as $$
    delete from resource_passage where resource_id = resource;
    insert into resource_passage (resource_id, position, text, search)
    select resource, passage, text, to_tsvector('french_unaccent', text)
    from (select (w.n - 1) / 80 as passage, string_agg(w.word, ' ' order by w.n) as text
          from resource r, regexp_split_to_table(r.file_text, '\s+') with ordinality as w (word, n)
          where r.id = resource and r.file_text is not null and w.word <> ''
          group by 1) p;
$$;

create function resource_text_written() returns trigger
    language plpgsql as $$
begin
    perform cut_resource_passages(new.id);
    return null;
end $$;

create trigger resource_text_inserted after insert on resource
    for each row when (new.file_text is not null) execute function resource_text_written();
create trigger resource_text_updated after update of file_text on resource
    for each row execute function resource_text_written();

select cut_resource_passages(id) from resource where file_text is not null;

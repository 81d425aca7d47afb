-- The library's files move into the database, so that every instance serves them and one backup holds them: their
-- bytes in a table of their own, which lists and searches never read, written and removed in the same transaction
-- as their resource. Files that earlier versions kept under the data folder are moved in at start
-- (ResourceFilesFromDisk): until then file_key names such a file; it is null for every file kept here.
create table resource_file (
    resource_id uuid primary key references resource (id) on delete cascade,
    content     bytea not null check (octet_length(content) between 1 and 20971520)
);

alter table resource
    drop constraint resource_check,
    drop constraint resource_check1,
    add constraint resource_file_or_link check ((link is null) <> (file_name is null)),
    add constraint resource_file_key_named check (file_key is null or file_name is not null);

-- How a holder reaches a scheme, as the data·inclusion schema says it (modes_accueil, frais, frais_precisions,
-- mobilisable_par), in the platform's vocabulary codes. Empty lists and a null fee mean "not said".
alter table scheme
    add column reception_modes text[] not null default '{}'
        constraint scheme_reception_modes check (reception_modes <@ array['en_presentiel', 'a_distance']),
    add column fee text constraint scheme_fee check (fee in ('gratuit', 'payant')),
    add column fee_details text constraint scheme_fee_details check (char_length(fee_details) <= 500),
    add column mobilisable_by text[] not null default '{}'
        constraint scheme_mobilisable_by check (mobilisable_by <@ array['usagers', 'professionnels']);

-- Entries imported from another data·inclusion source keep that source's identity ("dora", "42"), so that the
-- next import of the same source updates them and says which ones the source no longer lists. The platform's own
-- entries (and those imported from its own export) have none.
alter table organisation
    add column source text,
    add column source_id text,
    add constraint organisation_source_identity unique (source, source_id),
    add constraint organisation_source_whole check ((source is null) = (source_id is null));

alter table scheme
    add column source text,
    add column source_id text,
    add constraint scheme_source_identity unique (source, source_id),
    add constraint scheme_source_whole check ((source is null) = (source_id is null));

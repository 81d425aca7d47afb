-- Named thematic contacts: on a structure, a territory's page, an event or a working group, the person to call for
-- a subject the network uses (activity offers, project funding…), with their e-mail and phone. The thing they are
-- attached to belongs to another module, named by its kind and id: that module checks it exists and who edits it.
create table thematic_contact (
    id          uuid primary key default gen_random_uuid(),
    holder_kind text not null check (holder_kind in ('structure', 'territoire', 'evenement', 'groupe')),
    holder_id   uuid not null,
    subject     text not null check (subject in ('offres-activite', 'financement-projet', 'installation-accueil',
                                                 'foncier-immobilier', 'agriculture', 'ess', 'formation', 'emploi')),
    name        text not null check (length(trim(name)) between 2 and 120),
    function    text check (length(function) <= 160),
    email       text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    -- The nine digits after the leading 0 (FrenchPhone), shown as 04 75 12 34 56.
    phone       text check (phone ~ '^[1-9][0-9]{8}$'),
    created_by  uuid,
    created_at  timestamptz not null default now(),
    -- One person to call per subject, so that a page never names two for the same thing.
    unique (holder_kind, holder_id, subject)
);

-- The export and erasure of a person's data look contacts up by address.
create index thematic_contact_email on thematic_contact (lower(email));

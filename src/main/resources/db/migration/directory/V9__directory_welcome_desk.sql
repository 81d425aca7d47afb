-- Welcome desks: the organisations that welcome project holders first for a territory (the
-- "accueil de proximité"). A new intake goes to the desk whose perimeter covers its commune, the
-- most local one when several do. Perimeters belong to the territory module: no foreign key
-- across modules, as for coverage.
create table welcome_desk (
    organisation_id uuid not null references organisation (id) on delete cascade,
    perimeter_id    uuid not null,
    primary key (organisation_id, perimeter_id)
);
create index welcome_desk_by_perimeter on welcome_desk (perimeter_id, organisation_id);

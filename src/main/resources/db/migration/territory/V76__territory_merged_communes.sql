-- The former communes each current commune absorbed (from the geography: their INSEE codes, no longer any current
-- commune's), so that a commune created by a merger after a reference file inherits the classes the file gives the
-- communes it joined.
create table commune_predecessor (
    code        text not null references commune on delete cascade,
    predecessor text not null check (predecessor ~ '^[0-9][0-9AB][0-9]{3}$'),
    primary key (code, predecessor)
);
create index commune_predecessor_by_predecessor on commune_predecessor (predecessor);

-- The communes whose classes a merged commune's density level comes from: the density grid's rows for the commune
-- itself, where it has one, and for each former commune it absorbed. Empty for a commune the grid classifies as it is.
create table commune_density_part (
    code          text not null references commune on delete cascade,
    part_code     text not null,
    part_name     text,
    density_level smallint not null check (density_level between 1 and 7),
    population    integer check (population >= 0),
    primary key (code, part_code)
);

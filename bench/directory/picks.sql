-- What pgbench and the request lists pick from, derived before each run from the generated data
-- (bench_commune_index, bench_word_index: see generate.sql). Quick, and made again every time.
begin;
drop table if exists bench_covering, bench_search_word;

-- The perimeters covering each commune with their locality (PerimeterKind.locality), as the
-- platform keeps them in memory, so that the floor reads them as cheaply as the platform does.
create table bench_covering as
select b.n, array_agg(p.id order by l.locality, p.id) as perimeters,
       array_agg(l.locality order by l.locality, p.id) as localities
from bench_commune_index b
join commune c on c.code = b.code
cross join lateral (values ('commune', c.code), ('epci', c.epci_siren), ('departement', c.departement_code),
                           ('region', c.region_code), ('france', 'FR')) as t(kind, code)
join perimeter_member m on m.member_kind = t.kind and m.member_code = t.code
join perimeter p on p.id = m.perimeter_id
cross join lateral (select case p.kind when 'commune' then 0 when 'epci' then 1 when 'departement' then 3
                                       when 'region' then 4 when 'france' then 5 else 2 end as locality) l
group by b.n;
alter table bench_covering add primary key (n);

-- The words the search scenario types: those that travel in a URL as they are.
create table bench_search_word as
select row_number() over (order by n) as n, word from bench_word_index where word ~ '^[a-z -]+$';
alter table bench_search_word add primary key (n);
commit;
analyze bench_covering;
analyze bench_search_word;

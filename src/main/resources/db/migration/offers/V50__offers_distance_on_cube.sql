-- Distances between offers and a commune, computed on the cube extension alone. earthdistance is not a trusted
-- extension: an ordinary database owner cannot create it, so an external PostgreSQL set up as the README says could
-- not run the migrations. These functions are earthdistance's ll_to_earth, earth_distance and earth_box written in
-- SQL (the same Earth radius, 6,378,168 m): a point is its 3-D position in metres; cube is trusted.
-- Each keeps the search path it was created with (where cube is): PostgreSQL 17 builds indexes with a bare one.
-- Databases made before this migration may keep earthdistance installed; nothing uses it any more.

create or replace function geo_point(latitude double precision, longitude double precision) returns cube
    language sql immutable strict parallel safe set search_path from current
as $$
    select cube(cube(cube(6378168 * cos(radians(latitude)) * cos(radians(longitude))),
                     6378168 * cos(radians(latitude)) * sin(radians(longitude))),
                6378168 * sin(radians(latitude)))
$$;

-- The great-circle distance in metres between two points.
create or replace function geo_distance(a cube, b cube) returns double precision
    language sql immutable strict parallel safe set search_path from current
as $$
    select case when cube_distance(a, b) >= 2 * 6378168 then pi() * 6378168
                else 2 * 6378168 * asin(cube_distance(a, b) / (2 * 6378168)) end
$$;

-- A box holding every point within radius metres of the centre, for the index; exact distances are checked after.
create or replace function geo_box(centre cube, radius double precision) returns cube
    language sql immutable strict parallel safe set search_path from current
as $$
    select cube_enlarge(centre, case when radius / 6378168 > pi() then 2 * 6378168
                                     else 2 * 6378168 * sin(radius / (2 * 6378168)) end, 3)
$$;

drop index if exists offer_near;
create index offer_near on offer using gist (geo_point(latitude, longitude))
    where status = 'published' and latitude is not null;

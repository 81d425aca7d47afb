-- "Open on the day", decided in one place for orientation and the directory search: a scheme open all year is
-- open; one with a deadline is open between its dates, and closed for good after the last; a recurring ("every
-- year") scheme opens again each year on the same day and month, so its recorded window moves on by whole years
-- until it ends on or after the day (29 February falls on the 28th in other years, as Java's plusYears does).
-- Both are plain SQL expressions that the planner inlines: a query filtering on them still reads only the columns
-- of scheme_reach_by_type (an index-only scan), as before.

-- How many years a recurring window ending on closes_on moves on to end on or after the day (0 while it has not
-- ended).
create function scheme_window_years(closes_on date, day date) returns integer
    language sql immutable parallel safe
    return greatest(0, extract(year from day)::integer - extract(year from closes_on)::integer
        + case when (closes_on + make_interval(years => extract(year from day)::integer
                                                       - extract(year from closes_on)::integer))::date < day
               then 1 else 0 end);

create function scheme_open_on(calendar text, opens_on date, closes_on date, day date) returns boolean
    language sql immutable parallel safe
    return case
        when calendar = 'always' then true
        when calendar = 'recurring' and opens_on is not null and closes_on is not null
            then (opens_on + make_interval(years => scheme_window_years(closes_on, day)))::date <= day
        else coalesce(opens_on <= day, true) and coalesce(closes_on >= day, true)
    end;

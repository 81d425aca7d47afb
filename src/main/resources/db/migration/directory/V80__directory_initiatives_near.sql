-- Orientation shows the published initiatives near a project as examples to learn from: a square around the
-- project's commune, read from the few initiatives' coordinates.
create index organisation_initiative_place on organisation (latitude, longitude)
    where kind = 'initiative' and status = 'published';

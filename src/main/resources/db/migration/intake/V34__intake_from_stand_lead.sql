-- A request opened from a lead captured on a shared stand (the events module owns the lead): the
-- project's history starts at the stand. One request per lead.
alter table intake_request add column stand_lead_id uuid unique;

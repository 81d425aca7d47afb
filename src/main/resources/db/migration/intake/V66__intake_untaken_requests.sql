-- The coordinators' inbox also lists the requests that no desk took within a few days (a desk without members may
-- never open its e-mail): read from the untaken ones only, newest first.
create index intake_request_untaken on intake_request (created_at desc) where referent_id is null;

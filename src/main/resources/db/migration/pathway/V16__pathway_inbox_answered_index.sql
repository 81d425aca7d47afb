-- The other half of a structure's inbox, the answered referrals, from its own index: a structure
-- with thousands of unanswered referrals no longer scans them all to find the answered ones.
create index if not exists referral_inbox_answered on referral (organisation_id, sent_at desc) where status <> 'sent';

-- A structure's inbox shows its unanswered referrals first: both halves read from an index.
create index referral_inbox_unanswered on referral (organisation_id, sent_at desc) where status = 'sent';

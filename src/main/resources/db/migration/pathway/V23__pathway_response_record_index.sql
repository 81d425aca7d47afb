-- The response records that orientation ranks by read, for a few dozen organisations at a time, when
-- each of their referrals of the last 12 months was sent and answered: from this index alone.
create index referral_response_record on referral (organisation_id, sent_at) include (answered_at);

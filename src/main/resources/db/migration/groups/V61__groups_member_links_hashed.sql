-- A member's own link to the group's reserved page is kept as the SHA-256 of its token, made when the acceptance
-- e-mail carries it (none before). The links already sent keep working: their tokens are hashed in place.
alter table group_member rename column token to token_hash;
alter table group_member alter column token_hash drop not null;
update group_member set token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');

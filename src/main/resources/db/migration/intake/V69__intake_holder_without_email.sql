-- A person welcomed at a desk may have no e-mail address (a phone number, or nothing): the address becomes optional,
-- and its format is still checked when there is one. Without an address there is no account and no e-mail.
alter table project_holder alter column email drop not null;

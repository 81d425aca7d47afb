-- The offers' pictures move into the database, so that every instance serves them and one backup holds them, written
-- and removed in the same transaction as their offer's picture_type and picture_bytes (its size). Pictures that
-- earlier versions kept under the data folder are moved in at start (OfferPicturesFromDisk).
create table offer_picture (
    offer_id uuid primary key references offer (id) on delete cascade,
    content  bytea not null check (octet_length(content) between 1 and 5242880)
);

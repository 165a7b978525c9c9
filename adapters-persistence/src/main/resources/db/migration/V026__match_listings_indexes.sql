-- Indexes for the decisive criteria a saved search most often names (JdbiMatchCandidates reads
-- only the listings that fit them): the brand, the model, and a sale's price.
create index match_listings_brand on match_listings (brand_code);
create index match_listings_model on match_listings (model_key);
create index match_listings_price on match_listings (price);

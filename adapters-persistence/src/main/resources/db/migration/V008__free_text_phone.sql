-- A user's phone is E.164 or, where a seed keeps it so (My Cars' "555-1234"), free text as given:
-- up to 32 characters (FreeTextPhone.MAX_LENGTH). It stays unique as stored.
alter table users alter column phone type varchar(32);

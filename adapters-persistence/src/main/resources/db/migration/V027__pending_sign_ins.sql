-- Sign-ins with an OpenID provider (Google) under way, kept in the database so that the provider
-- may send the browser back to any instance of the server. The state is kept as its SHA-256
-- digest; a row is deleted when its sign-in is taken back (once), and is forgotten after five
-- minutes, when the next sign-in starts.
create table pending_sign_ins (
    state_digest   char(64)     primary key,
    nonce          varchar(100) not null,
    verifier       varchar(100) not null,
    binding_digest char(64)     not null,
    started_at     timestamptz  not null
);
create index pending_sign_ins_started on pending_sign_ins (started_at);

-- Signing in with an OpenID provider (Google): the provider account (its issuer and subject, the
-- provider's own unchanging id of the person) linked to an account of the platform, so that later
-- sign-ins find that account whatever its email becomes. Deleting the account deletes its links.
create table linked_identities (
    issuer    varchar(255) not null,
    subject   varchar(255) not null,
    user_id   uuid         not null references users (id) on delete cascade,
    linked_at timestamptz  not null,
    primary key (issuer, subject)
);
create index linked_identities_user on linked_identities (user_id);

package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;

/** A session together with the role and status its account has now. */
public record SessionPrincipal(Session session, Role role, AccountStatus status) {}

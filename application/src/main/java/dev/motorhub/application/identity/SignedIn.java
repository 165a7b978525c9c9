package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.User;

/** A successful sign-in: the account and its new tokens. */
public record SignedIn(User user, Tokens tokens) {}

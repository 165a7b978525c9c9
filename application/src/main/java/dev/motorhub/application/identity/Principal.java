package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.SessionId;

/** An authenticated caller: who they are and the session their token belongs to. */
public record Principal(Actor actor, SessionId session) {}

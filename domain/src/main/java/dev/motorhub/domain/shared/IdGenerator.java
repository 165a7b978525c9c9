package dev.motorhub.domain.shared;

import java.util.UUID;

/** Makes new identifiers; injected so that the core never makes its own randomness. */
@FunctionalInterface
public interface IdGenerator {
  UUID next();
}

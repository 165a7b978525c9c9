package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.MotorhubBuilder;
import dev.motorhub.application.Store;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;

/**
 * Builds the core as use-case tests need it: in memory (or on a store of their choice), on a test
 * clock, with fast hashing.
 */
public final class TestMotorhub {
  private TestMotorhub() {}

  public static Motorhub on(TestClock clock) {
    return builder(clock).build();
  }

  /** The builder {@link #on} builds, for tests that choose more adapters or settings. */
  public static MotorhubBuilder builder(TestClock clock) {
    return builder(new InMemoryStore(), clock);
  }

  /** The core over {@code store} (such as PostgreSQL), on a test clock, with fast hashing. */
  public static MotorhubBuilder builder(Store store, TestClock clock) {
    return Motorhub.builder(store).clock(clock).passwordHasher(new Pbkdf2PasswordHasher(1_000));
  }
}

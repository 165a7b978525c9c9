package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.MotorhubBuilder;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;

/** Builds the core as use-case tests need it: in memory, on a test clock, with fast hashing. */
public final class TestMotorhub {
  private TestMotorhub() {}

  public static Motorhub on(TestClock clock) {
    return builder(clock).build();
  }

  /** The builder {@link #on} builds, for tests that choose more adapters or settings. */
  public static MotorhubBuilder builder(TestClock clock) {
    return Motorhub.builder(new InMemoryStore())
        .clock(clock)
        .passwordHasher(new Pbkdf2PasswordHasher(1_000));
  }
}

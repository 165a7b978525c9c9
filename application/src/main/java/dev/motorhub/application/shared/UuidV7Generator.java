package dev.motorhub.application.shared;

import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then randomness. Ids sort
 * by creation time, which keeps indexes compact and lets cursors page in creation order. Within one
 * millisecond the counter keeps them increasing.
 */
public final class UuidV7Generator implements IdGenerator {
  private final Clock clock;
  private final RandomGenerator random;
  private long lastMillis = -1;
  private long sequence;

  public UuidV7Generator(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public synchronized UUID next() {
    long millis = clock.millis();
    if (millis <= lastMillis) {
      millis = lastMillis;
      sequence++;
      if (sequence > 0xFFF) {
        millis++;
        sequence = 0;
      }
    } else {
      sequence = random.nextLong(0x800);
    }
    lastMillis = millis;
    long high = (millis << 16) | 0x7000L | sequence;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}

package dev.motorhub.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it; clocks made by {@link #withZone} move with it.
 */
public final class TestClock extends Clock {
  /** Where every test's time starts: a Monday morning, UTC. */
  public static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A UTC clock at {@link #START}. */
  public static TestClock start() {
    return new TestClock(new AtomicReference<>(START), ZoneOffset.UTC);
  }

  public void advance(Duration duration) {
    now.updateAndGet(at -> at.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new TestClock(now, otherZone);
  }
}

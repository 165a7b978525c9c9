package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final Instant START = Instant.parse("2025-03-10T09:00:00Z");
  private static final Instant END = START.plus(Duration.ofDays(30));

  private final Session session =
      Session.start(new SessionId(UUID.randomUUID()), new UserId(UUID.randomUUID()), START, END);

  @Test
  void aStartedSession_isLiveUntilItExpires() {
    assertThat(session.revokedAt()).isEmpty();
    assertThat(session.isLive(START)).isTrue();
    assertThat(session.isLive(END.minusMillis(1))).isTrue();
    assertThat(session.isLive(END)).isFalse();
    assertThat(session.isLive(END.plusSeconds(1))).isFalse();
  }

  @Test
  void aRevokedSession_isNotLiveEvenBeforeItExpires() {
    Session revoked =
        new Session(
            session.id(),
            session.userId(),
            session.createdAt(),
            session.expiresAt(),
            Optional.of(START.plusSeconds(60)));
    assertThat(revoked.isLive(START.plusSeconds(120))).isFalse();
  }

  @Test
  void aRefreshToken_isMarkedUsedOnce() {
    RefreshToken token =
        new RefreshToken(TokenDigest.of("opaque"), session.id(), START, Optional.empty());
    assertThat(token.used(START.plusSeconds(5)).usedAt()).contains(START.plusSeconds(5));
    assertThat(token.digest()).isEqualTo(TokenDigest.of("opaque")).doesNotContain("opaque");
    assertThat(TokenDigest.of("opaque")).hasSize(64).isNotEqualTo(TokenDigest.of("opaquE"));
  }

  @Test
  void aUsedRefreshToken_isWithinGraceUntilTheGraceAfterItsUseHasPassed() {
    RefreshToken token =
        new RefreshToken(TokenDigest.of("opaque"), session.id(), START, Optional.empty());
    RefreshToken used = token.used(START.plusSeconds(5));
    Duration grace = Duration.ofSeconds(10);

    assertThat(token.withinGraceOfUse(grace, START.plusSeconds(6))).as("never used").isFalse();
    assertThat(used.withinGraceOfUse(grace, START.plusSeconds(5))).isTrue();
    assertThat(used.withinGraceOfUse(grace, START.plusSeconds(15).minusMillis(1))).isTrue();
    assertThat(used.withinGraceOfUse(grace, START.plusSeconds(15))).isFalse();
    assertThat(used.withinGraceOfUse(Duration.ZERO, START.plusSeconds(5))).as("off").isFalse();
  }
}

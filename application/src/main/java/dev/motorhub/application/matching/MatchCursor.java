package dev.motorhub.application.matching;

import dev.motorhub.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Where a page of matches ends: the last one's score and trade id, opaque to the client. */
record MatchCursor(int score, UUID trade) {

  static Optional<MatchCursor> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII)
              .split(":", 2);
      return Optional.of(new MatchCursor(Integer.parseInt(parts[0]), UUID.fromString(parts[1])));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw InvalidInput.of("cursor", "This cursor is not valid.");
    }
  }

  /**
   * Whether {@code match} comes after this cursor: a lower score, or the same and a later id (in
   * {@link MatchCandidates#TRADE_ORDER}).
   */
  boolean isBefore(Match match) {
    int score = match.score();
    return new MatchCandidates.After(this.score, trade)
        .isBefore(match.score(), match.subject().trade().id().value());
  }

  static String after(Match match) {
    String text = match.score() + ":" + match.subject().trade().id().value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }
}

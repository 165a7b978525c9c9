package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Objects;

/**
 * One user blocking another: while it stands, no interest passes between the two either way and
 * their conversation is closed. Removing it lets new interests through; a closed conversation stays
 * closed.
 */
public record Block(BlockId id, UserId blocker, UserId blocked, Instant createdAt) {
  public Block {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(blocker, "blocker");
    Objects.requireNonNull(blocked, "blocked");
    Objects.requireNonNull(createdAt, "createdAt");
    if (blocker.equals(blocked)) {
      throw InvalidInput.of("user_id", "You cannot block yourself.");
    }
  }
}

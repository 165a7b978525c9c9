package dev.motorhub.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A window on a list ordered by id: at most {@code limit} items after the one the opaque cursor
 * names.
 */
public record PageRequest(int limit, Optional<UUID> after) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInput.of("limit", "Ensure this value is between 1 and " + MAX_LIMIT + ".");
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }

  /** Parses the limit and cursor as a client sends them; either may be absent. */
  public static PageRequest parse(String limit, String cursor) {
    int size = DEFAULT_LIMIT;
    if (limit != null && !limit.isBlank()) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        throw InvalidInput.of("limit", "A valid integer is required.");
      }
    }
    return new PageRequest(
        size, Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(PageRequest::decode));
  }

  /** The opaque cursor that points just after {@code id}. */
  public static String cursorAfter(UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static UUID decode(String cursor) {
    try {
      return UUID.fromString(
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("cursor", "This cursor is not valid.");
    }
  }
}

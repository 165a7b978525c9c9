package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.InterestStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose interests: those {@code party} sent ({@code sent}), received ({@code received}) or both
 * (neither), in a status or any.
 */
public record InterestFilter(
    UserId party, boolean sent, boolean received, Optional<InterestStatus> status) {
  public InterestFilter {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(status, "status");
  }

  /** Whether {@code buyer}'s interest in {@code seller}'s trade, in {@code s}, meets it. */
  public boolean test(UserId buyer, UserId seller, InterestStatus s) {
    boolean mine =
        sent == received
            ? party.equals(buyer) || party.equals(seller)
            : sent ? party.equals(buyer) : party.equals(seller);
    return mine && status.map(s::equals).orElse(true);
  }
}

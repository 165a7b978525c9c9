package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads interests: the caller's own, sent and received (filtered by direction and status), and one
 * interest its two parties or staff.
 */
public final class ViewInterests {
  private final Transactions tx;
  private final InterestRepository interests;
  private final InterestAccess access;

  public ViewInterests(Transactions tx, InterestRepository interests, InterestAccess access) {
    this.tx = tx;
    this.interests = interests;
    this.access = access;
  }

  /** The caller's interests; {@code direction} is {@code sent}, {@code received} or absent. */
  public Page<Interest> list(
      Principal principal, Optional<String> direction, Optional<String> status, PageRequest page) {
    String d = direction.map(String::strip).orElse("");
    if (!d.isEmpty() && !d.equals("sent") && !d.equals("received")) {
      throw InvalidInput.of("direction", "Select a valid choice: sent or received.");
    }
    Optional<InterestStatus> s =
        status.filter(t -> !t.isBlank()).map(t -> InterestStatus.parse(t, "status"));
    InterestFilter filter =
        new InterestFilter(principal.actor().id(), d.equals("sent"), d.equals("received"), s);
    return tx.read(() -> interests.list(filter, page));
  }

  public Interest get(Principal principal, InterestId id) {
    return tx.read(() -> access.interest(principal.actor(), id));
  }
}

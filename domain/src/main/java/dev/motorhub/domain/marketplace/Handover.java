package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.Objects;

/**
 * What a closed trade owes its buyer of the vehicle: nothing when the vehicle stays with its owner
 * (a lease, or any kind but a sale), else a handover, pending until the seller or staff record it
 * and then done, once.
 */
public sealed interface Handover permits Handover.None, Handover.Pending, Handover.Done {
  /** The state's name on the wire: {@code none}, {@code pending} or {@code done}. */
  String status();

  /** Done by {@code by} at {@code at}; refused unless pending, so a vehicle moves once. */
  default Done complete(UserId by, Instant at) {
    return switch (this) {
      case Pending pending -> new Done(by, at);
      case Done done -> throw new RuleViolated("The vehicle was handed over already.");
      case None none ->
          throw new RuleViolated(
              "Only a sale hands its vehicle over; under this service it stays with its owner.");
    };
  }

  /** What a deal under {@code kind} owes: a handover when the vehicle changes hands. */
  static Handover dueFor(ServiceKind kind) {
    return kind.changesHands() ? new Pending() : new None();
  }

  /** The vehicle stays with its owner: nothing to hand over. */
  record None() implements Handover {
    @Override
    public String status() {
      return "none";
    }
  }

  /** Sold: the vehicle waits in the seller's garage to be handed over. */
  record Pending() implements Handover {
    @Override
    public String status() {
      return "pending";
    }
  }

  /** Handed over at {@code at}, as {@code by} (the seller or staff) recorded it. */
  record Done(UserId by, Instant at) implements Handover {
    public Done {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String status() {
      return "done";
    }
  }
}

package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A service of the marketplace, under which owners open trades: its kind, a name unique regardless
 * of case, the fee the platform invoices the owner, and a description. Staff define and revise
 * services; one no longer active takes no new trades, and trades already open keep it.
 */
public record ServiceOffering(
    ServiceId id,
    ServiceKind kind,
    String name,
    Money fee,
    String description,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {

  public ServiceOffering {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = Text.required(name, "name", 100);
    Objects.requireNonNull(fee, "fee");
    if (fee.isNegative()) {
      throw InvalidInput.of("fee", "Ensure this value is greater than or equal to 0.");
    }
    description = Text.bounded(description, "description", 2000);
  }

  /** The same service with new terms; its id, kind and creation stay. */
  public ServiceOffering revise(
      String newName, Money newFee, String newDescription, boolean isActive, Instant at) {
    return new ServiceOffering(id, kind, newName, newFee, newDescription, isActive, createdAt, at);
  }
}

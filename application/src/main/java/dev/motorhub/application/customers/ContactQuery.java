package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;

/** Names the owner of contacts as a client does: a {@code customer_id} or a {@code lead_id}. */
public record ContactQuery(String customerId, String leadId) {

  public static ContactQuery all() {
    return new ContactQuery(null, null);
  }

  /** The owner named, if any; naming both is invalid input. */
  public Optional<ContactOwner> owner() {
    boolean customer = present(customerId);
    boolean lead = present(leadId);
    if (customer && lead) {
      throw InvalidInput.of("lead_id", "Give customer_id or lead_id, not both.");
    }
    if (customer) {
      return Optional.of(new ContactOwner.OfCustomer(CustomerId.parse(customerId, "customer_id")));
    }
    if (lead) {
      return Optional.of(new ContactOwner.OfLead(LeadId.parse(leadId, "lead_id")));
    }
    return Optional.empty();
  }

  boolean namesAnOwner() {
    return present(customerId) || present(leadId);
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}

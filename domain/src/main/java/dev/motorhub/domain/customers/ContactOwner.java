package dev.motorhub.domain.customers;

import java.util.Objects;

/** Whom a contact belongs to: exactly one customer profile or exactly one sales lead. */
public sealed interface ContactOwner permits ContactOwner.OfCustomer, ContactOwner.OfLead {

  /** A contact on a customer's file. */
  record OfCustomer(CustomerId customer) implements ContactOwner {
    public OfCustomer {
      Objects.requireNonNull(customer, "customer");
    }
  }

  /** A contact of a sales lead, seen by staff only. */
  record OfLead(LeadId lead) implements ContactOwner {
    public OfLead {
      Objects.requireNonNull(lead, "lead");
    }
  }
}

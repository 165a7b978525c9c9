package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The sales leads. */
public interface LeadRepository {
  void add(Lead lead);

  void update(Lead lead);

  Optional<Lead> findById(LeadId id);

  /** The leads that match, in id order. */
  Page<Lead> list(LeadFilter filter, PageRequest page);

  /** Removes the lead and its contacts; false when there was no such lead. */
  boolean delete(LeadId id);
}

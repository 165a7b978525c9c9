package dev.motorhub.application.memory;

import dev.motorhub.application.customers.LeadFilter;
import dev.motorhub.application.customers.LeadRepository;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Sales leads in memory; deleting one cascades to its contacts as the foreign key does. */
final class InMemoryLeadRepository implements LeadRepository {
  private final Table<UUID, Lead> leads;
  private final Consumer<LeadId> onDelete;

  InMemoryLeadRepository(Table<UUID, Lead> leads, Consumer<LeadId> onDelete) {
    this.leads = leads;
    this.onDelete = onDelete;
  }

  @Override
  public void add(Lead lead) {
    leads.put(lead.id().value(), lead);
  }

  @Override
  public void update(Lead lead) {
    leads.put(lead.id().value(), lead);
  }

  @Override
  public Optional<Lead> findById(LeadId id) {
    return leads.get(id.value());
  }

  @Override
  public Page<Lead> list(LeadFilter filter, PageRequest page) {
    return Page.fromFetched(
        leads.whereAfter(page.after(), lead -> matches(lead, filter), page.limit() + 1),
        page.limit(),
        lead -> lead.id().value());
  }

  @Override
  public boolean delete(LeadId id) {
    if (leads.get(id.value()).isEmpty()) {
      return false;
    }
    leads.remove(id.value());
    onDelete.accept(id);
    return true;
  }

  private static boolean matches(Lead lead, LeadFilter filter) {
    var details = lead.details();
    return InMemoryUserRepository.contains(filter.firstName(), details.firstName())
        && InMemoryUserRepository.contains(filter.lastName(), details.lastName())
        && filter
            .source()
            .map(s -> s.toLowerCase(Locale.ROOT).equals(details.source().toLowerCase(Locale.ROOT)))
            .orElse(true);
  }
}

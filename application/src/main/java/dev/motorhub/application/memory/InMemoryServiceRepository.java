package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.marketplace.ServiceRepository;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The marketplace's services in memory. */
final class InMemoryServiceRepository implements ServiceRepository {
  private final Table<UUID, ServiceOffering> services;
  private final Table<UUID, Trade> trades;

  InMemoryServiceRepository(Table<UUID, ServiceOffering> services, Table<UUID, Trade> trades) {
    this.services = services;
    this.trades = trades;
  }

  @Override
  public void add(ServiceOffering service) {
    refuseTakenName(service);
    services.put(service.id().value(), service);
  }

  @Override
  public void update(ServiceOffering service) {
    refuseTakenName(service);
    services.put(service.id().value(), service);
  }

  @Override
  public Optional<ServiceOffering> findById(ServiceId id) {
    return services.get(id.value());
  }

  @Override
  public Optional<ServiceOffering> lock(ServiceId id) {
    return findById(id); // the store's single lock already runs units of work one at a time
  }

  @Override
  public Page<ServiceOffering> list(boolean activeOnly, PageRequest page) {
    return Page.fromFetched(
        services.whereAfter(page.after(), s -> s.active() || !activeOnly, page.limit() + 1),
        page.limit(),
        s -> s.id().value());
  }

  @Override
  public boolean inUse(ServiceId id) {
    return !trades.where(t -> t.service().equals(id)).isEmpty();
  }

  @Override
  public void delete(ServiceId id) {
    if (inUse(id)) {
      throw new Conflict("", ON_RECORD);
    }
    services.remove(id.value());
  }

  private void refuseTakenName(ServiceOffering service) {
    String name = service.name().toLowerCase(Locale.ROOT);
    if (!services
        .where(s -> !s.id().equals(service.id()) && s.name().toLowerCase(Locale.ROOT).equals(name))
        .isEmpty()) {
      throw StoreConflict.SERVICE_NAME_TAKEN.conflict();
    }
  }
}

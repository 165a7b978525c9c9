package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.carcare.ServiceKindRepository;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The catalogue of service kinds in memory, seeded with the defaults. */
final class InMemoryServiceKindRepository implements ServiceKindRepository {
  private final Table<UUID, ServiceKind> kinds;

  InMemoryServiceKindRepository(Table<UUID, ServiceKind> kinds) {
    this.kinds = kinds;
    ServiceKind.DEFAULTS.forEach(kind -> kinds.put(kind.id().value(), kind));
  }

  @Override
  public void add(ServiceKind kind) {
    if (findByCode(kind.code()).isPresent()) {
      throw StoreConflict.SERVICE_KIND_TAKEN.conflict();
    }
    kinds.put(kind.id().value(), kind);
  }

  @Override
  public Optional<ServiceKind> findByCode(ServiceKindCode code) {
    return kinds.where(k -> k.code().equals(code)).stream().findFirst();
  }

  @Override
  public Page<ServiceKind> list(PageRequest page) {
    return Pages.of(kinds, page, k -> true, k -> k.id().value());
  }
}

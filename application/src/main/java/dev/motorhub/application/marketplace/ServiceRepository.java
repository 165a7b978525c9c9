package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The marketplace's services. A name is unique regardless of case. */
public interface ServiceRepository {
  /** Why a service that trades were opened under is not removed. */
  String ON_RECORD =
      "Trades were opened under this service; make it inactive instead of removing it.";

  /** Stores a new service; a name already taken is a {@code Conflict} on {@code name}. */
  void add(ServiceOffering service);

  /** Stores a revised service; a name taken by another is a {@code Conflict}. */
  void update(ServiceOffering service);

  Optional<ServiceOffering> findById(ServiceId id);

  /**
   * The service, locked until the end of the unit of work: revisions of one service go one at a
   * time, so none overwrites another's change with what it read before it.
   */
  Optional<ServiceOffering> lock(ServiceId id);

  /** The services, only the active ones when {@code activeOnly}, in id order. */
  Page<ServiceOffering> list(boolean activeOnly, PageRequest page);

  /** Whether any trade was ever opened under the service. */
  boolean inUse(ServiceId id);

  /**
   * Removes the service; one that trades were opened under is a {@code Conflict} ({@link
   * #ON_RECORD}).
   */
  void delete(ServiceId id);
}

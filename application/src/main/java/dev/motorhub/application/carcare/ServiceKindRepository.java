package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * The workshop's catalogue of service kinds; a fresh store holds {@link ServiceKind#DEFAULTS} under
 * their fixed ids.
 */
public interface ServiceKindRepository {
  /** Stores a new kind; a code already taken is a {@code Conflict} on {@code code}. */
  void add(ServiceKind kind);

  Optional<ServiceKind> findByCode(ServiceKindCode code);

  /** The kinds in id order. */
  Page<ServiceKind> list(PageRequest page);
}

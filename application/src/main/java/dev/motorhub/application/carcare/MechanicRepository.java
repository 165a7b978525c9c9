package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.identity.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Mechanic profiles, one per mechanic-role account at most. */
public interface MechanicRepository {
  void add(Mechanic mechanic);

  Optional<Mechanic> findByUser(UserId user);

  List<Mechanic> findByUsers(Collection<UserId> users);

  void deleteByUser(UserId user);
}

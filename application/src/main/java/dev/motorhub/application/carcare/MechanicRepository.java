package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Mechanic profiles, one per mechanic-role account at most, with every field of {@link Mechanic}
 * (its service kinds and working days included).
 */
public interface MechanicRepository {
  /** Why a profile that service requests name is not deleted. */
  String ON_RECORD =
      "This mechanic has service requests on record; the profile is kept for the records.";

  /** Stores a new profile; a second one for an account is a {@code Conflict} on {@code user}. */
  void add(Mechanic mechanic);

  /** Stores a revised profile (same id and account). */
  void update(Mechanic mechanic);

  Optional<Mechanic> findById(MechanicId id);

  /**
   * The profile, locked until the end of the unit of work: every change of a mechanic's work
   * status, and the checks it rests on (attendance, a job in progress), takes this lock first, so
   * that they happen one at a time per mechanic.
   */
  Optional<Mechanic> lock(MechanicId id);

  Optional<Mechanic> findByUser(UserId user);

  List<Mechanic> findByUsers(Collection<UserId> users);

  /** Every profile with {@code kind} among its specializations, in id order. */
  List<Mechanic> qualifiedFor(ServiceKindCode kind);

  /** The profiles in id order. */
  Page<Mechanic> list(PageRequest page);

  void deleteByUser(UserId user);

  /**
   * Removes the profile with its specializations, attendance and work status history; a profile
   * that service requests name is a {@code Conflict} ({@link #ON_RECORD}) and nothing is removed.
   */
  void delete(MechanicId id);
}

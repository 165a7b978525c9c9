package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Buyers' saved searches, each of one account (gone with it). */
public interface PreferenceRepository {
  void add(Preference preference);

  void update(Preference preference);

  void delete(PreferenceId id);

  Optional<Preference> findById(PreferenceId id);

  /** {@code owner}'s saved searches in id order. */
  Page<Preference> listByOwner(UserId owner, PageRequest page);

  long countByOwner(UserId owner);

  /** {@code owner}'s saved searches that are not paused, in id order. */
  List<Preference> activeOf(UserId owner);

  /** Every account's searches that are not paused, in id order; the cursor is the last one's id. */
  Page<Preference> listActive(PageRequest page);
}

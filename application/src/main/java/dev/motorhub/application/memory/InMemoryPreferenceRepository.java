package dev.motorhub.application.memory;

import dev.motorhub.application.matching.PreferenceRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved searches in memory, in id order. */
final class InMemoryPreferenceRepository implements PreferenceRepository {
  private final Table<UUID, Preference> preferences;

  InMemoryPreferenceRepository(Table<UUID, Preference> preferences) {
    this.preferences = preferences;
  }

  @Override
  public void add(Preference preference) {
    preferences.put(preference.id().value(), preference);
  }

  @Override
  public void update(Preference preference) {
    preferences.put(preference.id().value(), preference);
  }

  @Override
  public void delete(PreferenceId id) {
    preferences.remove(id.value());
  }

  @Override
  public Optional<Preference> findById(PreferenceId id) {
    return preferences.get(id.value());
  }

  @Override
  public Page<Preference> listByOwner(UserId owner, PageRequest page) {
    return Page.fromFetched(
        preferences.whereAfter(page.after(), p -> p.owner().equals(owner), page.limit() + 1),
        page.limit(),
        p -> p.id().value());
  }

  @Override
  public long countByOwner(UserId owner) {
    return preferences.where(p -> p.owner().equals(owner)).size();
  }

  @Override
  public List<Preference> activeOf(UserId owner) {
    return preferences.where(p -> p.owner().equals(owner) && !p.paused());
  }

  @Override
  public Page<Preference> listActive(PageRequest page) {
    return Pages.of(preferences, page, p -> !p.paused(), p -> p.id().value());
  }

  /** Forgets the saved searches of an account being deleted, as the database's key does. */
  void deleteOf(UserId owner) {
    preferences.where(p -> p.owner().equals(owner)).forEach(p -> delete(p.id()));
  }
}

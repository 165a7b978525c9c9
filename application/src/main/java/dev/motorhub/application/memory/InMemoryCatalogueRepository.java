package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.matching.CatalogueRepository;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The catalogue in memory; a code is unique within its attribute, as the database's key makes it.
 */
final class InMemoryCatalogueRepository implements CatalogueRepository {
  private final Table<UUID, CatalogueEntry> entries;

  InMemoryCatalogueRepository(Table<UUID, CatalogueEntry> entries) {
    this.entries = entries;
  }

  @Override
  public void add(CatalogueEntry entry) {
    if (!entries
        .where(e -> e.attribute() == entry.attribute() && e.code().equals(entry.code()))
        .isEmpty()) {
      throw StoreConflict.CATALOGUE_CODE_TAKEN.conflict();
    }
    entries.put(entry.id().value(), entry);
  }

  @Override
  public void update(CatalogueEntry entry) {
    entries.put(entry.id().value(), entry);
  }

  @Override
  public void delete(CatalogueEntryId id) {
    entries.remove(id.value());
  }

  @Override
  public Optional<CatalogueEntry> findById(CatalogueEntryId id) {
    return entries.get(id.value());
  }

  @Override
  public Page<CatalogueEntry> list(Optional<Attribute> attribute, PageRequest page) {
    return Page.fromFetched(
        entries.whereAfter(
            page.after(),
            e -> attribute.map(a -> a == e.attribute()).orElse(true),
            page.limit() + 1),
        page.limit(),
        e -> e.id().value());
  }

  @Override
  public boolean keeps(Attribute attribute) {
    return !entries.where(e -> e.attribute() == attribute).isEmpty();
  }

  @Override
  public Set<CatalogueCode> known(Attribute attribute, Set<CatalogueCode> codes) {
    Set<CatalogueCode> known = new HashSet<>();
    entries
        .where(e -> e.attribute() == attribute && codes.contains(e.code()))
        .forEach(e -> known.add(e.code()));
    return known;
  }
}

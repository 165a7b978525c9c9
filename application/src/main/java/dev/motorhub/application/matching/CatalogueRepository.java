package dev.motorhub.application.matching;

import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The catalogue of allowed values; a code is unique within its attribute. */
public interface CatalogueRepository {
  /** Stores a new value; a code its attribute has already is a {@code Conflict}. */
  void add(CatalogueEntry entry);

  void update(CatalogueEntry entry);

  void delete(CatalogueEntryId id);

  Optional<CatalogueEntry> findById(CatalogueEntryId id);

  /** The values of one attribute, or of all, in id order. */
  Page<CatalogueEntry> list(Optional<Attribute> attribute, PageRequest page);

  /** Whether staff keep any value of {@code attribute}: if not, any value goes. */
  boolean keeps(Attribute attribute);

  /** Those of {@code codes} that {@code attribute} has in the catalogue. */
  Set<CatalogueCode> known(Attribute attribute, Set<CatalogueCode> codes);
}

package dev.motorhub.application.matching;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Reads the catalogue: everyone signed in lists its values, of one attribute or all. */
public final class ViewCatalogue {
  private final Transactions tx;
  private final CatalogueRepository catalogue;

  public ViewCatalogue(Transactions tx, CatalogueRepository catalogue) {
    this.tx = tx;
    this.catalogue = catalogue;
  }

  public Page<CatalogueEntry> list(Optional<String> attribute, PageRequest page) {
    Optional<Attribute> parsed = attribute.map(a -> Attribute.parse(a, "attribute"));
    return tx.read(() -> catalogue.list(parsed, page));
  }

  public CatalogueEntry get(CatalogueEntryId id) {
    return tx.read(() -> catalogue.findById(id).orElseThrow(() -> new NotFound("Catalogue value")));
  }
}

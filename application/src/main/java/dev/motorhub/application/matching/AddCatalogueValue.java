package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;

/** Staff add an allowed value to an attribute: a code its attribute does not have yet, a name. */
public final class AddCatalogueValue {
  private final Transactions tx;
  private final CatalogueRepository catalogue;
  private final MatchingPolicy policy;
  private final IdGenerator ids;

  public AddCatalogueValue(
      Transactions tx, CatalogueRepository catalogue, MatchingPolicy policy, IdGenerator ids) {
    this.tx = tx;
    this.catalogue = catalogue;
    this.policy = policy;
    this.ids = ids;
  }

  public CatalogueEntry add(Principal principal, String attribute, String code, String name) {
    AccessPolicy.require(
        policy.mayKeepCatalogue(principal.actor()), "Only staff keep the catalogue.");
    Violations v = new Violations();
    v.require(attribute, "attribute").require(code, "code");
    Attribute parsed =
        attribute == null ? null : v.capture(() -> Attribute.parse(attribute, "attribute"));
    CatalogueCode parsedCode = code == null ? null : v.capture(() -> new CatalogueCode(code));
    String checkedName = v.capture(() -> Text.required(name, "name", 100));
    v.throwIfAny();
    CatalogueEntry entry =
        new CatalogueEntry(new CatalogueEntryId(ids.next()), parsed, parsedCode, checkedName);
    return tx.inTransaction(
        () -> {
          catalogue.add(entry);
          return entry;
        });
  }
}

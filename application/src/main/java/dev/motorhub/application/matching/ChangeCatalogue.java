package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.shared.NotFound;

/**
 * Staff rename a catalogue value (its code never changes) or remove it; saved searches that name a
 * removed code keep it, and it simply matches no vehicle of another code.
 */
public final class ChangeCatalogue {
  private final Transactions tx;
  private final CatalogueRepository catalogue;
  private final MatchingPolicy policy;

  public ChangeCatalogue(Transactions tx, CatalogueRepository catalogue, MatchingPolicy policy) {
    this.tx = tx;
    this.catalogue = catalogue;
    this.policy = policy;
  }

  public CatalogueEntry rename(Principal principal, CatalogueEntryId id, String name) {
    requireStaff(principal);
    return tx.inTransaction(
        () -> {
          CatalogueEntry renamed = find(id).renamed(name);
          catalogue.update(renamed);
          return renamed;
        });
  }

  public void remove(Principal principal, CatalogueEntryId id) {
    requireStaff(principal);
    tx.run(
        () -> {
          find(id);
          catalogue.delete(id);
        });
  }

  private void requireStaff(Principal principal) {
    AccessPolicy.require(
        policy.mayKeepCatalogue(principal.actor()), "Only staff keep the catalogue.");
  }

  private CatalogueEntry find(CatalogueEntryId id) {
    return catalogue.findById(id).orElseThrow(() -> new NotFound("Catalogue value"));
  }
}

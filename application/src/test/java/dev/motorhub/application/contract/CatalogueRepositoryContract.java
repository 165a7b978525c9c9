package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.MatchingFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@code CatalogueRepository} keeps: values by attribute, codes unique within one. */
public abstract class CatalogueRepositoryContract extends StoreContract {

  private CatalogueEntry added(CatalogueEntry entry) {
    runTx(() -> store.catalogue().add(entry));
    return entry;
  }

  @Test
  void aValue_isFound_renamed_andRemoved() {
    CatalogueEntry toyota = added(value(Attribute.BRAND, "toyota", "Toyota"));
    assertThat(inTx(() -> store.catalogue().findById(toyota.id()))).contains(toyota);

    CatalogueEntry renamed = toyota.renamed("Toyota Motor");
    runTx(() -> store.catalogue().update(renamed));
    assertThat(inTx(() -> store.catalogue().findById(toyota.id()))).contains(renamed);

    runTx(() -> store.catalogue().delete(toyota.id()));
    assertThat(inTx(() -> store.catalogue().findById(toyota.id()))).isEmpty();
  }

  @Test
  void aCodeTakenWithinItsAttribute_isAConflict_butFreeInAnother() {
    added(value(Attribute.BRAND, "mini", "Mini"));
    assertConflict(
        () -> store.catalogue().add(value(Attribute.BRAND, "mini", "Mini again")),
        "code",
        "This attribute has a value with this code already in the catalogue.");
    added(value(Attribute.BODY_TYPE, "mini", "Minivan"));
    assertThat(inTx(() -> store.catalogue().keeps(Attribute.BODY_TYPE))).isTrue();
  }

  @Test
  void values_listByAttribute_inIdOrder_aPageAtATime() {
    CatalogueEntry a = added(value(Attribute.FUEL, "petrol", "Petrol"));
    added(value(Attribute.BRAND, "ford", "Ford"));
    CatalogueEntry b = added(value(Attribute.FUEL, "diesel", "Diesel"));

    var first =
        inTx(() -> store.catalogue().list(Optional.of(Attribute.FUEL), PageRequest.first(1)));
    assertThat(first.items()).containsExactly(a);
    var second =
        inTx(
            () -> store.catalogue().list(Optional.of(Attribute.FUEL), Fixtures.nextPage(first, 1)));
    assertThat(second.items()).containsExactly(b);
    assertThat(second.nextCursor()).isEmpty();
    assertThat(inTx(() -> store.catalogue().list(Optional.empty(), PageRequest.first(10))).items())
        .hasSize(3);
  }

  @Test
  void known_tellsWhichCodesAnAttributeHas_andKeeps_whetherItHasAny() {
    added(value(Attribute.LOCATION, "nairobi", "Nairobi"));
    added(value(Attribute.BRAND, "mombasa", "Not a place"));

    assertThat(
            inTx(
                () ->
                    store
                        .catalogue()
                        .known(
                            Attribute.LOCATION,
                            Set.of(new CatalogueCode("nairobi"), new CatalogueCode("mombasa")))))
        .containsExactly(new CatalogueCode("nairobi"));
    assertThat(inTx(() -> store.catalogue().keeps(Attribute.COLOUR))).isFalse();
  }
}

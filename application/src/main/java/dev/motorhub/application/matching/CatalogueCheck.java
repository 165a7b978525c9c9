package dev.motorhub.application.matching;

import dev.motorhub.application.garage.AttributeCatalogue;
import dev.motorhub.application.garage.CataloguedValues;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.shared.Violations;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where staff keep values of an attribute, preferences and vehicles may name only those: the codes
 * the catalogue does not have are named, under the field that sent them. A vehicle's brand and
 * colour are free text, known by their code ({@code CatalogueCode.of}).
 */
public final class CatalogueCheck implements AttributeCatalogue {
  private final CatalogueRepository catalogue;

  public CatalogueCheck(CatalogueRepository catalogue) {
    this.catalogue = catalogue;
  }

  /** Adds to {@code v}, under {@code field}, those of {@code codes} the catalogue does not keep. */
  public void check(Attribute attribute, String field, Set<CatalogueCode> codes, Violations v) {
    if (codes.isEmpty() || !catalogue.keeps(attribute)) {
      return;
    }
    Set<CatalogueCode> known = catalogue.known(attribute, codes);
    TreeSet<String> unknown = new TreeSet<>();
    codes.stream().filter(c -> !known.contains(c)).forEach(c -> unknown.add(c.value()));
    if (!unknown.isEmpty()) {
      v.add(field, notIn(attribute, String.join(", ", unknown)));
    }
  }

  private static String notIn(Attribute attribute, String values) {
    return "Not a " + attribute.wire().replace('_', ' ') + " in the catalogue: " + values + ".";
  }

  @Override
  public void check(CataloguedValues values, Violations v) {
    values.brand().ifPresent(brand -> named(Attribute.BRAND, "brand", brand, v));
    values.color().ifPresent(color -> named(Attribute.COLOUR, "color", color, v));
    VehicleAttributes attributes = values.attributes();
    check(Attribute.LOCATION, attributes.location(), v);
    check(Attribute.BODY_TYPE, attributes.bodyType(), v);
    check(Attribute.FUEL, attributes.fuel(), v);
    check(Attribute.TRANSMISSION, attributes.transmission(), v);
  }

  /** Free text known by its code; a text that makes no code is no value the catalogue has. */
  private void named(Attribute attribute, String field, String text, Violations v) {
    Optional<CatalogueCode> code = CatalogueCode.of(text);
    if (code.isPresent()) {
      check(attribute, field, Set.of(code.get()), v);
    } else if (catalogue.keeps(attribute)) {
      v.add(field, notIn(attribute, text));
    }
  }

  /** A vehicle's attribute is sent in the field its attribute is named by, such as body_type. */
  private void check(Attribute attribute, Optional<String> code, Violations v) {
    code.ifPresent(c -> check(attribute, attribute.wire(), Set.of(new CatalogueCode(c)), v));
  }
}

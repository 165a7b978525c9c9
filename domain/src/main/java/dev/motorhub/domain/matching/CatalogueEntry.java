package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.Text;
import java.util.Objects;

/**
 * One allowed value of a matchable attribute: its stable code (unique within the attribute, never
 * changed) and the name people read. Staff add, rename and remove values; preferences name them by
 * code.
 */
public record CatalogueEntry(
    CatalogueEntryId id, Attribute attribute, CatalogueCode code, String name) {
  public CatalogueEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(code, "code");
    name = Text.required(name, "name", 100);
  }

  public CatalogueEntry renamed(String newName) {
    return new CatalogueEntry(id, attribute, code, newName);
  }
}

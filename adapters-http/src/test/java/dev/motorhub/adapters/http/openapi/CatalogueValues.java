package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;

/** Catalogue values staff keep before a conformance test, each named by its code. */
final class CatalogueValues {
  private CatalogueValues() {}

  /** {@code staff} add each {@code {attribute, code}} of {@code values}, every one answered 201. */
  static void keep(ConformingApi staff, String[][] values) {
    for (String[] value : values) {
      Api.Reply added =
          staff.post(
              "/v1/catalogue", body("attribute", value[0], "code", value[1], "name", value[1]));
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }
  }
}

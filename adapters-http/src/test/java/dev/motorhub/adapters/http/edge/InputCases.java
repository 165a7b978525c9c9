package dev.motorhub.adapters.http.edge;

import dev.motorhub.adapters.http.edge.InputCase.Kind;
import java.util.stream.Stream;

/** The screening cases of every route, documented and seed, by the kind of input. */
final class InputCases {
  private InputCases() {}

  static Stream<InputCase> texts() {
    return of(Kind.TEXT);
  }

  static Stream<InputCase> amounts() {
    return of(Kind.AMOUNT);
  }

  static Stream<InputCase> queries() {
    return of(Kind.QUERY);
  }

  private static Stream<InputCase> of(Kind kind) {
    return Stream.concat(DocumentedInputs.all().stream(), SeedInputs.all().stream())
        .filter(input -> input.kind() == kind);
  }
}

package dev.motorhub.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants on the wire: their names in lower case, read back naming the field when wrong. */
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} whose wire name {@code text} is, or a message for {@code field}.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    E[] constants = type.getEnumConstants();
    return Arrays.stream(constants)
        .filter(c -> of(c).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInput.of(
                    field,
                    "Select a valid choice: "
                        + Arrays.stream(constants)
                            .map(WireNames::of)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}

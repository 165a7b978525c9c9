package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seed's names for the car fields the core names otherwise: a refusal on {@code license_plate}
 * is the seed's {@code license}, so its clients find the message where they look.
 */
final class CarFields {
  private static final Map<String, String> SEED_NAMES =
      Map.of("license_plate", "license", "owner_id", "owner");

  private CarFields() {}

  /** Runs a call of the core, renaming the fields of its refusals as the seed names them. */
  static <T> T named(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInput invalid) {
      Map<String, List<String>> renamed = new LinkedHashMap<>();
      invalid.errors().forEach((field, messages) -> renamed.put(seedName(field), messages));
      throw new InvalidInput(renamed);
    } catch (Conflict conflict) {
      throw new Conflict(seedName(conflict.field()), conflict.getMessage());
    }
  }

  static void named(Runnable call) {
    named(
        () -> {
          call.run();
          return null;
        });
  }

  private static String seedName(String field) {
    return SEED_NAMES.getOrDefault(field, field);
  }
}

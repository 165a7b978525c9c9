package dev.motorhub.adapters.http.seed;

import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The phone under the name the client sent it: My Cars (003) sends {@code phone} where the platform
 * says {@code phone_number}, and its clients read a field's errors under their own field's name.
 */
public final class PhoneField {
  private static final String PLATFORM = "phone_number";
  private static final String SEED = "phone";

  private PhoneField() {}

  /** Runs {@code call}; when {@code body} sent {@code phone}, its failures are named so too. */
  public static <T> T asSent(Body body, Supplier<T> call) {
    if (body.has(PLATFORM) || !body.has(SEED)) {
      return call.get();
    }
    try {
      return call.get();
    } catch (InvalidInput invalid) {
      throw renamed(invalid);
    } catch (Conflict conflict) {
      throw PLATFORM.equals(conflict.field())
          ? new Conflict(SEED, conflict.getMessage())
          : conflict;
    }
  }

  private static InvalidInput renamed(InvalidInput invalid) {
    if (!invalid.errors().containsKey(PLATFORM)) {
      return invalid;
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    invalid
        .errors()
        .forEach((field, messages) -> errors.put(PLATFORM.equals(field) ? SEED : field, messages));
    return new InvalidInput(errors);
  }
}

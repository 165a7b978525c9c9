package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's answer to invalid input on sign-up and login: 400 with {@code "error_message":
 * "Invalid Input"} beside each field's messages (the role named {@code user_type} as the seed names
 * it), or beside a {@code detail} when no field is at fault.
 */
final class InvalidInputAnswer {
  private InvalidInputAnswer() {}

  static void write(Context ctx, InvalidInput invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_message", "Invalid Input");
    invalid
        .errors()
        .forEach(
            (field, messages) -> body.put(field.equals("role") ? "user_type" : field, messages));
    ctx.status(400).json(body);
  }

  /**
   * A username, email or phone already taken: invalid input on that field, as the seed has it. A
   * conflict that is no field's (a concurrent change) stays the server's usual 409.
   */
  static void write(Context ctx, Conflict taken) {
    if (taken.field().isEmpty()) {
      throw taken;
    }
    write(ctx, new InvalidInput(Map.of(taken.field(), List.of(taken.getMessage()))));
  }

  /** Invalid input that no one field explains, such as credentials that do not match. */
  static void write(Context ctx, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_message", "Invalid Input");
    body.put("detail", detail);
    ctx.status(400).json(body);
  }
}

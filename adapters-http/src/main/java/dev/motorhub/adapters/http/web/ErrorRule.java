package dev.motorhub.adapters.http.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way a seed answers an error otherwise than the platform does, as a rewrite of the {@link
 * HttpError} before it is written: a field of its own name, a duplicate as invalid input, a message
 * under a field or as a detail.
 */
@FunctionalInterface
public interface ErrorRule {
  HttpError apply(HttpError error, Context ctx);

  /**
   * DRF's unique check: a value taken on a field is a 400 on that field, not the platform's 409.
   */
  ErrorRule DUPLICATES_AS_INVALID_INPUT =
      (error, ctx) ->
          error.code().equals("conflict") && !error.errors().isEmpty()
              ? error.withStatus(400)
              : error;

  /** Each field the platform names as a key of {@code seedNames}, under the seed's name for it. */
  static ErrorRule renaming(Map<String, String> seedNames) {
    return (error, ctx) -> error.withErrors(renamed(error.errors(), seedNames));
  }

  /**
   * {@code platform} as {@code seed} when the request sent it so: a field both names reach is
   * refused under the one the client used.
   */
  static ErrorRule renamingAsSent(String platform, String seed) {
    return (error, ctx) -> {
      if (!error.errors().containsKey(platform)) {
        return error;
      }
      Body sent = Body.of(ctx); // read fine already: the error names one of its fields
      return sent.has(seed) && !sent.has(platform)
          ? error.withErrors(renamed(error.errors(), Map.of(platform, seed)))
          : error;
    };
  }

  /** A failure of {@code code} keeps its status, its message under {@code field}. */
  static ErrorRule underField(String code, String field) {
    return (error, ctx) ->
        error.code().equals(code)
            ? error.withErrors(Map.of(field, List.of(error.detail())))
            : error;
  }

  /** A failure of {@code code} is a 400 that says why as its detail: a refused login, say. */
  static ErrorRule asBadRequest(String code) {
    return (error, ctx) -> error.code().equals(code) ? error.withStatus(400) : error;
  }

  /**
   * Invalid input on {@code field} alone, refused with {@code message}, is a detail, as a seed's
   * view answers it by hand; any other refusal of the field stays under its name.
   */
  static ErrorRule aloneAsDetail(String field, String message) {
    return (error, ctx) ->
        error.code().equals("invalid_input")
                && error.errors().equals(Map.of(field, List.of(message)))
            ? error.withDetail(message)
            : error;
  }

  private static Map<String, List<String>> renamed(
      Map<String, List<String>> errors, Map<String, String> names) {
    Map<String, List<String>> renamed = new LinkedHashMap<>();
    errors.forEach((field, messages) -> renamed.put(names.getOrDefault(field, field), messages));
    return renamed;
  }
}

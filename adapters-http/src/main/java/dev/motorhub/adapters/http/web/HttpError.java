package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Failure;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import dev.motorhub.domain.shared.Unavailable;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an exception means over HTTP: the one place where the core's failures become statuses. Both
 * the problem+json and the DRF-style renderers draw on it.
 */
public record HttpError(
    int status,
    String code,
    String title,
    String detail,
    Map<String, List<String>> errors,
    Optional<Duration> retryAfter) {

  /** The same error with another status. */
  public HttpError withStatus(int newStatus) {
    return new HttpError(newStatus, code, title, detail, errors, retryAfter);
  }

  /** The same error, its messages under {@code newErrors}' fields. */
  public HttpError withErrors(Map<String, List<String>> newErrors) {
    return new HttpError(status, code, title, detail, newErrors, retryAfter);
  }

  /** The same error saying {@code newDetail}, with no field's messages. */
  public HttpError withDetail(String newDetail) {
    return new HttpError(status, code, title, newDetail, Map.of(), retryAfter);
  }

  public static HttpError of(Exception exception) {
    return switch (exception) {
      case Failure failure -> ofFailure(failure);
      case MalformedBody malformed ->
          simple(400, "malformed_body", "Malformed request body", malformed.getMessage());
      case ContentTooLarge large ->
          simple(413, "content_too_large", "Content too large", large.getMessage());
      case HttpResponseException http -> ofJavalin(http);
      default ->
          simple(
              500,
              "internal_error",
              "Internal server error",
              "Something went wrong on our side; the request id identifies it in our logs.");
    };
  }

  private static HttpError ofFailure(Failure failure) {
    return switch (failure) {
      case InvalidInput invalid ->
          new HttpError(
              400,
              invalid.code(),
              "Invalid input",
              "One or more fields are invalid.",
              invalid.errors(),
              Optional.empty());
      case Conflict conflict ->
          new HttpError(
              409,
              conflict.code(),
              "Conflict",
              conflict.getMessage(),
              conflict.field().isEmpty()
                  ? Map.of()
                  : Map.of(conflict.field(), List.of(conflict.getMessage())),
              Optional.empty());
      case NotFound notFound -> simple(404, notFound.code(), "Not found", notFound.getMessage());
      case Forbidden forbidden ->
          simple(403, forbidden.code(), "Forbidden", forbidden.getMessage());
      case Unauthenticated unauthenticated ->
          simple(401, unauthenticated.code(), "Unauthenticated", unauthenticated.getMessage());
      case RuleViolated rule -> simple(422, rule.code(), "Rule violated", rule.getMessage());
      case Throttled throttled ->
          new HttpError(
              429,
              throttled.code(),
              "Too many requests",
              throttled.getMessage(),
              Map.of(),
              Optional.of(throttled.retryAfter()));
      case Unavailable unavailable ->
          new HttpError(
              503,
              unavailable.code(),
              "Service unavailable",
              unavailable.getMessage(),
              Map.of(),
              Optional.of(unavailable.retryAfter()));
    };
  }

  private static HttpError ofJavalin(HttpResponseException http) {
    return switch (http.getStatus()) {
      case 404 -> simple(404, "not_found", "Not found", "No such resource.");
      case 405 -> simple(405, "method_not_allowed", "Method not allowed", http.getMessage());
      case 413 ->
          simple(
              413,
              "content_too_large",
              "Content too large",
              "The request body is larger than this server accepts.");
      default ->
          simple(
              http.getStatus(), "http_" + http.getStatus(), http.getMessage(), http.getMessage());
    };
  }

  private static HttpError simple(int status, String code, String title, String detail) {
    return new HttpError(status, code, title, detail, Map.of(), Optional.empty());
  }
}

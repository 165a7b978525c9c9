package dev.motorhub.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How one seed's clients read an error, which {@link ErrorResponses} applies on that seed's routes:
 * DRF's shapes ({@code {"detail": …}} or {@code {"field": ["message"]}}), a duplicate value as
 * DRF's 400 on its field, then the seed's own {@link ErrorRule rules} in order, and, for
 * CarCarePro, a message beside every 400. A seed's route group attaches its dialect to the paths it
 * serves.
 */
public record SeedDialect(List<ErrorRule> rules, Optional<String> badRequestMessage) {
  private static final String ATTRIBUTE = "motorhub.seedDialect";

  /** DRF's dialect, which every seed's starts from. */
  public static final SeedDialect DRF =
      new SeedDialect(List.of(ErrorRule.DUPLICATES_AS_INVALID_INPUT), Optional.empty());

  public SeedDialect {
    rules = List.copyOf(rules);
  }

  /** This dialect, then {@code rule}. */
  public SeedDialect with(ErrorRule rule) {
    return new SeedDialect(
        Stream.concat(rules.stream(), Stream.of(rule)).toList(), badRequestMessage);
  }

  /** This dialect, every 400 also saying {@code {"error_message": message}} first. */
  public SeedDialect withBadRequestMessage(String message) {
    return new SeedDialect(rules, Optional.of(message));
  }

  private void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /**
   * Attaches this dialect to every request whose path starts with one of {@code prefixes}. Of two
   * dialects attached to one request, the later one speaks: a route group adds its routes' own
   * dialects after its seed's.
   */
  public void attachOn(RoutesConfig routes, String... prefixes) {
    List<String> owned = List.of(prefixes);
    routes.before(
        ctx -> {
          if (owned.stream().anyMatch(ctx.path()::startsWith)) {
            attach(ctx);
          }
        });
  }

  /** The dialect attached to the request, or DRF's. */
  static SeedDialect of(Context ctx) {
    SeedDialect attached = ctx.attribute(ATTRIBUTE);
    return attached == null ? DRF : attached;
  }

  /** {@code error} as this dialect says it: the status and the messages it writes. */
  HttpError translate(HttpError error, Context ctx) {
    HttpError said = error;
    for (ErrorRule rule : rules) {
      said = rule.apply(said, ctx);
    }
    return said;
  }

  Map<String, Object> body(HttpError error) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (error.status() == 400) {
      badRequestMessage.ifPresent(message -> body.put("error_message", message));
    }
    if (error.errors().isEmpty()) {
      body.put("detail", error.detail());
    } else {
      body.putAll(error.errors());
    }
    return body;
  }
}

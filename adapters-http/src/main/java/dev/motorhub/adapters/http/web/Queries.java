package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** Query parameters as filters read them: a blank value filters nothing. */
public final class Queries {
  private Queries() {}

  public static Optional<String> optional(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The page a list asks for with {@code ?limit=} and {@code ?cursor=}. */
  public static PageRequest page(Context ctx) {
    return PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("cursor"));
  }
}

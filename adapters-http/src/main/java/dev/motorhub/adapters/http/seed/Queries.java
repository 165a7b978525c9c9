package dev.motorhub.adapters.http.seed;

import io.javalin.http.Context;
import java.util.Optional;

/** Query parameters as the seeds' filters read them: a blank value filters nothing. */
public final class Queries {
  private Queries() {}

  public static Optional<String> optional(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}

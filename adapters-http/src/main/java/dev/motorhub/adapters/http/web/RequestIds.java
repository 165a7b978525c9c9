package dev.motorhub.adapters.http.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id, echoed in {@code X-Request-Id}: the caller's own when it is a sane
 * token, a new one otherwise. Logs and error bodies carry it.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "motorhub.requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  public static void assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id = offered != null && SANE.matcher(offered).matches() ? offered : newId();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /**
   * A random (version 4) UUID drawn from the thread's own generator: an id needs no secrecy, and
   * {@link UUID#randomUUID}'s shared secure generator is a point of contention under load.
   */
  private static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(
            random.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x0000000000004000L,
            random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L)
        .toString();
  }

  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }
}

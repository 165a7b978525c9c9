package dev.motorhub.adapters.http.web;

import io.javalin.http.HandlerType;
import io.javalin.http.util.MethodNotAllowedUtil;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The methods a path serves, as the {@code Allow} header of a 405 lists them (RFC 9110): those the
 * router has a handler for, found as Javalin finds them when it answers 405, and {@code HEAD}
 * wherever {@code GET} is served, since {@link #serveHeadAsGet} serves it there.
 */
public final class AllowedMethods {
  private static final List<HandlerType> ORDER =
      List.of(
          HandlerType.GET,
          HandlerType.HEAD,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE,
          HandlerType.OPTIONS);

  private AllowedMethods() {}

  public static String of(InternalRouter router, String path) {
    List<HandlerType> served =
        MethodNotAllowedUtil.INSTANCE.findAvailableHttpHandlerTypes(
            router, path.replaceAll("/{2,}", "/"));
    return ORDER.stream()
        .filter(
            m ->
                served.contains(m)
                    || m.equals(HandlerType.HEAD) && served.contains(HandlerType.GET))
        .map(HandlerType::name)
        .collect(Collectors.joining(", "));
  }

  /**
   * HEAD runs the GET handler of its path (RFC 9110: the same answer without its body; Jetty drops
   * the body). Left alone, Javalin answers HEAD on a GET path with an empty 200 without running the
   * handler, even where GET would answer 401 or 404.
   */
  public static void serveHeadAsGet(InternalRouter router) {
    router.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method == HandlerType.GET)
        .toList()
        .forEach(
            get -> router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler)));
  }
}

package dev.motorhub.adapters.http.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the client that sent a request, which login throttling counts failures by: the
 * peer's own, or, when the peer is one of the trusted proxies (a load balancer), the address that
 * proxy put last in {@code X-Forwarded-For}. Anyone else's {@code X-Forwarded-For} is ignored, so a
 * client cannot pass itself off as another address.
 */
public final class ClientAddresses {
  public static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final String ATTRIBUTE = "motorhub.clientAddress";

  /** A dotted IPv4 address, or an IPv6 one (with a colon): what the JDK parses without DNS. */
  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}|(?=.{2,45}$)[0-9A-Fa-f.]*:[0-9A-Fa-f.:]*");

  private ClientAddresses() {}

  /** Finds the request's client address, the peer's unless it is one of {@code trusted}. */
  public static void assign(Context ctx, Set<InetAddress> trusted) {
    String peer = ctx.ip();
    String client = peer;
    if (!trusted.isEmpty() && literal(peer).filter(trusted::contains).isPresent()) {
      List<String> forwarded = Collections.list(ctx.req().getHeaders(FORWARDED_FOR));
      if (!forwarded.isEmpty()) {
        String[] hops = forwarded.getLast().split(",");
        String last = hops[hops.length - 1].strip();
        client = literal(last).isPresent() ? last : peer;
      }
    }
    ctx.attribute(ATTRIBUTE, client);
  }

  public static String of(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }

  /** The address written as {@code text}, if it is an IPv4 or IPv6 literal (never a name). */
  public static Optional<InetAddress> literal(String text) {
    if (text == null || !LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}

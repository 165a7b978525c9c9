package dev.motorhub.adapters.http.support;

import dev.motorhub.adapters.http.HttpServer;
import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.oidc.OidcSettings;
import dev.motorhub.adapters.http.ops.AddressRange;
import dev.motorhub.adapters.http.security.BcryptPasswordHasher;
import dev.motorhub.adapters.http.security.JwtAccessTokens;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.CardOnFilePaymentGateway;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.memory.InMemorySmsGateway;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.domain.shared.PageRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The real HTTP server on a random port over the in-memory store, with the real bcrypt (at the
 * lowest cost, for speed) and JWT adapters; tests talk to it through {@link Api}.
 */
public final class TestServer implements AutoCloseable {
  public static final long MAX_BODY_BYTES = 64 * 1024;
  private static final HttpSettings HTTP =
      new HttpSettings(List.of("https://app.example"), MAX_BODY_BYTES);
  private final Motorhub core;
  private final HttpServer server;

  private TestServer(Motorhub core, HttpServer server) {
    this.core = core;
    this.server = server;
  }

  public static TestServer start() {
    return start(new CardOnFilePaymentGateway());
  }

  /** The server charging cards through {@code gateway}, such as one that fails on purpose. */
  public static TestServer start(PaymentGateway gateway) {
    return start(gateway, PaymentSettings.defaults());
  }

  /** The server charging cards through {@code gateway}, resolving pending payments as told. */
  public static TestServer start(PaymentGateway gateway, PaymentSettings payments) {
    return start(gateway, payments, new InMemorySmsGateway(), 0, HTTP);
  }

  /**
   * The server offering sign-in with Google against the provider at {@code issuer} (such as a
   * {@link FakeOpenIdProvider}), as the client that provider knows. The provider redirects back to
   * the server's public address, so its port is chosen before it starts.
   */
  public static TestServer withGoogle(String issuer) {
    int port = freePort();
    return start(
        new CardOnFilePaymentGateway(),
        PaymentSettings.defaults(),
        new InMemorySmsGateway(),
        port,
        HTTP.withGoogleSignIn(
            new OidcSettings(
                URI.create(issuer),
                FakeOpenIdProvider.CLIENT_ID,
                FakeOpenIdProvider.CLIENT_SECRET,
                URI.create("http://127.0.0.1:" + port))));
  }

  /**
   * The server sending text messages through {@code sms} and taking the delivery reports that carry
   * {@code callbackSecret}.
   */
  public static TestServer withSms(SmsGateway sms, String callbackSecret) {
    return start(
        new CardOnFilePaymentGateway(),
        PaymentSettings.defaults(),
        sms,
        0,
        HTTP.withSmsCallbackSecret(callbackSecret));
  }

  /**
   * The server behind a proxy at {@code proxyAddress}, whose {@code X-Forwarded-For} names the
   * client.
   */
  public static TestServer behindProxy(String proxyAddress) {
    try {
      return start(
          new CardOnFilePaymentGateway(),
          PaymentSettings.defaults(),
          new InMemorySmsGateway(),
          0,
          HTTP.withTrustedProxies(Set.of(InetAddress.getByName(proxyAddress))));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The server with {@code /metrics} open without a token to callers from {@code allowed} only. */
  public static TestServer withMetricsAllowed(List<AddressRange> allowed) {
    return start(
        new CardOnFilePaymentGateway(),
        PaymentSettings.defaults(),
        new InMemorySmsGateway(),
        0,
        HTTP.withMetricsAllowed(allowed));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestServer start(
      PaymentGateway gateway,
      PaymentSettings payments,
      SmsGateway sms,
      int port,
      HttpSettings http) {
    Clock clock = Clock.systemUTC();
    Motorhub core =
        Motorhub.builder(new InMemoryStore())
            .clock(clock)
            .paymentGateway(gateway)
            .paymentSettings(payments)
            .smsGateway(sms)
            .passwordHasher(new BcryptPasswordHasher(4))
            .accessTokens(
                new JwtAccessTokens(
                    "test-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpServer server =
        new HttpServer(core, http, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
            .start("127.0.0.1", port);
    return new TestServer(core, server);
  }

  public Motorhub core() {
    return core;
  }

  /** How many accounts the store holds. */
  public int accounts() {
    var store = core.store();
    return store
        .transactions()
        .inTransaction(
            () -> store.users().list(UserFilter.none(), PageRequest.first(100)).items().size());
  }

  public Api api() {
    return new Api("http://127.0.0.1:" + server.port());
  }

  @Override
  public void close() {
    Api.forget(api().base());
    server.stop();
  }
}

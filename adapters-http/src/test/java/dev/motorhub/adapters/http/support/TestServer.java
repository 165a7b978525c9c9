package dev.motorhub.adapters.http.support;

import dev.motorhub.adapters.http.HttpServer;
import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.security.BcryptPasswordHasher;
import dev.motorhub.adapters.http.security.JwtAccessTokens;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.CardOnFilePaymentGateway;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.memory.InMemorySmsGateway;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.notifications.SmsGateway;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The real HTTP server on a random port over the in-memory store, with the real bcrypt (at the
 * lowest cost, for speed) and JWT adapters; tests talk to it through {@link Api}.
 */
public final class TestServer implements AutoCloseable {
  public static final long MAX_BODY_BYTES = 64 * 1024;
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
    return start(gateway, new InMemorySmsGateway(), Optional.empty());
  }

  /**
   * The server sending text messages through {@code sms} and taking the delivery reports that carry
   * {@code callbackSecret}.
   */
  public static TestServer withSms(SmsGateway sms, String callbackSecret) {
    return start(new CardOnFilePaymentGateway(), sms, Optional.of(callbackSecret));
  }

  private static TestServer start(
      PaymentGateway gateway, SmsGateway sms, Optional<String> callbackSecret) {
    Clock clock = Clock.systemUTC();
    Motorhub core =
        Motorhub.builder(new InMemoryStore())
            .clock(clock)
            .paymentGateway(gateway)
            .smsGateway(sms)
            .passwordHasher(new BcryptPasswordHasher(4))
            .accessTokens(
                new JwtAccessTokens(
                    "test-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpServer server =
        new HttpServer(
                core,
                new HttpSettings(List.of("https://app.example"), MAX_BODY_BYTES, callbackSecret),
                clock)
            .start("127.0.0.1", 0);
    return new TestServer(core, server);
  }

  public Motorhub core() {
    return core;
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

package dev.motorhub.adapters.sms;

import static dev.motorhub.adapters.sms.FakeAfricasTalking.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsReceipt;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfricasTalkingSmsGatewayTest {
  private static final String KEY = "atsk_0123456789abcdef-secret";
  private static final PhoneNumber OLIVE = new PhoneNumber("+254701036054");

  private FakeAfricasTalking provider;
  private AfricasTalkingConfig config;

  @BeforeEach
  void aProvider() throws IOException {
    provider = new FakeAfricasTalking();
    config =
        AfricasTalkingConfig.live("motorhub", KEY, Optional.of("MOTORHUB"))
            .at(provider.baseUrl())
            .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private SmsSendResult send(String text) {
    return new AfricasTalkingSmsGateway(config).send(new SmsId(UUID.randomUUID()), OLIVE, text);
  }

  private static SmsSendResult.Failed failed(SmsSendResult result) {
    assertThat(result).isInstanceOf(SmsSendResult.Failed.class);
    return (SmsSendResult.Failed) result;
  }

  @Test
  void aMessageTaken_isAcceptedWithTheRecipientsReceipt() {
    provider.answer(201, recipient(101, "Success", "ATXid_8d1c", "KES 0.8000"));

    assertThat(send("Your order is ready"))
        .isEqualTo(
            new SmsSendResult.Accepted(
                new SmsReceipt(
                    Optional.of("ATXid_8d1c"), 101, "Success", Optional.of("KES 0.8000"))));
  }

  @Test
  void theRequest_isAFormPostWithTheApiKeyHeader() {
    provider.answer(201, recipient(101, "Success", "ATXid_1", "KES 0.8000"));

    send("Tyres & rims: 100% ready");

    var request = provider.requests().getFirst();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/version1/messaging");
    assertThat(request.header("apiKey")).isEqualTo(KEY);
    assertThat(request.header("Accept")).isEqualTo("application/json");
    assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.form())
        .containsExactly(
            java.util.Map.entry("username", "motorhub"),
            java.util.Map.entry("to", "+254701036054"),
            java.util.Map.entry("message", "Tyres & rims: 100% ready"),
            java.util.Map.entry("from", "MOTORHUB"));
  }

  @Test
  void withoutASenderId_noFromIsSent() {
    config =
        new AfricasTalkingConfig(
            config.baseUrl(),
            "sandbox",
            KEY,
            Optional.empty(),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    provider.answer(201, recipient(102, "Queued", "ATXid_2", "KES 0.8000"));

    assertThat(send("Hello")).isInstanceOf(SmsSendResult.Accepted.class);
    assertThat(provider.requests().getFirst().form()).doesNotContainKey("from");
  }

  @Test
  void anHttp500_isWorthAnotherAttempt() {
    provider.answer(500, "Internal Server Error");

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).contains("HTTP 500");
  }

  @Test
  void noAnswerInTime_isWorthAnotherAttempt() {
    provider.after(Duration.ofSeconds(3)).answer(201, recipient(101, "Success", "x", "KES 1"));
    config = config.timeouts(Duration.ofSeconds(5), Duration.ofMillis(300));

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).isEqualTo("Africa's Talking did not answer in time");
  }

  @Test
  void aMalformedAnswer_isWorthAnotherAttempt() {
    for (String body :
        new String[] {
          "<html>Bad gateway</html>",
          "{\"SMSMessageData\": 7}",
          "{\"SMSMessageData\":{\"Recipients\":[{\"status\":\"Success\"}]}}",
          ""
        }) {
      provider.answer(201, body);

      var failure = failed(send("Hello"));

      assertThat(failure.retryable()).as(body).isTrue();
      assertThat(failure.error()).as(body).contains("malformed");
    }
  }

  @Test
  void anInvalidNumber_isRefusedForGood_withTheProvidersAnswer() {
    provider.answer(201, recipient(403, "InvalidPhoneNumber", "None", "0"));

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.error()).isEqualTo("Africa's Talking: InvalidPhoneNumber (403)");
    assertThat(failure.receipt())
        .contains(new SmsReceipt(Optional.empty(), 403, "InvalidPhoneNumber", Optional.empty()));
  }

  @Test
  void anEmptyBalance_isWorthAnotherAttempt() {
    provider.answer(201, recipient(405, "InsufficientBalance", "None", "0"));

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).contains("InsufficientBalance");
  }

  @Test
  void aSendToNobody_isWorthAnotherAttempt_withTheProvidersWord() {
    provider.answer(
        201, "{\"SMSMessageData\":{\"Message\":\"InvalidSenderId\",\"Recipients\":[]}}");

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).contains("InvalidSenderId");
  }

  @Test
  void aBadRequest_isRefusedForGood_whileABadKeyIsWorthAnotherAttempt() {
    provider.answer(400, "Request is missing required form field 'to'");
    assertThat(failed(send("Hello")).retryable()).isFalse();

    provider.answer(401, "The supplied authentication is invalid");
    var failure = failed(send("Hello"));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).doesNotContain(KEY);
  }

  @Test
  void anUnreachableProvider_isWorthAnotherAttempt() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    config = config.at(URI.create("http://127.0.0.1:" + closedPort));

    var failure = failed(send("Hello"));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.error()).startsWith("Africa's Talking could not be reached");
  }

  @Test
  void theConfiguration_neverShowsTheKey() {
    assertThat(config.toString()).doesNotContain(KEY).contains("apiKey=(hidden)");
    assertThat(AfricasTalkingConfig.SANDBOX.toString())
        .isEqualTo("https://api.sandbox.africastalking.com");
    assertThat(config.at(URI.create("https://example.com/at/")).messagingUri())
        .isEqualTo(URI.create("https://example.com/at/version1/messaging"));
  }
}

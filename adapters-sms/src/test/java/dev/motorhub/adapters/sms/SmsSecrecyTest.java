package dev.motorhub.adapters.sms;

import static dev.motorhub.adapters.sms.FakeAfricasTalking.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the SMS gateways log (through slf4j-simple to standard error, captured here) never holds the
 * API key, a recipient's whole number or a message's text; the lines are there, masked.
 */
class SmsSecrecyTest {
  private static final String KEY = "atsk_secret_5f1e2d3c4b5a69788796a5b4";
  private static final PhoneNumber OLIVE = new PhoneNumber("+254701036054");
  private static final String TEXT = "Your one-time code is 482913";

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;
  private FakeAfricasTalking provider;

  @BeforeEach
  void captureTheLog() throws IOException {
    original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    provider = new FakeAfricasTalking();
  }

  @AfterEach
  void restore() {
    provider.close();
    System.setErr(original);
  }

  private String log() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void africasTalking_logsFailuresMasked_neverTheKeyTheNumberOrTheText() {
    var gateway =
        new AfricasTalkingSmsGateway(
            AfricasTalkingConfig.live("motorhub", KEY, Optional.empty())
                .at(provider.baseUrl())
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));

    for (var answer :
        new String[][] {
          {"401", "The supplied authentication is invalid"},
          {"500", "Internal Server Error"},
          {"201", recipient(403, "InvalidPhoneNumber", "None", "0")},
          {"201", recipient(101, "Success", "ATXid_ok", "KES 0.8000")}
        }) {
      provider.answer(Integer.parseInt(answer[0]), answer[1]);
      gateway.send(new SmsId(UUID.randomUUID()), OLIVE, TEXT);
    }

    assertThat(log())
        .contains("+254******054 not sent (will retry): Africa's Talking answered HTTP 401")
        .contains("(refused): Africa's Talking: InvalidPhoneNumber (403)")
        .doesNotContain(KEY)
        .doesNotContain(OLIVE.value())
        .doesNotContain(TEXT);
  }

  @Test
  void theLoggingGateway_saysWhatItWouldSend_masked() {
    new LoggingSmsGateway().send(new SmsId(UUID.randomUUID()), OLIVE, TEXT);

    assertThat(log())
        .contains("No SMS gateway is configured")
        .contains("to +254******054 (" + TEXT.length() + " characters) would be sent")
        .doesNotContain(OLIVE.value())
        .doesNotContain(TEXT);
  }
}

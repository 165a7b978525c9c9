package dev.motorhub.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoggingSmsGatewayTest {
  @Test
  void aMessage_isTakenWithoutBeingSent_underALoggedReceipt() {
    var id = new SmsId(UUID.randomUUID());

    var result = new LoggingSmsGateway().send(id, new PhoneNumber("+254701036054"), "Hello");

    assertThat(result).isInstanceOf(SmsSendResult.Accepted.class);
    assertThat(((SmsSendResult.Accepted) result).receipt().messageId()).contains("logged-" + id);
  }

  @Test
  void recipients_areMaskedButForTheirCountryAndLastDigits() {
    assertThat(PhoneMask.mask(new PhoneNumber("+254701036054"))).isEqualTo("+254******054");
    assertThat(PhoneMask.mask(new PhoneNumber("+15551234567"))).isEqualTo("+155*****567");
  }
}

package dev.motorhub.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.accounts.SendPhoneCode;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads phone verification codes where their holders read them: the texts in the SMS outbox. */
public final class TestPhoneCodes {
  private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

  private TestPhoneCodes() {}

  /** The code in the last verification text queued in {@code store} for {@code phone}. */
  public static String lastTextedTo(Store store, String phone) {
    List<SmsMessage> texts =
        store
            .transactions()
            .inTransaction(() -> store.smsOutbox().list(Optional.empty(), PageRequest.first(100)))
            .items()
            .stream()
            .filter(m -> m.to().value().equals(phone))
            .filter(m -> m.subjectType().equals(SendPhoneCode.SUBJECT))
            .toList();
    assertThat(texts).as("verification texts to " + phone).isNotEmpty();
    Matcher found = CODE.matcher(texts.getLast().text());
    assertThat(found.find()).isTrue();
    return found.group(1);
  }
}

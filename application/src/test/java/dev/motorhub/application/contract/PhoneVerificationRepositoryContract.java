package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code PhoneVerificationRepository} keeps: one verification an account, with its code
 * (a digest, times and guesses) or none, and when it was verified; replaced whole, removed, read
 * for many accounts at once, and gone with its account.
 */
public abstract class PhoneVerificationRepositoryContract extends StoreContract {
  private static final PhoneNumber PHONE = new PhoneNumber("+254701036054");
  private User ezra;
  private User dana;

  @BeforeEach
  void accounts() {
    ezra = Fixtures.withPhone(Fixtures.user("ezra"), PHONE.value());
    dana = Fixtures.user("dana");
    runTx(
        () -> {
          store.users().add(ezra);
          store.users().add(dana);
        });
  }

  private PhoneVerification sent(User user, int attempts) {
    return new PhoneVerification(
        user.id(),
        PHONE,
        Optional.of(
            new PhoneVerification.Code("a".repeat(64), Fixtures.at(1), Fixtures.at(11), attempts)),
        Optional.empty());
  }

  @Test
  void anAccountWithoutOne_hasNone() {
    assertThat(inTx(() -> store.phoneVerifications().find(ezra.id()))).isEmpty();
    assertThat(inTx(() -> store.phoneVerifications().lock(ezra.id()))).isEmpty();
  }

  @Test
  void aCodeSent_isReadBackWithEveryField_andAVerificationReplacesIt() {
    PhoneVerification sent = sent(ezra, 2);
    runTx(() -> store.phoneVerifications().put(sent));
    assertThat(inTx(() -> store.phoneVerifications().find(ezra.id()))).contains(sent);
    assertThat(inTx(() -> store.phoneVerifications().lock(ezra.id()))).contains(sent);

    PhoneVerification verified =
        new PhoneVerification(ezra.id(), PHONE, Optional.empty(), Optional.of(Fixtures.at(5)));
    runTx(() -> store.phoneVerifications().put(verified));

    assertThat(inTx(() -> store.phoneVerifications().find(ezra.id()))).contains(verified);
  }

  @Test
  void manyAccounts_areReadAtOnce_onlyThoseThatHaveOne() {
    runTx(() -> store.phoneVerifications().put(sent(ezra, 0)));

    assertThat(inTx(() -> store.phoneVerifications().findByUsers(List.of(ezra.id(), dana.id()))))
        .extracting(PhoneVerification::user)
        .containsExactly(ezra.id());
    assertThat(inTx(() -> store.phoneVerifications().findByUsers(List.of()))).isEmpty();
  }

  @Test
  void aRemovedVerification_isGone_andRemovingNoneChangesNothing() {
    runTx(() -> store.phoneVerifications().put(sent(ezra, 0)));

    runTx(() -> store.phoneVerifications().remove(ezra.id()));
    runTx(() -> store.phoneVerifications().remove(dana.id()));

    assertThat(inTx(() -> store.phoneVerifications().find(ezra.id()))).isEmpty();
  }

  @Test
  void aDeletedAccount_takesItsVerificationWithIt() {
    runTx(() -> store.phoneVerifications().put(sent(ezra, 0)));

    runTx(() -> store.users().delete(ezra.id()));

    assertThat(inTx(() -> store.phoneVerifications().find(ezra.id()))).isEmpty();
  }
}

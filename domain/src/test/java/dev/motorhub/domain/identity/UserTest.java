package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTest {
  private static final Instant LATER = TestUsers.OPENED_AT.plusSeconds(3600);

  @Test
  void aNewAccount_isActiveAtVersionZeroWithoutPlanOrLogin() {
    User user = TestUsers.active(Role.CUSTOMER);
    assertThat(user.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(user.canSignIn()).isTrue();
    assertThat(user.version()).isZero();
    assertThat(user.plan()).isEmpty();
    assertThat(user.lastLoginAt()).isEmpty();
    assertThat(user.createdAt()).isEqualTo(TestUsers.OPENED_AT).isEqualTo(user.updatedAt());
  }

  @ParameterizedTest
  @CsvSource({"ACTIVE, true", "SUSPENDED, false", "DEACTIVATED, false"})
  void onlyAnActiveAccount_signsIn(AccountStatus status, boolean signsIn) {
    User user = TestUsers.active(Role.CUSTOMER).withStatus(status, LATER);
    assertThat(user.status()).isEqualTo(status);
    assertThat(user.canSignIn()).isEqualTo(signsIn);
  }

  @Test
  void withStatus_movesUpdatedAtAndKeepsEverythingElse() {
    User user = TestUsers.active(Role.MECHANIC);
    User suspended = user.withStatus(AccountStatus.SUSPENDED, LATER);
    assertThat(suspended.updatedAt()).isEqualTo(LATER);
    assertThat(suspended.createdAt()).isEqualTo(user.createdAt());
    assertThat(suspended.version()).isEqualTo(user.version());
    assertThat(suspended.details()).isEqualTo(user.details());
    assertThat(suspended.role()).isEqualTo(Role.MECHANIC);
    assertThat(user.status()).as("the original is unchanged").isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void loggedIn_recordsTheLoginWithoutCountingAsAChange() {
    User user = TestUsers.active(Role.CUSTOMER);
    User signedIn = user.loggedIn(LATER);
    assertThat(signedIn.lastLoginAt()).contains(LATER);
    assertThat(signedIn.version()).isEqualTo(user.version());
    assertThat(signedIn.updatedAt()).isEqualTo(user.updatedAt());
  }

  @Test
  void withRoleWithPasswordAndWithPlan_changeOnlyTheirPart() {
    User user = TestUsers.active(Role.CUSTOMER);
    SubscriptionPlan gold =
        new SubscriptionPlan(
            new SubscriptionPlanId(java.util.UUID.randomUUID()),
            "Gold",
            dev.motorhub.domain.shared.Money.of("10.00", "USD"),
            30,
            true,
            LATER,
            LATER);
    PasswordHash newHash = new PasswordHash("pbkdf2_sha256$1$other$hash");

    assertThat(user.withRole(Role.STAFF, LATER).role()).isEqualTo(Role.STAFF);
    assertThat(user.withPassword(newHash, LATER).passwordHash()).isEqualTo(newHash);
    assertThat(user.subscribe(gold, LATER).plan()).contains(gold.id());
    assertThat(user.subscribe(gold, LATER).subscriptionStartedAt()).contains(LATER);
    assertThat(user.subscribe(gold, LATER).subscriptionEndsAt())
        .contains(LATER.plus(java.time.Duration.ofDays(30)));
    assertThat(user.subscribe(gold, LATER).unsubscribe(LATER).plan()).isEmpty();
    assertThat(user.subscribe(gold, LATER).unsubscribe(LATER).subscriptionEndsAt()).isEmpty();
    assertThat(user.subscribe(gold, LATER).unsubscribe(LATER).subscriptionStartedAt()).isEmpty();
    assertThat(user.withPassword(newHash, LATER).details()).isEqualTo(user.details());
  }

  @Test
  void displayName_isTheFullNameOrElseTheUsername() {
    User named = TestUsers.active(Role.CUSTOMER);
    assertThat(named.displayName()).isEqualTo("Wanjiru Otieno");
    UserDetails unnamed = new UserDetails(named.username(), named.email(), named.phone(), " ", "");
    assertThat(named.withDetails(unnamed, LATER).displayName()).isEqualTo(named.username().value());
  }

  @Test
  void aPasswordHash_neverShowsInText() {
    User user = TestUsers.active(Role.CUSTOMER);
    assertThat(user.passwordHash().toString()).doesNotContain("pbkdf2");
    assertThat(user.toString()).doesNotContain("pbkdf2_sha256$1$salt$hash");
  }
}

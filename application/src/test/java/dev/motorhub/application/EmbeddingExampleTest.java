package dev.motorhub.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.accounts.AccountForm;
import dev.motorhub.application.identity.LogIn;
import org.junit.jupiter.api.Test;

/** The README's example of a JVM program that embeds the core, line for line: it must work. */
class EmbeddingExampleTest {

  @Test
  void theReadmeExample_registersLogsInAndReadsTheAccount() {
    Motorhub motorhub = Motorhub.inMemory();
    motorhub
        .accounts()
        .registerAccount()
        .register(
            AccountForm.builder("alice", "alice@example.com", "Vroom-Vroom-2024")
                .names("Alice", "Liddell")
                .phone("+254701036054")
                .job("Engineer")
                .dateOfBirth("1990-05-01")
                .build());
    var signedIn =
        motorhub
            .identity()
            .logIn()
            .logIn(new LogIn.Command("alice", "Vroom-Vroom-2024", "127.0.0.1"));
    var principal =
        motorhub.identity().authenticate().authenticate(signedIn.tokens().accessToken());
    var me = motorhub.accounts().viewAccounts().get(principal, principal.actor().id());

    assertThat(me.user().username().value()).isEqualTo("alice");
    assertThat(me.customer()).isPresent();
  }
}

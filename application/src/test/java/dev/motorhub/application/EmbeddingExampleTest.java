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
        .registerAccount()
        .register(
            new AccountForm(
                "alice",
                "alice@example.com",
                "+254701036054",
                "Alice",
                "Liddell",
                "Vroom-Vroom-2024",
                null,
                "customer",
                "Engineer",
                null,
                "1990-05-01",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    var signedIn =
        motorhub.logIn().logIn(new LogIn.Command("alice", "Vroom-Vroom-2024", "127.0.0.1"));
    var principal = motorhub.authenticate().authenticate(signedIn.tokens().accessToken());
    var me = motorhub.viewAccounts().get(principal, principal.actor().id());

    assertThat(me.user().username().value()).isEqualTo("alice");
    assertThat(me.customer()).isPresent();
  }
}

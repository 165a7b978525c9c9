package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.domain.identity.User;
import org.junit.jupiter.api.Test;

/**
 * What every {@code LinkedIdentityRepository} keeps: a provider account linked to one account at
 * most, the first link kept, and the links of a deleted account gone with it.
 */
public abstract class LinkedIdentityRepositoryContract extends StoreContract {
  private static final ProviderAccount ADA =
      new ProviderAccount("https://accounts.google.com", "1234567890");

  @Test
  void aLinkedProviderAccount_findsItsAccount_andOnlyThatOne() {
    User ada = Fixtures.user("ada");
    runTx(() -> store.users().add(ada));

    assertThat(inTx(() -> store.linkedIdentities().link(ADA, ada.id(), T0))).isTrue();

    assertThat(inTx(() -> store.linkedIdentities().findUser(ADA))).contains(ada.id());
    assertThat(
            inTx(
                () ->
                    store
                        .linkedIdentities()
                        .findUser(new ProviderAccount("https://accounts.google.com", "999"))))
        .isEmpty();
    assertThat(
            inTx(
                () ->
                    store
                        .linkedIdentities()
                        .findUser(new ProviderAccount("https://login.example.org", "1234567890"))))
        .isEmpty();
  }

  @Test
  void aSecondLink_ofTheSameProviderAccount_changesNothing() {
    User ada = Fixtures.user("ada");
    User eve = Fixtures.user("eve");
    runTx(() -> store.users().add(ada));
    runTx(() -> store.users().add(eve));
    runTx(() -> store.linkedIdentities().link(ADA, ada.id(), T0));

    assertThat(inTx(() -> store.linkedIdentities().link(ADA, eve.id(), T0))).isFalse();

    assertThat(inTx(() -> store.linkedIdentities().findUser(ADA))).contains(ada.id());
  }

  @Test
  void deletingTheAccount_deletesItsLinks() {
    User ada = Fixtures.user("ada");
    runTx(() -> store.users().add(ada));
    runTx(() -> store.linkedIdentities().link(ADA, ada.id(), T0));

    runTx(() -> store.users().delete(ada.id()));

    assertThat(inTx(() -> store.linkedIdentities().findUser(ADA))).isEmpty();
  }
}

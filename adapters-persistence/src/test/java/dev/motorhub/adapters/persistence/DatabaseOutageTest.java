package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.application.support.TcpProxy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Unavailable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database that goes away mid-flight: the unit of work fails as {@code Unavailable}, keeps none
 * of its writes, and the store serves again once the database is back.
 */
class DatabaseOutageTest {
  private TcpProxy link;
  private PostgresStore store;
  private final PostgresStore direct = PostgresTestDatabase.emptyStore();

  @BeforeEach
  void connectThroughACuttableLink() {
    URI target = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
    link = TcpProxy.to(target.getHost(), target.getPort());
    store =
        PostgresStore.connect(
            PostgresTestDatabase.url()
                .replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + link.port()),
            2);
  }

  @AfterEach
  void close() {
    store.close();
    link.close();
  }

  @Test
  void aConnectionLostInsideAUnitOfWork_isUnavailable_andKeepsNoneOfItsWrites() {
    User written = Fixtures.user("halfway");

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.users().add(written);
                          link.cut();
                          store.users().add(Fixtures.user("never"));
                        }))
        .isInstanceOf(Unavailable.class)
        .hasMessageContaining("nothing was changed");

    assertThat(direct.transactions().inTransaction(() -> direct.users().findById(written.id())))
        .isEmpty();
  }

  @Test
  void whileTheDatabaseIsDown_everyUnitOfWorkIsUnavailable_andAfterwardsTheStoreServesAgain() {
    link.cut();
    User user = Fixtures.user("patient");

    assertThatThrownBy(() -> store.transactions().run(() -> store.users().add(user)))
        .isInstanceOf(Unavailable.class)
        .satisfies(e -> assertThat(((Unavailable) e).retryAfter()).isPositive());
    assertThatThrownBy(store::ping).isInstanceOf(Unavailable.class);

    link.restore();
    awaitUp();
    store.transactions().run(() -> store.users().add(user));
    assertThat(direct.transactions().inTransaction(() -> direct.users().findById(user.id())))
        .isPresent();
  }

  @Test
  void aDatabaseDownAtStart_failsConnectAsUnavailable_namingTheCause() {
    // Port 1 is privileged: nothing listens there, and no client is ever given it as its own.
    String nowhere = "jdbc:postgresql://127.0.0.1:1/motorhub?user=motorhub";

    assertThatThrownBy(() -> PostgresStore.connect(nowhere, 1))
        .isInstanceOf(Unavailable.class)
        .hasMessageMatching("Cannot reach the database: \\S.*");
    assertThatThrownBy(() -> PostgresStore.migrate(nowhere)).isInstanceOf(Unavailable.class);
  }

  /** The pool replaces its dead connections within a few seconds of the link coming back. */
  private void awaitUp() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      try {
        store.ping();
        return;
      } catch (Unavailable stillDown) {
        if (Instant.now().isAfter(deadline)) {
          throw stillDown;
        }
      }
    }
  }
}

package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class PostgresStoreTest {
  private static final String SECRET = "Sekr1t-Value";
  private static final String UNREACHABLE =
      "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=" + SECRET;

  @Test
  void migrating_anUpToDateDatabaseAgain_changesNothing() {
    PostgresTestDatabase.emptyStore();
    int applied = appliedMigrations();

    PostgresStore.migrate(PostgresTestDatabase.url());
    try (PostgresStore store = PostgresStore.connect(PostgresTestDatabase.url(), 1)) {
      store.migrate();
    }

    assertThat(appliedMigrations()).isEqualTo(applied).isPositive();
  }

  @Test
  void ping_answers_whileTheStoreIsOpen() {
    PostgresStore store = PostgresTestDatabase.emptyStore();

    assertThatCode(store::ping).doesNotThrowAnyException();
    assertThat(store.kind()).isEqualTo("postgresql");
  }

  @Test
  void itsConnections_runWithoutPostgresJit() {
    JdbiTransactions tx = (JdbiTransactions) PostgresTestDatabase.emptyStore().transactions();

    String jit =
        tx.inTransaction(
            () -> tx.withHandle(h -> h.createQuery("show jit").mapTo(String.class).one()));

    assertThat(jit).isEqualTo("off");
  }

  @Test
  void ping_throws_onceTheStoreIsClosed() {
    PostgresStore store = PostgresStore.connect(PostgresTestDatabase.url(), 1);
    store.close();

    assertThatThrownBy(store::ping).isInstanceOf(RuntimeException.class);
  }

  @Test
  void anUnreachableDatabase_failsConnectAndMigrate_withoutShowingThePassword() {
    assertFailsKeepingTheSecret(() -> PostgresStore.connect(UNREACHABLE, 1));
    assertFailsKeepingTheSecret(() -> PostgresStore.migrate(UNREACHABLE));
  }

  @Test
  void aUrlOfAnotherDatabase_isRefused_withoutShowingIt() {
    assertThatThrownBy(() -> PostgresStore.connect("jdbc:mysql://db/app?password=" + SECRET, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertFailsKeepingTheSecret(
        () -> PostgresStore.connect("jdbc:mysql://db/app?password=" + SECRET, 1));
  }

  private static void assertFailsKeepingTheSecret(ThrowingCallable call) {
    Throwable failure = catchThrowable(call);
    assertThat(failure).isNotNull();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(SECRET);
    }
  }

  private static int appliedMigrations() {
    return Jdbi.create(PostgresTestDatabase.url())
        .withHandle(
            h ->
                h.createQuery("select count(*) from flyway_schema_history where success")
                    .mapTo(Integer.class)
                    .one());
  }
}

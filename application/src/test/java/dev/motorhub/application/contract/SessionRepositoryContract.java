package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.SessionPrincipal;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.User;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code SessionRepository} keeps of sessions: their accounts, their revocation. Its
 * refresh tokens are {@link RefreshTokenContract}'s.
 */
public abstract class SessionRepositoryContract extends StoreContract {
  private User user;
  private Session session;

  @BeforeEach
  void aSignedInAccount() {
    user = Fixtures.user("alice").withRole(Role.MECHANIC, T0);
    session = Fixtures.session(user.id());
    runTx(
        () -> {
          store.users().add(user);
          store.sessions().add(session, Fixtures.token(session.id(), T0));
        });
  }

  @Test
  void findPrincipal_isTheSessionWithItsAccountsRoleAndStatus() {
    assertThat(inTx(() -> store.sessions().findPrincipal(session.id())))
        .contains(new SessionPrincipal(session, Role.MECHANIC, AccountStatus.ACTIVE));
  }

  @Test
  void findPrincipal_followsChangesOfTheAccount() {
    runTx(
        () ->
            store
                .users()
                .update(
                    user.withRole(Role.STAFF, at(1)).withStatus(AccountStatus.SUSPENDED, at(1))));

    assertThat(inTx(() -> store.sessions().findPrincipal(session.id())))
        .contains(new SessionPrincipal(session, Role.STAFF, AccountStatus.SUSPENDED));
  }

  @Test
  void findPrincipal_ofAnUnknownSession_isEmpty() {
    assertThat(inTx(() -> store.sessions().findPrincipal(new SessionId(Fixtures.nextId()))))
        .isEmpty();
  }

  @Test
  void revoke_endsTheSessionAtTheFirstRevocation() {
    runTx(() -> store.sessions().revoke(session.id(), at(3)));
    runTx(() -> store.sessions().revoke(session.id(), at(4)));

    assertThat(inTx(() -> store.sessions().findPrincipal(session.id())))
        .map(SessionPrincipal::session)
        .map(Session::revokedAt)
        .contains(Optional.of(at(3)));
  }

  @Test
  void revokeAllOf_endsEverySessionOfThatAccountOnly() {
    Session second = Fixtures.session(user.id());
    User other = Fixtures.user("bob");
    Session othersSession = Fixtures.session(other.id());
    runTx(
        () -> {
          store.sessions().add(second, Fixtures.token(second.id(), T0));
          store.users().add(other);
          store.sessions().add(othersSession, Fixtures.token(othersSession.id(), T0));
        });

    runTx(() -> store.sessions().revokeAllOf(user.id(), at(2)));

    assertThat(revokedAt(session)).contains(at(2));
    assertThat(revokedAt(second)).contains(at(2));
    assertThat(revokedAt(othersSession)).isEmpty();
  }

  private Optional<Instant> revokedAt(Session of) {
    return inTx(() -> store.sessions().findPrincipal(of.id())).orElseThrow().session().revokedAt();
  }
}

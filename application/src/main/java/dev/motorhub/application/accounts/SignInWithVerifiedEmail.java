package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.BrowserSession;
import dev.motorhub.application.identity.LinkedIdentityRepository;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone signs in through an identity provider (Google, over OpenID Connect) that vouches for
 * their email address; the adapter that spoke to the provider has checked that it did. The account
 * their provider account was linked to is theirs; at the first sign-in, the account with that email
 * is, and is linked; when there is none, a customer account with its profile is opened, as
 * registration opens one, under a username made from the email ({@link UsernameFromEmail}) and a
 * random password nobody knows, and linked. The link keeps holding when either email changes. An
 * account that is not active is refused as a login refuses it. Either way a browser session starts.
 */
public final class SignInWithVerifiedEmail {
  /**
   * The provider account, its verified email and the names the provider gives, taken as far as they
   * fit.
   */
  public record Command(ProviderAccount account, String email, String firstName, String lastName) {
    public Command {
      Objects.requireNonNull(account, "account");
      new Email(email); // refused on "email" when it is not an address the platform keeps
      firstName = ProviderNames.clean(firstName);
      lastName = ProviderNames.clean(lastName);
    }
  }

  /** The account signed in, whether it was opened now, and the browser's new session. */
  public record Outcome(User user, boolean created, BrowserSession session) {}

  private static final int ATTEMPTS = 3;

  private final Transactions tx;
  private final UserRepository users;
  private final LinkedIdentityRepository links;
  private final AccountOpener opener;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final SessionStarter sessions;
  private final TokenGenerator secrets;
  private final Clock clock;

  /** Everything the use case is made of. */
  public record Parts(
      Transactions tx,
      UserRepository users,
      LinkedIdentityRepository links,
      AccountOpener opener,
      PasswordHasher hasher,
      PasswordPolicy policy,
      SessionStarter sessions,
      TokenGenerator secrets,
      Clock clock) {}

  public SignInWithVerifiedEmail(Parts parts) {
    this.tx = parts.tx();
    this.users = parts.users();
    this.links = parts.links();
    this.opener = parts.opener();
    this.hasher = parts.hasher();
    this.policy = parts.policy();
    this.sessions = parts.sessions();
    this.secrets = parts.secrets();
    this.clock = parts.clock();
  }

  public Outcome signIn(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    Optional<Outcome> known = tx.inTransaction(() -> known(command.account(), email, now));
    if (known.isPresent()) {
      return known.get();
    }
    String password = secrets.next();
    var hash = hasher.hash(password); // slow: outside the transaction
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.inTransaction(() -> openOrLink(command, email, password, hash, now));
      } catch (Conflict taken) {
        // Another sign-in took the username or opened this very account meanwhile: look again.
        if (attempt == ATTEMPTS) {
          throw taken;
        }
      }
    }
  }

  private Outcome openOrLink(
      Command command, Email email, String password, PasswordHash hash, Instant now) {
    Optional<Outcome> raced = known(command.account(), email, now);
    if (raced.isPresent()) {
      return raced.get();
    }
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    String username = new UsernameFromEmail(users, secrets).free(email);
    AccountForm.Valid valid =
        AccountForm.builder(username, email.value(), password)
            .names(command.firstName(), command.lastName())
            .build()
            .validate(policy, Role.CUSTOMER, today);
    User user = opener.open(valid, hash, now, today).user();
    links.link(command.account(), user.id(), now);
    users.recordLogin(user.id(), now);
    return new Outcome(user.loggedIn(now), true, sessions.startInBrowser(user, now));
  }

  /**
   * The account the provider account is linked to or, failing that, the one with its email, linked
   * now; signed in.
   */
  private Optional<Outcome> known(ProviderAccount account, Email email, Instant now) {
    Optional<User> linked = links.findUser(account).flatMap(users::findById);
    if (linked.isPresent()) {
      return Optional.of(start(linked.get(), now));
    }
    return users
        .findByEmail(email)
        .map(
            user -> {
              links.link(account, user.id(), now);
              return start(user, now);
            });
  }

  private Outcome start(User user, Instant now) {
    if (!user.canSignIn()) {
      throw new Forbidden("This account is " + user.status().wire() + ". Please contact support.");
    }
    users.recordLogin(user.id(), now);
    return new Outcome(user.loggedIn(now), false, sessions.startInBrowser(user, now));
  }
}

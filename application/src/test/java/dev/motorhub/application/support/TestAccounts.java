package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SignedIn;
import dev.motorhub.application.identity.Tokens;
import dev.motorhub.domain.identity.UserId;

/** Puts accounts into a core and signs them in, as the use cases themselves do it. */
public final class TestAccounts {
  /** The password of every fixture account: long, uncommon, unlike any fixture's names. */
  public static final String PASSWORD = "Gearbox-Lantern-58";

  /** A second good password, for changes. */
  public static final String NEW_PASSWORD = "Radiator-Compass-93";

  /** The client address fixture logins come from. */
  public static final String ADDRESS = "198.51.100.10";

  public static final String SUPERUSER = "root";

  private TestAccounts() {}

  /** Registers a customer with the default form for {@code username}. */
  public static Registered register(Motorhub motorhub, String username) {
    return motorhub.accounts().registerAccount().register(TestForms.customer(username).build());
  }

  /** Registers a mechanic with the default mechanic form for {@code username}. */
  public static Registered registerMechanic(Motorhub motorhub, String username) {
    return motorhub.accounts().registerAccount().register(TestForms.mechanic(username).build());
  }

  /** Signs {@code username} in with the fixture password from the fixture address. */
  public static SignedIn logIn(Motorhub motorhub, String username) {
    return logIn(motorhub, username, PASSWORD);
  }

  public static SignedIn logIn(Motorhub motorhub, String username, String password) {
    return motorhub.identity().logIn().logIn(new LogIn.Command(username, password, ADDRESS));
  }

  /** The caller that {@code tokens} stand for. */
  public static Principal principal(Motorhub motorhub, Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  /** The freshly registered holder, signed in with the session registration started. */
  public static Principal principal(Motorhub motorhub, Registered registered) {
    return principal(motorhub, registered.tokens());
  }

  /** The platform's superuser ({@value #SUPERUSER}), created on first use, signed in. */
  public static Principal superuser(Motorhub motorhub) {
    motorhub.accounts().ensureSuperuser().ensure(SUPERUSER, "root@motorhub.test", PASSWORD);
    return principal(motorhub, logIn(motorhub, SUPERUSER).tokens());
  }

  /** A staff account opened by the superuser, signed in. */
  public static Principal staff(Motorhub motorhub, String username) {
    motorhub
        .accounts()
        .createAccount()
        .create(
            new CreateAccount.Command(
                superuser(motorhub), TestForms.customer(username).role("staff").build()));
    return principal(motorhub, logIn(motorhub, username).tokens());
  }

  /** Staff ({@code stella}) set the account's status: {@code suspended}, {@code deactivated}… */
  public static void setStatus(Motorhub motorhub, UserId account, String status) {
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                staff(motorhub, "stella"), account, AccountChanges.status(status)));
  }
}

package dev.motorhub.application;

import dev.motorhub.application.identity.AccessTokens;
import dev.motorhub.application.identity.Authenticate;
import dev.motorhub.application.identity.AuthenticateBrowser;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.DeleteSubscriptionPlan;
import dev.motorhub.application.identity.EndBrowserSession;
import dev.motorhub.application.identity.ListSubscriptionPlans;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.LogOut;
import dev.motorhub.application.identity.ObtainBrowserToken;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.identity.SetPassword;
import dev.motorhub.application.identity.UpdateSubscriptionPlan;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of identity and access, wired over one {@link Store}: signing in and out, sessions
 * and their tokens, passwords, and the subscription plans an account may hold. {@link Motorhub}
 * hands it out as {@link Motorhub#identity()}.
 */
public final class Identity {
  private final LogIn logIn;
  private final RefreshSession refreshSession;
  private final LogOut logOut;
  private final Authenticate authenticate;
  private final AuthenticateBrowser authenticateBrowser;
  private final ObtainBrowserToken obtainBrowserToken;
  private final EndBrowserSession endBrowserSession;
  private final ChangePassword changePassword;
  private final SetPassword setPassword;
  private final CreateSubscriptionPlan createSubscriptionPlan;
  private final UpdateSubscriptionPlan updateSubscriptionPlan;
  private final DeleteSubscriptionPlan deleteSubscriptionPlan;
  private final ListSubscriptionPlans listSubscriptionPlans;

  /** What identity's use cases are made of. */
  record Wiring(
      Store store,
      SessionStarter starter,
      AccessTokens accessTokens,
      PasswordHasher hasher,
      PasswordPolicy passwords,
      AccessPolicy access,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Identity(Wiring w) {
    var tx = w.store().transactions();
    var users = w.store().users();
    var sessions = w.store().sessions();
    var plans = w.store().plans();
    logIn = new LogIn(tx, users, w.store().loginAttempts(), w.hasher(), w.starter(), w.clock());
    refreshSession =
        new RefreshSession(tx, sessions, w.starter(), w.settings().refreshGrace(), w.clock());
    logOut = new LogOut(tx, sessions, w.clock());
    authenticate = new Authenticate(tx, w.accessTokens(), sessions, w.clock());
    authenticateBrowser = new AuthenticateBrowser(tx, sessions, w.clock());
    obtainBrowserToken = new ObtainBrowserToken(authenticateBrowser, w.starter(), w.clock());
    endBrowserSession = new EndBrowserSession(tx, sessions, w.clock());
    changePassword = new ChangePassword(tx, users, sessions, w.hasher(), w.passwords(), w.clock());
    setPassword =
        new SetPassword(tx, users, sessions, w.hasher(), w.passwords(), w.access(), w.clock());
    createSubscriptionPlan =
        new CreateSubscriptionPlan(tx, plans, w.access(), w.ids(), w.settings(), w.clock());
    updateSubscriptionPlan =
        new UpdateSubscriptionPlan(tx, plans, w.access(), w.settings(), w.clock());
    deleteSubscriptionPlan = new DeleteSubscriptionPlan(tx, plans, w.access());
    listSubscriptionPlans = new ListSubscriptionPlans(tx, plans, w.access());
  }

  public LogIn logIn() {
    return logIn;
  }

  public RefreshSession refreshSession() {
    return refreshSession;
  }

  public LogOut logOut() {
    return logOut;
  }

  public Authenticate authenticate() {
    return authenticate;
  }

  /** The caller a browser's session cookie stands for. */
  public AuthenticateBrowser authenticateBrowser() {
    return authenticateBrowser;
  }

  public ObtainBrowserToken obtainBrowserToken() {
    return obtainBrowserToken;
  }

  public EndBrowserSession endBrowserSession() {
    return endBrowserSession;
  }

  public ChangePassword changePassword() {
    return changePassword;
  }

  public SetPassword setPassword() {
    return setPassword;
  }

  public CreateSubscriptionPlan createSubscriptionPlan() {
    return createSubscriptionPlan;
  }

  public UpdateSubscriptionPlan updateSubscriptionPlan() {
    return updateSubscriptionPlan;
  }

  public DeleteSubscriptionPlan deleteSubscriptionPlan() {
    return deleteSubscriptionPlan;
  }

  public ListSubscriptionPlans listSubscriptionPlans() {
    return listSubscriptionPlans;
  }
}

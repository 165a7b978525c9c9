package dev.motorhub.application;

import dev.motorhub.application.accounts.AccountOpener;
import dev.motorhub.application.accounts.AccountReader;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.EnsureSuperuser;
import dev.motorhub.application.accounts.RegisterAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.accounts.ViewAccounts;
import dev.motorhub.application.billing.CardOnFilePaymentGateway;
import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.customers.CardFingerprinter;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.customers.ViewCustomers;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.AccessTokens;
import dev.motorhub.application.identity.Authenticate;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.DeleteSubscriptionPlan;
import dev.motorhub.application.identity.ListSubscriptionPlans;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.LogOut;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.identity.SetPassword;
import dev.motorhub.application.identity.UpdateSubscriptionPlan;
import dev.motorhub.application.memory.InMemoryAccessTokens;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.ReadAllNotifications;
import dev.motorhub.application.notifications.ReadNotification;
import dev.motorhub.application.notifications.ViewNotifications;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.application.shared.UuidV7Generator;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The platform's core, wired: every use case over one {@link Store} and the outbound adapters
 * chosen in the {@link Builder}. An embedding application builds one, with {@link #inMemory()} or
 * its own adapters, and calls the use cases directly.
 */
public final class Motorhub {
  private final Store store;
  private final CoreSettings settings;
  private final RegisterAccount registerAccount;
  private final CreateAccount createAccount;
  private final ViewAccounts viewAccounts;
  private final UpdateAccount updateAccount;
  private final DeleteAccount deleteAccount;
  private final EnsureSuperuser ensureSuperuser;
  private final LogIn logIn;
  private final RefreshSession refreshSession;
  private final LogOut logOut;
  private final Authenticate authenticate;
  private final ChangePassword changePassword;
  private final SetPassword setPassword;
  private final CreateSubscriptionPlan createSubscriptionPlan;
  private final UpdateSubscriptionPlan updateSubscriptionPlan;
  private final DeleteSubscriptionPlan deleteSubscriptionPlan;
  private final ListSubscriptionPlans listSubscriptionPlans;
  private final ViewCustomers viewCustomers;
  private final UpdateCustomer updateCustomer;
  private final DeleteCustomer deleteCustomer;
  private final CustomerRecords customerRecords;
  private final Garage garage;
  private final Marketplace marketplace;
  private final Billing billing;
  private final ViewNotifications viewNotifications;
  private final ReadNotification readNotification;
  private final ReadAllNotifications readAllNotifications;

  private Motorhub(Builder b) {
    store = b.store;
    settings = b.settings;
    Transactions tx = store.transactions();
    var users = store.users();
    var sessions = store.sessions();
    var customers = store.customers();
    var mechanics = store.mechanics();
    var plans = store.plans();
    var vehicles = store.vehicles();
    var ownerImages = new OwnerImages(vehicles, b.images);
    var starter = new SessionStarter(sessions, b.accessTokens, b.tokenGenerator, b.ids, b.settings);
    var opener = new AccountOpener(users, customers, mechanics, b.ids);
    var reader = new AccountReader(customers, mechanics);
    registerAccount =
        new RegisterAccount(tx, opener, b.passwordHasher, b.passwordPolicy, starter, b.clock);
    createAccount =
        new CreateAccount(tx, opener, b.passwordHasher, b.passwordPolicy, b.accessPolicy, b.clock);
    viewAccounts = new ViewAccounts(tx, users, reader, b.accessPolicy);
    updateAccount =
        new UpdateAccount(tx, users, customers, sessions, plans, reader, b.accessPolicy, b.clock);
    deleteAccount = new DeleteAccount(tx, users, customers, mechanics, ownerImages, b.accessPolicy);
    ensureSuperuser =
        new EnsureSuperuser(tx, users, opener, b.passwordHasher, b.passwordPolicy, b.clock);
    logIn = new LogIn(tx, users, store.loginAttempts(), b.passwordHasher, starter, b.clock);
    refreshSession = new RefreshSession(tx, sessions, starter, b.settings.refreshGrace(), b.clock);
    logOut = new LogOut(tx, sessions, b.clock);
    authenticate = new Authenticate(tx, b.accessTokens, sessions, b.clock);
    changePassword =
        new ChangePassword(tx, users, sessions, b.passwordHasher, b.passwordPolicy, b.clock);
    setPassword =
        new SetPassword(
            tx, users, sessions, b.passwordHasher, b.passwordPolicy, b.accessPolicy, b.clock);
    createSubscriptionPlan =
        new CreateSubscriptionPlan(tx, plans, b.accessPolicy, b.ids, b.settings, b.clock);
    updateSubscriptionPlan =
        new UpdateSubscriptionPlan(tx, plans, b.accessPolicy, b.settings, b.clock);
    deleteSubscriptionPlan = new DeleteSubscriptionPlan(tx, plans, b.accessPolicy);
    listSubscriptionPlans = new ListSubscriptionPlans(tx, plans, b.accessPolicy);
    viewCustomers = new ViewCustomers(tx, customers, users, b.accessPolicy, b.clock);
    updateCustomer = new UpdateCustomer(tx, customers, users, b.accessPolicy, b.clock);
    deleteCustomer = new DeleteCustomer(tx, customers, users, ownerImages, b.accessPolicy);
    customerRecords =
        new CustomerRecords(
            new CustomerRecords.Wiring(
                store,
                opener,
                b.passwordHasher,
                b.passwordPolicy,
                b.customerRecordsPolicy,
                b.cardFingerprinter,
                b.ids,
                b.clock));
    garage =
        new Garage(new Garage.Wiring(store, b.images, b.garagePolicy, b.ids, b.settings, b.clock));
    var notifier = new Notifier(store.notifications(), b.ids, b.clock);
    var issuer =
        new InvoiceIssuer(
            store.invoices(), store.invoiceNumbers(), notifier, b.ids, b.settings, b.clock);
    marketplace =
        new Marketplace(
            new Marketplace.Wiring(
                store,
                b.marketplacePolicy,
                b.garagePolicy,
                b.invoicingPolicy,
                issuer,
                notifier,
                b.ids,
                b.settings,
                b.clock));
    billing =
        new Billing(
            new Billing.Wiring(
                store, b.paymentGateway, b.billingPolicy, b.ids, b.settings, b.clock));
    viewNotifications = new ViewNotifications(tx, store.notifications());
    readNotification = new ReadNotification(tx, store.notifications(), b.clock);
    readAllNotifications = new ReadAllNotifications(tx, store.notifications(), b.clock);
  }

  /** A complete platform in memory with the default adapters: nothing to configure. */
  public static Motorhub inMemory() {
    return builder(new InMemoryStore()).build();
  }

  /** Starts wiring a platform over {@code store}; every other adapter has a JDK-only default. */
  public static Builder builder(Store store) {
    return new Builder(store);
  }

  public Store store() {
    return store;
  }

  /** The rules this platform was built with (currency, token lifetimes, image size, …). */
  public CoreSettings settings() {
    return settings;
  }

  public RegisterAccount registerAccount() {
    return registerAccount;
  }

  public CreateAccount createAccount() {
    return createAccount;
  }

  public ViewAccounts viewAccounts() {
    return viewAccounts;
  }

  public UpdateAccount updateAccount() {
    return updateAccount;
  }

  public DeleteAccount deleteAccount() {
    return deleteAccount;
  }

  public EnsureSuperuser ensureSuperuser() {
    return ensureSuperuser;
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

  public ViewCustomers viewCustomers() {
    return viewCustomers;
  }

  public UpdateCustomer updateCustomer() {
    return updateCustomer;
  }

  public DeleteCustomer deleteCustomer() {
    return deleteCustomer;
  }

  /** Payment cards, sales leads and contacts. */
  public CustomerRecords customerRecords() {
    return customerRecords;
  }

  /** Customers' vehicles and their images. */
  public Garage garage() {
    return garage;
  }

  /** Services, trades and proposals. */
  public Marketplace marketplace() {
    return marketplace;
  }

  /** Invoices and payments. */
  public Billing billing() {
    return billing;
  }

  public ViewNotifications viewNotifications() {
    return viewNotifications;
  }

  public ReadNotification readNotification() {
    return readNotification;
  }

  public ReadAllNotifications readAllNotifications() {
    return readAllNotifications;
  }

  /** Chooses the adapters, the clock, the id generator and the rules of a {@link Motorhub}. */
  public static final class Builder {
    private final Store store;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids;
    private TokenGenerator tokenGenerator = new SecureTokenGenerator();
    private PasswordHasher passwordHasher;
    private AccessTokens accessTokens;
    private CoreSettings settings = CoreSettings.defaults();
    private PasswordPolicy passwordPolicy;
    private AccessPolicy accessPolicy = new AccessPolicy();
    private CustomerRecordsPolicy customerRecordsPolicy = new CustomerRecordsPolicy();
    private CardFingerprinter cardFingerprinter;
    private GaragePolicy garagePolicy = new GaragePolicy();
    private ImageStore images;
    private MarketplacePolicy marketplacePolicy = new MarketplacePolicy();
    private InvoicingPolicy invoicingPolicy = new InvoicingPolicy();
    private BillingPolicy billingPolicy = new BillingPolicy();
    private PaymentGateway paymentGateway = new CardOnFilePaymentGateway();

    private Builder(Store store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids);
      return this;
    }

    public Builder tokenGenerator(TokenGenerator tokenGenerator) {
      this.tokenGenerator = Objects.requireNonNull(tokenGenerator);
      return this;
    }

    public Builder passwordHasher(PasswordHasher passwordHasher) {
      this.passwordHasher = Objects.requireNonNull(passwordHasher);
      return this;
    }

    public Builder accessTokens(AccessTokens accessTokens) {
      this.accessTokens = Objects.requireNonNull(accessTokens);
      return this;
    }

    public Builder settings(CoreSettings settings) {
      this.settings = Objects.requireNonNull(settings);
      return this;
    }

    public Builder passwordPolicy(PasswordPolicy passwordPolicy) {
      this.passwordPolicy = Objects.requireNonNull(passwordPolicy);
      return this;
    }

    public Builder accessPolicy(AccessPolicy accessPolicy) {
      this.accessPolicy = Objects.requireNonNull(accessPolicy);
      return this;
    }

    public Builder customerRecordsPolicy(CustomerRecordsPolicy customerRecordsPolicy) {
      this.customerRecordsPolicy = Objects.requireNonNull(customerRecordsPolicy);
      return this;
    }

    /**
     * The secret key (at least 32 bytes) of the fingerprints that tell a payment card already on
     * file; it must not change while cards are stored. Without one, a random key serves this
     * process only.
     */
    public Builder cardFingerprintKey(byte[] key) {
      this.cardFingerprinter = new CardFingerprinter(key);
      return this;
    }

    public Builder garagePolicy(GaragePolicy garagePolicy) {
      this.garagePolicy = Objects.requireNonNull(garagePolicy);
      return this;
    }

    /** Where vehicle images are kept; in memory unless chosen. */
    public Builder images(ImageStore images) {
      this.images = Objects.requireNonNull(images);
      return this;
    }

    public Builder marketplacePolicy(MarketplacePolicy marketplacePolicy) {
      this.marketplacePolicy = Objects.requireNonNull(marketplacePolicy);
      return this;
    }

    public Builder invoicingPolicy(InvoicingPolicy invoicingPolicy) {
      this.invoicingPolicy = Objects.requireNonNull(invoicingPolicy);
      return this;
    }

    public Builder billingPolicy(BillingPolicy billingPolicy) {
      this.billingPolicy = Objects.requireNonNull(billingPolicy);
      return this;
    }

    /**
     * The adapter to a payment provider. Without one, payments are recorded against the card on
     * file and no money moves ({@link CardOnFilePaymentGateway}).
     */
    public Builder paymentGateway(PaymentGateway paymentGateway) {
      this.paymentGateway = Objects.requireNonNull(paymentGateway);
      return this;
    }

    public Motorhub build() {
      // Microseconds at most, as PostgreSQL keeps them: an answer's times are those of later reads.
      clock = Clock.tick(clock, Duration.ofNanos(1_000));
      if (ids == null) {
        ids = new UuidV7Generator(clock, new SecureRandom());
      }
      if (passwordHasher == null) {
        passwordHasher = new Pbkdf2PasswordHasher(600_000);
      }
      if (accessTokens == null) {
        accessTokens = new InMemoryAccessTokens(tokenGenerator);
      }
      if (passwordPolicy == null) {
        passwordPolicy = PasswordPolicy.standard();
      }
      if (cardFingerprinter == null) {
        cardFingerprinter = CardFingerprinter.withRandomKey();
      }
      if (images == null) {
        images = new InMemoryImageStore(tokenGenerator);
      }
      return new Motorhub(this);
    }
  }
}

package dev.motorhub.application;

import dev.motorhub.application.accounts.AccountOpener;
import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.matching.CatalogueCheck;
import dev.motorhub.application.matching.InterestNotices;
import dev.motorhub.application.matching.InterestsOfEndedTrades;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.CoreSettings;

/**
 * The platform's core, wired: every context's use cases over one {@link Store} and the outbound
 * adapters chosen in the {@link MotorhubBuilder}, one group a context, each reached the same way
 * ({@code motorhub.marketplace().acceptProposal()}). An embedding application builds one, with
 * {@link #inMemory()} or its own adapters, and calls the use cases directly.
 */
public final class Motorhub {
  private final Store store;
  private final CoreSettings settings;
  private final Identity identity;
  private final Accounts accounts;
  private final Customers customers;
  private final Garage garage;
  private final Marketplace marketplace;
  private final Billing billing;
  private final CarCare carCare;
  private final Notifications notifications;
  private final Sweeps sweeps;
  private final Orders orders;
  private final Interests interests;
  private final Matching matching;

  Motorhub(MotorhubBuilder b) {
    store = b.store;
    settings = b.settings;
    var ownerImages = new OwnerImages(store.vehicles(), b.images);
    var starter =
        new SessionStarter(store.sessions(), b.accessTokens, b.tokenGenerator, b.ids, b.settings);
    var opener =
        new AccountOpener(
            store.users(), store.customers(), store.mechanics(), store.serviceKinds(), b.ids);
    identity =
        new Identity(
            new Identity.Wiring(
                store,
                starter,
                b.accessTokens,
                b.passwordHasher,
                b.passwordPolicy,
                b.accessPolicy,
                b.ids,
                b.settings,
                b.clock));
    accounts =
        new Accounts(
            new Accounts.Wiring(
                store,
                opener,
                starter,
                ownerImages,
                b.passwordHasher,
                b.passwordPolicy,
                b.accessPolicy,
                b.tokenGenerator,
                new Texter(store.smsOutbox(), b.ids, b.clock),
                b.phoneVerificationPolicy,
                b.clock));
    customers =
        new Customers(
            new Customers.Wiring(
                store,
                opener,
                ownerImages,
                b.passwordHasher,
                b.passwordPolicy,
                b.accessPolicy,
                b.customerRecordsPolicy,
                b.cardFingerprinter,
                b.ids,
                b.clock));
    garage =
        new Garage(
            new Garage.Wiring(
                store,
                b.images,
                b.garagePolicy,
                b.ids,
                b.settings,
                b.clock,
                new CatalogueCheck(store.catalogue())));
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
                new InterestsOfEndedTrades(store.interests(), new InterestNotices(notifier)),
                b.ids,
                b.settings,
                b.clock));
    billing =
        new Billing(
            new Billing.Wiring(
                store,
                b.paymentGateway,
                b.paymentSettings,
                notifier,
                b.billingPolicy,
                b.ids,
                b.settings,
                b.clock));
    carCare =
        CarCareWiring.wire(
            new CarCareWiring.Wiring(
                store,
                b.carCarePolicy,
                b.mechanicAssignmentPolicy,
                b.workStatusPolicy,
                issuer,
                notifier,
                b.ids,
                b.settings,
                b.clock));
    notifications =
        new Notifications(
            new Notifications.Wiring(store, b.smsGateway, b.smsDispatch, b.ids, b.clock));
    orders =
        new Orders(
            new Orders.Wiring(
                store,
                b.ordersPolicy,
                b.customerRecordsPolicy,
                notifications.texter(),
                b.ids,
                b.settings,
                b.clock));
    interests =
        new Interests(
            new Interests.Wiring(
                store, b.planLimits, b.buyerEligibility, notifier, b.ids, b.clock));
    matching =
        new Matching(
            new Matching.Wiring(
                store,
                b.matchingPolicy,
                b.matchScoring,
                b.planLimits,
                b.buyerEligibility,
                notifier,
                b.ids,
                b.settings,
                b.clock));
    sweeps = new Sweeps(store, notifier, notifications, billing, matching, b.clock);
  }

  /** A complete platform in memory with the default adapters: nothing to configure. */
  public static Motorhub inMemory() {
    return builder(new InMemoryStore()).build();
  }

  /** Starts wiring a platform over {@code store}; every other adapter has a JDK-only default. */
  public static MotorhubBuilder builder(Store store) {
    return new MotorhubBuilder(store);
  }

  public Store store() {
    return store;
  }

  /** The rules this platform was built with (currency, token lifetimes, image size, …). */
  public CoreSettings settings() {
    return settings;
  }

  /** Signing in and out, sessions, passwords and subscription plans. */
  public Identity identity() {
    return identity;
  }

  /** Accounts with their customer or mechanic profiles. */
  public Accounts accounts() {
    return accounts;
  }

  /** Customers' profiles, payment cards, sales leads and contacts. */
  public Customers customers() {
    return customers;
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

  /** The workshop: mechanics, attendance, service requests, their invoices and feedback. */
  public CarCare carCare() {
    return carCare;
  }

  /** Orders, each texted to its customer when placed. */
  public Orders orders() {
    return orders;
  }

  /** Interests in trades, the conversations of mutual matches, and blocks. */
  public Interests interests() {
    return interests;
  }

  /** The catalogue of allowed values, buyers' saved searches and their matches. */
  public Matching matching() {
    return matching;
  }

  /** In-app notifications and the SMS outbox. */
  public Notifications notifications() {
    return notifications;
  }

  /**
   * The periodic sweeps: expiring proposals, reminding of invoices and subscriptions, settling
   * payments left pending.
   */
  public Sweeps sweeps() {
    return sweeps;
  }
}

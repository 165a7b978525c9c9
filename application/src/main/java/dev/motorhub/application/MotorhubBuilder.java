package dev.motorhub.application;

import dev.motorhub.application.billing.CardOnFilePaymentGateway;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.customers.CardFingerprinter;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.identity.AccessTokens;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.memory.InMemoryAccessTokens;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.memory.InMemorySmsGateway;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.notifications.SmsDispatchSettings;
import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.application.shared.UuidV7Generator;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicAssignmentPolicy;
import dev.motorhub.domain.carcare.WorkStatusPolicy;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.PhoneVerificationPolicy;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.matching.BuyerEligibility;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.PlanLimits;
import dev.motorhub.domain.orders.OrdersPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Chooses the adapters, the clock, the id generator and the rules of a {@link Motorhub}; every
 * choice left out has a JDK-only default.
 */
public final class MotorhubBuilder {
  final Store store;
  Clock clock = Clock.systemUTC();
  IdGenerator ids;
  TokenGenerator tokenGenerator = new SecureTokenGenerator();
  PasswordHasher passwordHasher;
  AccessTokens accessTokens;
  CoreSettings settings = CoreSettings.defaults();
  PasswordPolicy passwordPolicy;
  AccessPolicy accessPolicy = new AccessPolicy();
  CustomerRecordsPolicy customerRecordsPolicy = new CustomerRecordsPolicy();
  CardFingerprinter cardFingerprinter;
  GaragePolicy garagePolicy = new GaragePolicy();
  ImageStore images;
  MarketplacePolicy marketplacePolicy = new MarketplacePolicy();
  InvoicingPolicy invoicingPolicy = new InvoicingPolicy();
  BillingPolicy billingPolicy = new BillingPolicy();
  PaymentGateway paymentGateway = new CardOnFilePaymentGateway();
  PaymentSettings paymentSettings = PaymentSettings.defaults();
  CarCarePolicy carCarePolicy = new CarCarePolicy();
  MechanicAssignmentPolicy mechanicAssignmentPolicy = new MechanicAssignmentPolicy();
  WorkStatusPolicy workStatusPolicy = new WorkStatusPolicy();
  SmsGateway smsGateway = new InMemorySmsGateway();
  SmsDispatchSettings smsDispatch = SmsDispatchSettings.defaults();
  OrdersPolicy ordersPolicy = new OrdersPolicy();
  PlanLimits planLimits = new PlanLimits();
  MatchingPolicy matchingPolicy = new MatchingPolicy();
  MatchScoring matchScoring = new MatchScoring();
  PhoneVerificationPolicy phoneVerificationPolicy = PhoneVerificationPolicy.DEFAULT;
  BuyerEligibility buyerEligibility = new BuyerEligibility();

  MotorhubBuilder(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public MotorhubBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    return this;
  }

  public MotorhubBuilder ids(IdGenerator ids) {
    this.ids = Objects.requireNonNull(ids);
    return this;
  }

  public MotorhubBuilder tokenGenerator(TokenGenerator tokenGenerator) {
    this.tokenGenerator = Objects.requireNonNull(tokenGenerator);
    return this;
  }

  public MotorhubBuilder passwordHasher(PasswordHasher passwordHasher) {
    this.passwordHasher = Objects.requireNonNull(passwordHasher);
    return this;
  }

  public MotorhubBuilder accessTokens(AccessTokens accessTokens) {
    this.accessTokens = Objects.requireNonNull(accessTokens);
    return this;
  }

  public MotorhubBuilder settings(CoreSettings settings) {
    this.settings = Objects.requireNonNull(settings);
    return this;
  }

  public MotorhubBuilder passwordPolicy(PasswordPolicy passwordPolicy) {
    this.passwordPolicy = Objects.requireNonNull(passwordPolicy);
    return this;
  }

  public MotorhubBuilder accessPolicy(AccessPolicy accessPolicy) {
    this.accessPolicy = Objects.requireNonNull(accessPolicy);
    return this;
  }

  public MotorhubBuilder customerRecordsPolicy(CustomerRecordsPolicy customerRecordsPolicy) {
    this.customerRecordsPolicy = Objects.requireNonNull(customerRecordsPolicy);
    return this;
  }

  /**
   * The secret key (at least 32 bytes) of the fingerprints that tell a payment card already on
   * file; it must not change while cards are stored. Without one, a random key serves this process
   * only.
   */
  public MotorhubBuilder cardFingerprintKey(byte[] key) {
    this.cardFingerprinter = new CardFingerprinter(key);
    return this;
  }

  public MotorhubBuilder garagePolicy(GaragePolicy garagePolicy) {
    this.garagePolicy = Objects.requireNonNull(garagePolicy);
    return this;
  }

  /** Where vehicle images are kept; in memory unless chosen. */
  public MotorhubBuilder images(ImageStore images) {
    this.images = Objects.requireNonNull(images);
    return this;
  }

  public MotorhubBuilder marketplacePolicy(MarketplacePolicy marketplacePolicy) {
    this.marketplacePolicy = Objects.requireNonNull(marketplacePolicy);
    return this;
  }

  public MotorhubBuilder invoicingPolicy(InvoicingPolicy invoicingPolicy) {
    this.invoicingPolicy = Objects.requireNonNull(invoicingPolicy);
    return this;
  }

  public MotorhubBuilder billingPolicy(BillingPolicy billingPolicy) {
    this.billingPolicy = Objects.requireNonNull(billingPolicy);
    return this;
  }

  /**
   * The adapter to a payment provider. Without one, payments are recorded against the card on file
   * and no money moves ({@link CardOnFilePaymentGateway}).
   */
  public MotorhubBuilder paymentGateway(PaymentGateway paymentGateway) {
    this.paymentGateway = Objects.requireNonNull(paymentGateway);
    return this;
  }

  /** When payments left pending are looked up at the provider, and when given up on. */
  public MotorhubBuilder paymentSettings(PaymentSettings paymentSettings) {
    this.paymentSettings = Objects.requireNonNull(paymentSettings);
    return this;
  }

  public MotorhubBuilder carCarePolicy(CarCarePolicy carCarePolicy) {
    this.carCarePolicy = Objects.requireNonNull(carCarePolicy);
    return this;
  }

  public MotorhubBuilder mechanicAssignmentPolicy(MechanicAssignmentPolicy policy) {
    this.mechanicAssignmentPolicy = Objects.requireNonNull(policy);
    return this;
  }

  public MotorhubBuilder workStatusPolicy(WorkStatusPolicy workStatusPolicy) {
    this.workStatusPolicy = Objects.requireNonNull(workStatusPolicy);
    return this;
  }

  /**
   * The adapter to an SMS provider, through which {@code DispatchSms} sends the outbox. Without
   * one, messages are kept in memory and sent nowhere ({@link InMemorySmsGateway}).
   */
  public MotorhubBuilder smsGateway(SmsGateway smsGateway) {
    this.smsGateway = Objects.requireNonNull(smsGateway);
    return this;
  }

  /** How the SMS outbox is dispatched: batch size, claim lease, retries and backoff. */
  public MotorhubBuilder smsDispatch(SmsDispatchSettings smsDispatch) {
    this.smsDispatch = Objects.requireNonNull(smsDispatch);
    return this;
  }

  public MotorhubBuilder ordersPolicy(OrdersPolicy ordersPolicy) {
    this.ordersPolicy = Objects.requireNonNull(ordersPolicy);
    return this;
  }

  /** What subscription plans allow in matching. */
  public MotorhubBuilder planLimits(PlanLimits planLimits) {
    this.planLimits = Objects.requireNonNull(planLimits);
    return this;
  }

  /** Who keeps the catalogue and saved searches, and how many searches an account keeps. */
  public MotorhubBuilder matchingPolicy(MatchingPolicy matchingPolicy) {
    this.matchingPolicy = Objects.requireNonNull(matchingPolicy);
    return this;
  }

  /** How a saved search scores an open trade. */
  public MotorhubBuilder matchScoring(MatchScoring matchScoring) {
    this.matchScoring = Objects.requireNonNull(matchScoring);
    return this;
  }

  /** How long a phone verification code holds, its attempts, and how often one is sent. */
  public MotorhubBuilder phoneVerificationPolicy(PhoneVerificationPolicy policy) {
    this.phoneVerificationPolicy = Objects.requireNonNull(policy);
    return this;
  }

  /** Whether a buyer fits what a trade's owner asks of buyers. */
  public MotorhubBuilder buyerEligibility(BuyerEligibility buyerEligibility) {
    this.buyerEligibility = Objects.requireNonNull(buyerEligibility);
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

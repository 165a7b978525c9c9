package dev.motorhub.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.motorhub.application.Store;
import dev.motorhub.application.billing.InvoiceNumbers;
import dev.motorhub.application.billing.InvoiceRepository;
import dev.motorhub.application.billing.PaymentRepository;
import dev.motorhub.application.carcare.AttendanceRepository;
import dev.motorhub.application.carcare.CostLineRepository;
import dev.motorhub.application.carcare.FeedbackRepository;
import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.application.carcare.ServiceKindRepository;
import dev.motorhub.application.carcare.ServiceRequestRepository;
import dev.motorhub.application.carcare.WorkStatusRepository;
import dev.motorhub.application.customers.ContactRepository;
import dev.motorhub.application.customers.CreditCardRepository;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.customers.LeadRepository;
import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.LinkedIdentityRepository;
import dev.motorhub.application.identity.LoginAttempts;
import dev.motorhub.application.identity.PendingSignInRepository;
import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.application.identity.SessionRepository;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.marketplace.BuyerRequirementRepository;
import dev.motorhub.application.marketplace.ProposalRepository;
import dev.motorhub.application.marketplace.ServiceRepository;
import dev.motorhub.application.marketplace.TradeRepository;
import dev.motorhub.application.matching.BlockRepository;
import dev.motorhub.application.matching.BuyerRecords;
import dev.motorhub.application.matching.CatalogueRepository;
import dev.motorhub.application.matching.ConversationRepository;
import dev.motorhub.application.matching.InterestRepository;
import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.application.matching.MessageRepository;
import dev.motorhub.application.matching.PreferenceRepository;
import dev.motorhub.application.matching.SearchesFitting;
import dev.motorhub.application.notifications.ChangeQueue;
import dev.motorhub.application.notifications.NotificationRepository;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.notifications.SmsOutbox;
import dev.motorhub.application.orders.OrderRepository;
import dev.motorhub.application.shared.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The platform's data in PostgreSQL: a HikariCP pool, JDBI over it, Flyway migrations, and one
 * repository per port, all sharing the transaction of the current use case.
 */
public final class PostgresStore implements Store, AutoCloseable {
  private static final String URL_PREFIX = "jdbc:postgresql:";

  private final HikariDataSource dataSource;
  private final JdbiTransactions transactions;
  private final JdbiUserRepository users;
  private final JdbiSessionRepository sessions;
  private final JdbiLoginAttempts loginAttempts;
  private final JdbiLinkedIdentityRepository linkedIdentities;
  private final JdbiPendingSignInRepository pendingSignIns;
  private final JdbiSubscriptionPlanRepository plans;
  private final JdbiCustomerRepository customers;
  private final JdbiMechanicRepository mechanics;
  private final JdbiServiceKindRepository serviceKinds;
  private final JdbiFeedbackRepository feedback;
  private final JdbiCostLineRepository costLines;
  private final JdbiServiceRequestRepository serviceRequests;
  private final JdbiWorkStatusRepository workStatuses;
  private final JdbiAttendanceRepository attendance;
  private final JdbiCreditCardRepository creditCards;
  private final JdbiLeadRepository leads;
  private final JdbiContactRepository contacts;
  private final JdbiVehicleRepository vehicles;
  private final JdbiServiceRepository services;
  private final JdbiTradeRepository trades;
  private final JdbiProposalRepository proposals;
  private final JdbiInvoiceRepository invoices;
  private final JdbiInvoiceNumbers invoiceNumbers;
  private final JdbiPaymentRepository payments;
  private final JdbiNotificationRepository notifications;
  private final JdbiSmsOutbox smsOutbox;
  private final JdbiSentReminders sentReminders;
  private final JdbiOrderRepository orders;
  private final JdbiInterestRepository interests;
  private final JdbiConversationRepository conversations;
  private final JdbiMessageRepository messages;
  private final JdbiBlockRepository blocks;
  private final JdbiCatalogueRepository catalogue;
  private final JdbiPreferenceRepository preferences;
  private final JdbiMatchCandidates matchCandidates;
  private final JdbiSearchesFitting searchesFitting;
  private final JdbiChangeQueue changeQueue;
  private final JdbiBuyerRequirementRepository buyerRequirements;
  private final JdbiPhoneVerificationRepository phoneVerifications;
  private final JdbiBuyerRecords buyerRecords;

  private PostgresStore(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    transactions = new JdbiTransactions(jdbi);
    users = new JdbiUserRepository(transactions);
    sessions = new JdbiSessionRepository(transactions);
    loginAttempts = new JdbiLoginAttempts(transactions);
    linkedIdentities = new JdbiLinkedIdentityRepository(transactions);
    pendingSignIns = new JdbiPendingSignInRepository(transactions);
    plans = new JdbiSubscriptionPlanRepository(transactions);
    customers = new JdbiCustomerRepository(transactions);
    mechanics = new JdbiMechanicRepository(transactions);
    serviceKinds = new JdbiServiceKindRepository(transactions);
    feedback = new JdbiFeedbackRepository(transactions);
    costLines = new JdbiCostLineRepository(transactions);
    serviceRequests = new JdbiServiceRequestRepository(transactions);
    workStatuses = new JdbiWorkStatusRepository(transactions);
    attendance = new JdbiAttendanceRepository(transactions);
    creditCards = new JdbiCreditCardRepository(transactions);
    leads = new JdbiLeadRepository(transactions);
    contacts = new JdbiContactRepository(transactions);
    vehicles = new JdbiVehicleRepository(transactions);
    services = new JdbiServiceRepository(transactions);
    trades = new JdbiTradeRepository(transactions);
    proposals = new JdbiProposalRepository(transactions);
    invoices = new JdbiInvoiceRepository(transactions);
    invoiceNumbers = new JdbiInvoiceNumbers(transactions);
    payments = new JdbiPaymentRepository(transactions);
    notifications = new JdbiNotificationRepository(transactions);
    smsOutbox = new JdbiSmsOutbox(transactions);
    sentReminders = new JdbiSentReminders(transactions);
    orders = new JdbiOrderRepository(transactions);
    interests = new JdbiInterestRepository(transactions);
    conversations = new JdbiConversationRepository(transactions);
    messages = new JdbiMessageRepository(transactions);
    blocks = new JdbiBlockRepository(transactions);
    catalogue = new JdbiCatalogueRepository(transactions);
    preferences = new JdbiPreferenceRepository(transactions);
    matchCandidates = new JdbiMatchCandidates(transactions);
    searchesFitting = new JdbiSearchesFitting(transactions);
    changeQueue = new JdbiChangeQueue(transactions);
    buyerRequirements = new JdbiBuyerRequirementRepository(transactions);
    phoneVerifications = new JdbiPhoneVerificationRepository(transactions);
    buyerRecords = new JdbiBuyerRecords(transactions);
  }

  /**
   * Opens a pool of at most {@code maxPoolSize} connections to the database {@code jdbcUrl} names,
   * failing at once with {@code Unavailable} when it cannot connect. The URL may hold credentials:
   * it is never logged (the pool masks its password) nor put in a message.
   */
  public static PostgresStore connect(String jdbcUrl, int maxPoolSize) {
    requirePostgresUrl(jdbcUrl);
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("The pool needs at least one connection");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("motorhub");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(maxPoolSize);
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // PostgreSQL's JIT pays for long analytical queries; this platform's are short, and compiling
    // one cost more than running it (60 to 130 ms on a matching query, scripts/bench).
    config.addDataSourceProperty("options", "-c jit=off");
    return new PostgresStore(DatabaseOutages.guardStart(() -> new HikariDataSource(config)));
  }

  /**
   * Brings the schema of the database at {@code jdbcUrl} up to date: applies the migrations in
   * {@code db/migration} it has not seen yet. Flyway opens connections of its own for this, as it
   * holds two at once.
   */
  public static void migrate(String jdbcUrl) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(requirePostgresUrl(jdbcUrl), null, null)
            .locations("classpath:db/migration")
            .load();
    DatabaseOutages.guardStart(flyway::migrate);
  }

  /**
   * Reports the pool to {@code meters} from now on ({@code hikaricp.connections.active}, {@code
   * .idle}, {@code .pending}, {@code .max}, the time to acquire a connection, …), once.
   */
  public void recordPoolMetricsIn(MeterRegistry meters) {
    dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
  }

  /** Brings the schema of this store's database up to date. */
  public void migrate() {
    migrate(dataSource.getJdbcUrl());
  }

  private static String requirePostgresUrl(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException("The database URL must start with " + URL_PREFIX);
    }
    return jdbcUrl;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public UserRepository users() {
    return users;
  }

  @Override
  public SessionRepository sessions() {
    return sessions;
  }

  @Override
  public LoginAttempts loginAttempts() {
    return loginAttempts;
  }

  @Override
  public LinkedIdentityRepository linkedIdentities() {
    return linkedIdentities;
  }

  @Override
  public PendingSignInRepository pendingSignIns() {
    return pendingSignIns;
  }

  @Override
  public SubscriptionPlanRepository plans() {
    return plans;
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public MechanicRepository mechanics() {
    return mechanics;
  }

  @Override
  public ServiceKindRepository serviceKinds() {
    return serviceKinds;
  }

  @Override
  public AttendanceRepository attendance() {
    return attendance;
  }

  @Override
  public WorkStatusRepository workStatuses() {
    return workStatuses;
  }

  @Override
  public ServiceRequestRepository serviceRequests() {
    return serviceRequests;
  }

  @Override
  public CostLineRepository costLines() {
    return costLines;
  }

  @Override
  public FeedbackRepository feedback() {
    return feedback;
  }

  @Override
  public CreditCardRepository creditCards() {
    return creditCards;
  }

  @Override
  public LeadRepository leads() {
    return leads;
  }

  @Override
  public ContactRepository contacts() {
    return contacts;
  }

  @Override
  public VehicleRepository vehicles() {
    return vehicles;
  }

  @Override
  public ServiceRepository services() {
    return services;
  }

  @Override
  public TradeRepository trades() {
    return trades;
  }

  @Override
  public ProposalRepository proposals() {
    return proposals;
  }

  @Override
  public InvoiceRepository invoices() {
    return invoices;
  }

  @Override
  public InvoiceNumbers invoiceNumbers() {
    return invoiceNumbers;
  }

  @Override
  public PaymentRepository payments() {
    return payments;
  }

  @Override
  public NotificationRepository notifications() {
    return notifications;
  }

  @Override
  public SmsOutbox smsOutbox() {
    return smsOutbox;
  }

  @Override
  public SentReminders sentReminders() {
    return sentReminders;
  }

  @Override
  public CatalogueRepository catalogue() {
    return catalogue;
  }

  @Override
  public PreferenceRepository preferences() {
    return preferences;
  }

  @Override
  public MatchCandidates matchCandidates() {
    return matchCandidates;
  }

  @Override
  public SearchesFitting searchesFitting() {
    return searchesFitting;
  }

  @Override
  public ChangeQueue changeQueue() {
    return changeQueue;
  }

  @Override
  public BuyerRequirementRepository buyerRequirements() {
    return buyerRequirements;
  }

  @Override
  public PhoneVerificationRepository phoneVerifications() {
    return phoneVerifications;
  }

  @Override
  public BuyerRecords buyerRecords() {
    return buyerRecords;
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public InterestRepository interests() {
    return interests;
  }

  @Override
  public ConversationRepository conversations() {
    return conversations;
  }

  @Override
  public MessageRepository messages() {
    return messages;
  }

  @Override
  public BlockRepository blocks() {
    return blocks;
  }

  @Override
  public void ping() {
    transactions.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
  }

  @Override
  public String kind() {
    return "postgresql";
  }
}

package dev.motorhub.application.orders;

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
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.notifications.ChangeQueue;
import dev.motorhub.application.notifications.NotificationRepository;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.notifications.SmsOutbox;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Unavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory store, except that its SMS outbox is out of reach: every message written to it
 * fails as a database out of reach does, after the rest of the unit of work was written.
 */
final class OutboxOutOfReachStore implements Store {
  private final InMemoryStore store = new InMemoryStore();
  private final SmsOutbox outOfReach =
      new SmsOutbox() {
        @Override
        public void add(SmsMessage message) {
          throw new Unavailable("The SMS outbox is out of reach.", Duration.ofSeconds(1));
        }

        @Override
        public Optional<SmsMessage> findById(SmsId id) {
          return store.smsOutbox().findById(id);
        }

        @Override
        public void update(SmsMessage message) {
          store.smsOutbox().update(message);
        }

        @Override
        public Optional<SmsMessage> lock(SmsId id) {
          return store.smsOutbox().lock(id);
        }

        @Override
        public Optional<SmsMessage> lockByReceipt(String messageId) {
          return store.smsOutbox().lockByReceipt(messageId);
        }

        @Override
        public List<SmsMessage> lockDue(Instant now, int limit) {
          return store.smsOutbox().lockDue(now, limit);
        }

        @Override
        public Page<SmsMessage> list(Optional<SmsStatus> status, PageRequest page) {
          return store.smsOutbox().list(status, page);
        }
      };

  /** The store beneath, whose outbox is reachable, to look at what was kept. */
  Store beneath() {
    return store;
  }

  @Override
  public SentReminders sentReminders() {
    return store.sentReminders();
  }

  @Override
  public LinkedIdentityRepository linkedIdentities() {
    return store.linkedIdentities();
  }

  @Override
  public PendingSignInRepository pendingSignIns() {
    return store.pendingSignIns();
  }

  @Override
  public Transactions transactions() {
    return store.transactions();
  }

  @Override
  public UserRepository users() {
    return store.users();
  }

  @Override
  public SessionRepository sessions() {
    return store.sessions();
  }

  @Override
  public LoginAttempts loginAttempts() {
    return store.loginAttempts();
  }

  @Override
  public SubscriptionPlanRepository plans() {
    return store.plans();
  }

  @Override
  public CustomerRepository customers() {
    return store.customers();
  }

  @Override
  public MechanicRepository mechanics() {
    return store.mechanics();
  }

  @Override
  public ServiceKindRepository serviceKinds() {
    return store.serviceKinds();
  }

  @Override
  public AttendanceRepository attendance() {
    return store.attendance();
  }

  @Override
  public WorkStatusRepository workStatuses() {
    return store.workStatuses();
  }

  @Override
  public ServiceRequestRepository serviceRequests() {
    return store.serviceRequests();
  }

  @Override
  public CostLineRepository costLines() {
    return store.costLines();
  }

  @Override
  public FeedbackRepository feedback() {
    return store.feedback();
  }

  @Override
  public CreditCardRepository creditCards() {
    return store.creditCards();
  }

  @Override
  public LeadRepository leads() {
    return store.leads();
  }

  @Override
  public ContactRepository contacts() {
    return store.contacts();
  }

  @Override
  public VehicleRepository vehicles() {
    return store.vehicles();
  }

  @Override
  public ServiceRepository services() {
    return store.services();
  }

  @Override
  public TradeRepository trades() {
    return store.trades();
  }

  @Override
  public ProposalRepository proposals() {
    return store.proposals();
  }

  @Override
  public InvoiceRepository invoices() {
    return store.invoices();
  }

  @Override
  public InvoiceNumbers invoiceNumbers() {
    return store.invoiceNumbers();
  }

  @Override
  public PaymentRepository payments() {
    return store.payments();
  }

  @Override
  public NotificationRepository notifications() {
    return store.notifications();
  }

  @Override
  public SmsOutbox smsOutbox() {
    return outOfReach;
  }

  @Override
  public OrderRepository orders() {
    return store.orders();
  }

  @Override
  public InterestRepository interests() {
    return store.interests();
  }

  @Override
  public ConversationRepository conversations() {
    return store.conversations();
  }

  @Override
  public MessageRepository messages() {
    return store.messages();
  }

  @Override
  public BlockRepository blocks() {
    return store.blocks();
  }

  @Override
  public CatalogueRepository catalogue() {
    return store.catalogue();
  }

  @Override
  public PreferenceRepository preferences() {
    return store.preferences();
  }

  @Override
  public MatchCandidates matchCandidates() {
    return store.matchCandidates();
  }

  @Override
  public SearchesFitting searchesFitting() {
    return store.searchesFitting();
  }

  @Override
  public ChangeQueue changeQueue() {
    return store.changeQueue();
  }

  @Override
  public BuyerRequirementRepository buyerRequirements() {
    return store.buyerRequirements();
  }

  @Override
  public PhoneVerificationRepository phoneVerifications() {
    return store.phoneVerifications();
  }

  @Override
  public BuyerRecords buyerRecords() {
    return store.buyerRecords();
  }

  @Override
  public void ping() {
    store.ping();
  }

  @Override
  public String kind() {
    return store.kind();
  }
}

package dev.motorhub.application.memory;

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
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Preference;
import java.util.UUID;

/**
 * The whole platform's data in memory: what the server runs on without a database, what embedding
 * applications and tests use. It keeps the same rules as the database (unique values, cascades,
 * all-or-nothing transactions) and loses everything when the process ends.
 */
public final class InMemoryStore implements Store {
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryUserRepository users;
  private final InMemorySessionRepository sessions;
  private final InMemoryLoginAttempts loginAttempts;
  private final InMemoryLinkedIdentityRepository linkedIdentities;
  private final InMemoryPendingSignInRepository pendingSignIns;
  private final InMemorySubscriptionPlanRepository plans;
  private final InMemoryCustomerRepository customers;
  private final InMemoryMechanicRepository mechanics;
  private final InMemoryServiceKindRepository serviceKinds;
  private final InMemoryAttendanceRepository attendance;
  private final InMemoryWorkStatusRepository workStatuses;
  private final InMemoryServiceRequestRepository serviceRequests;
  private final InMemoryCostLineRepository costLines;
  private final InMemoryFeedbackRepository feedback;
  private final InMemoryCreditCardRepository creditCards;
  private final InMemoryLeadRepository leads;
  private final InMemoryContactRepository contacts;
  private final InMemoryVehicleRepository vehicles;
  private final InMemoryServiceRepository services;
  private final InMemoryTradeRepository trades;
  private final InMemoryProposalRepository proposals;
  private final InMemoryInvoiceRepository invoices;
  private final InMemoryInvoiceNumbers invoiceNumbers;
  private final InMemoryPaymentRepository payments;
  private final InMemoryNotificationRepository notifications;
  private final InMemorySmsOutbox smsOutbox;
  private final InMemorySentReminders sentReminders;
  private final InMemoryOrderRepository orders;
  private final InMemoryInterestRepository interests;
  private final InMemoryConversationRepository conversations;
  private final InMemoryMessageRepository messages;
  private final InMemoryBlockRepository blocks;
  private final InMemoryCatalogueRepository catalogue;
  private final InMemoryPreferenceRepository preferences;
  private final InMemoryMatchCandidates matchCandidates;
  private final InMemorySearchesFitting searchesFitting;
  private final InMemoryChangeQueue changeQueue;
  private final InMemoryBuyerRequirementRepository buyerRequirements;
  private final InMemoryPhoneVerificationRepository phoneVerifications;
  private final InMemoryBuyerRecords buyerRecords;

  public InMemoryStore() {
    var userTable = new Table<UUID, User>(transactions);
    sessions =
        new InMemorySessionRepository(
            new Table<>(transactions), new Table<>(transactions), userTable);
    contacts = new InMemoryContactRepository(new Table<>(transactions));
    var customerTable = new Table<UUID, Customer>(transactions);
    orders =
        new InMemoryOrderRepository(
            new Table<>(transactions), c -> customerTable.get(c.value()).isPresent());
    customers =
        new InMemoryCustomerRepository(
            customerTable,
            userTable,
            orders::anyFor,
            deleted -> contacts.deleteOf(new ContactOwner.OfCustomer(deleted)));
    leads =
        new InMemoryLeadRepository(
            new Table<>(transactions),
            deleted -> contacts.deleteOf(new ContactOwner.OfLead(deleted)));
    var cardTable = new Table<UUID, CreditCard>(transactions);
    creditCards = new InMemoryCreditCardRepository(cardTable);
    var mechanicTable = new Table<UUID, Mechanic>(transactions);
    serviceKinds = new InMemoryServiceKindRepository(new Table<>(transactions));
    var attendanceTable = new Table<UUID, Attendance>(transactions);
    attendance = new InMemoryAttendanceRepository(attendanceTable);
    var statusTable = new Table<UUID, WorkStatusChange>(transactions);
    workStatuses = new InMemoryWorkStatusRepository(statusTable);
    var requestTable = new Table<UUID, ServiceRequest>(transactions);
    serviceRequests = new InMemoryServiceRequestRepository(requestTable);
    var costLineTable = new Table<UUID, CostLine>(transactions);
    costLines = new InMemoryCostLineRepository(costLineTable);
    var careRecords =
        new CarCareRecords(
            requestTable, mechanicTable, attendanceTable, statusTable, costLineTable);
    mechanics =
        new InMemoryMechanicRepository(
            mechanicTable, careRecords::name, careRecords::dropRecordsOf);
    feedback = new InMemoryFeedbackRepository(new Table<>(transactions));
    var vehicleTable = new Table<UUID, Vehicle>(transactions);
    var serviceTable = new Table<UUID, ServiceOffering>(transactions);
    var tradeTable = new Table<UUID, Trade>(transactions);
    var proposalTable = new Table<UUID, Proposal>(transactions);
    var invoiceTable = new Table<UUID, Invoice>(transactions);
    var paymentTable = new Table<UUID, Payment>(transactions);
    var records = new MarketRecords(tradeTable, proposalTable, invoiceTable, paymentTable);
    vehicles =
        new InMemoryVehicleRepository(vehicleTable, v -> records.name(v) || careRecords.name(v));
    services = new InMemoryServiceRepository(serviceTable, tradeTable);
    trades = new InMemoryTradeRepository(tradeTable, vehicleTable, serviceTable);
    proposals = new InMemoryProposalRepository(proposalTable);
    sentReminders = new InMemorySentReminders(new Table<>(transactions));
    invoices = new InMemoryInvoiceRepository(invoiceTable, sentReminders);
    invoiceNumbers = new InMemoryInvoiceNumbers(new Table<>(transactions));
    payments = new InMemoryPaymentRepository(paymentTable);
    notifications = new InMemoryNotificationRepository(new Table<>(transactions));
    smsOutbox = new InMemorySmsOutbox(new Table<>(transactions));
    linkedIdentities = new InMemoryLinkedIdentityRepository(new Table<>(transactions));
    pendingSignIns = new InMemoryPendingSignInRepository(new Table<>(transactions));
    interests = new InMemoryInterestRepository(new Table<>(transactions));
    conversations = new InMemoryConversationRepository(new Table<>(transactions));
    messages = new InMemoryMessageRepository(new Table<>(transactions));
    blocks = new InMemoryBlockRepository(new Table<>(transactions));
    catalogue = new InMemoryCatalogueRepository(new Table<>(transactions));
    var preferenceTable = new Table<UUID, Preference>(transactions);
    preferences = new InMemoryPreferenceRepository(preferenceTable);
    matchCandidates =
        new InMemoryMatchCandidates(tradeTable, vehicleTable, serviceTable, proposalTable);
    searchesFitting = new InMemorySearchesFitting(tradeTable, preferenceTable, matchCandidates);
    changeQueue = new InMemoryChangeQueue(new Table<>(transactions));
    var verificationTable = new Table<UUID, PhoneVerification>(transactions);
    buyerRequirements = new InMemoryBuyerRequirementRepository(new Table<>(transactions));
    phoneVerifications = new InMemoryPhoneVerificationRepository(verificationTable);
    buyerRecords =
        new InMemoryBuyerRecords(
            userTable, verificationTable, cardTable, proposalTable, tradeTable);
    users =
        new InMemoryUserRepository(
            userTable,
            sentReminders,
            u -> records.name(u) || careRecords.name(u) || customers.keptFor(u),
            deleted -> {
              sessions.deleteAllOf(deleted);
              customers.deleteOf(deleted);
              mechanics.deleteByUser(deleted);
              creditCards.deleteOf(deleted);
              vehicles.deleteOwnedBy(deleted);
              notifications.deleteOf(deleted);
              linkedIdentities.deleteOf(deleted);
              interests.deleteOf(deleted);
              conversations.deleteOf(deleted).forEach(messages::deleteIn);
              blocks.deleteOf(deleted);
              preferences.deleteOf(deleted);
              phoneVerifications.remove(deleted);
            });
    loginAttempts = new InMemoryLoginAttempts(new Table<>(transactions));
    plans = new InMemorySubscriptionPlanRepository(new Table<>(transactions), userTable);
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
    // Memory is always there.
  }

  @Override
  public String kind() {
    return "in-memory";
  }
}

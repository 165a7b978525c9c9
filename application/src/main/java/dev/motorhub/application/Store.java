package dev.motorhub.application;

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

/** Every persistence port of the platform from one store, and the transactions that span them. */
public interface Store {
  Transactions transactions();

  UserRepository users();

  SessionRepository sessions();

  LoginAttempts loginAttempts();

  LinkedIdentityRepository linkedIdentities();

  PendingSignInRepository pendingSignIns();

  SubscriptionPlanRepository plans();

  CustomerRepository customers();

  MechanicRepository mechanics();

  ServiceKindRepository serviceKinds();

  AttendanceRepository attendance();

  WorkStatusRepository workStatuses();

  ServiceRequestRepository serviceRequests();

  CostLineRepository costLines();

  FeedbackRepository feedback();

  CreditCardRepository creditCards();

  LeadRepository leads();

  ContactRepository contacts();

  VehicleRepository vehicles();

  ServiceRepository services();

  TradeRepository trades();

  ProposalRepository proposals();

  InvoiceRepository invoices();

  InvoiceNumbers invoiceNumbers();

  PaymentRepository payments();

  NotificationRepository notifications();

  SmsOutbox smsOutbox();

  SentReminders sentReminders();

  OrderRepository orders();

  InterestRepository interests();

  ConversationRepository conversations();

  MessageRepository messages();

  BlockRepository blocks();

  CatalogueRepository catalogue();

  PreferenceRepository preferences();

  MatchCandidates matchCandidates();

  SearchesFitting searchesFitting();

  ChangeQueue changeQueue();

  BuyerRequirementRepository buyerRequirements();

  PhoneVerificationRepository phoneVerifications();

  BuyerRecords buyerRecords();

  /** Throws when the store cannot serve requests right now (for readiness checks). */
  void ping();

  /** A short name for logs and health reports, such as {@code in-memory} or {@code postgresql}. */
  String kind();
}

package dev.motorhub.application;

import dev.motorhub.application.accounts.AccountOpener;
import dev.motorhub.application.accounts.ConvertLead;
import dev.motorhub.application.customers.AddContact;
import dev.motorhub.application.customers.AddCreditCard;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.customers.CardFingerprinter;
import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.RegisterLead;
import dev.motorhub.application.customers.RemoveContact;
import dev.motorhub.application.customers.RemoveCreditCard;
import dev.motorhub.application.customers.RemoveLead;
import dev.motorhub.application.customers.UpdateContact;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.customers.UpdateLead;
import dev.motorhub.application.customers.ViewContacts;
import dev.motorhub.application.customers.ViewCreditCards;
import dev.motorhub.application.customers.ViewCustomers;
import dev.motorhub.application.customers.ViewLeads;
import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of customers, wired over one {@link Store}: their profiles (and customers staff
 * keep without an account), and what is kept on them beside: payment cards, sales leads (and their
 * conversion into customers) and contacts. {@link Motorhub} hands it out as {@link
 * Motorhub#customers()}.
 */
public final class Customers {
  private final ViewCustomers viewCustomers;
  private final AddCustomer addCustomer;
  private final UpdateCustomer updateCustomer;
  private final DeleteCustomer deleteCustomer;
  private final AddCreditCard addCreditCard;
  private final ViewCreditCards viewCreditCards;
  private final RemoveCreditCard removeCreditCard;
  private final RegisterLead registerLead;
  private final UpdateLead updateLead;
  private final ViewLeads viewLeads;
  private final RemoveLead removeLead;
  private final ConvertLead convertLead;
  private final AddContact addContact;
  private final UpdateContact updateContact;
  private final ViewContacts viewContacts;
  private final RemoveContact removeContact;

  /** The password rules and hasher are those of every account, for lead conversions. */
  record Wiring(
      Store store,
      AccountOpener opener,
      OwnerImages ownerImages,
      PasswordHasher hasher,
      PasswordPolicy passwords,
      AccessPolicy access,
      CustomerRecordsPolicy policy,
      CardFingerprinter fingerprinter,
      IdGenerator ids,
      Clock clock) {}

  Customers(Wiring w) {
    var tx = w.store().transactions();
    var cards = w.store().creditCards();
    var leads = w.store().leads();
    var contacts = w.store().contacts();
    var customers = w.store().customers();
    var users = w.store().users();
    var records = new CustomerRecords(customers, users, w.policy());
    viewCustomers = new ViewCustomers(tx, records, customers, w.access(), w.clock());
    addCustomer = new AddCustomer(tx, customers, w.policy(), w.ids(), w.clock());
    updateCustomer = new UpdateCustomer(tx, customers, users, w.access(), w.policy(), w.clock());
    deleteCustomer =
        new DeleteCustomer(tx, customers, users, w.ownerImages(), w.access(), w.policy());
    addCreditCard = new AddCreditCard(tx, cards, w.fingerprinter(), w.policy(), w.ids(), w.clock());
    viewCreditCards = new ViewCreditCards(tx, cards, w.policy());
    removeCreditCard = new RemoveCreditCard(tx, cards, w.policy());
    registerLead = new RegisterLead(tx, leads, w.policy(), w.ids(), w.clock());
    updateLead = new UpdateLead(tx, leads, w.policy(), w.clock());
    viewLeads = new ViewLeads(tx, leads, w.policy());
    removeLead = new RemoveLead(tx, leads, w.policy());
    convertLead =
        new ConvertLead(
            tx, leads, contacts, w.opener(), w.hasher(), w.passwords(), w.policy(), w.clock());
    addContact = new AddContact(tx, contacts, customers, leads, w.policy(), w.ids(), w.clock());
    updateContact = new UpdateContact(tx, contacts, customers, w.policy(), w.clock());
    viewContacts = new ViewContacts(tx, contacts, customers, w.policy());
    removeContact = new RemoveContact(tx, contacts, customers, w.policy());
  }

  public ViewCustomers viewCustomers() {
    return viewCustomers;
  }

  /** Staff add a customer who needs no account. */
  public AddCustomer addCustomer() {
    return addCustomer;
  }

  public UpdateCustomer updateCustomer() {
    return updateCustomer;
  }

  public DeleteCustomer deleteCustomer() {
    return deleteCustomer;
  }

  public AddCreditCard addCreditCard() {
    return addCreditCard;
  }

  public ViewCreditCards viewCreditCards() {
    return viewCreditCards;
  }

  public RemoveCreditCard removeCreditCard() {
    return removeCreditCard;
  }

  public RegisterLead registerLead() {
    return registerLead;
  }

  public UpdateLead updateLead() {
    return updateLead;
  }

  public ViewLeads viewLeads() {
    return viewLeads;
  }

  public RemoveLead removeLead() {
    return removeLead;
  }

  public ConvertLead convertLead() {
    return convertLead;
  }

  public AddContact addContact() {
    return addContact;
  }

  public UpdateContact updateContact() {
    return updateContact;
  }

  public ViewContacts viewContacts() {
    return viewContacts;
  }

  public RemoveContact removeContact() {
    return removeContact;
  }
}

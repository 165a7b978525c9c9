package dev.motorhub.application.accounts;

import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Violations;

/**
 * Changes to an account as a client states them; a null field stays as it is. An empty phone or
 * subscription plan removes it; a phone is read by {@code phoneRule} (E.164 unless said).
 */
public record AccountChanges(
    String username,
    String email,
    String phone,
    String firstName,
    String lastName,
    String role,
    String status,
    String subscriptionPlan,
    PhoneRule phoneRule) {

  public AccountChanges {
    phoneRule = phoneRule == null ? PhoneRule.E164 : phoneRule;
  }

  /** Changes whose phone, if any, is E.164. */
  public AccountChanges(
      String username,
      String email,
      String phone,
      String firstName,
      String lastName,
      String role,
      String status,
      String subscriptionPlan) {
    this(
        username,
        email,
        phone,
        firstName,
        lastName,
        role,
        status,
        subscriptionPlan,
        PhoneRule.E164);
  }

  /** A change of the account's status alone. */
  public static AccountChanges status(String status) {
    return new AccountChanges(null, null, null, null, null, null, status, null);
  }

  /** A change of the account's subscription plan alone; an empty plan removes it. */
  public static AccountChanges subscriptionPlan(String plan) {
    return new AccountChanges(null, null, null, null, null, null, null, plan);
  }

  /** The {@code current} details with these changes; every bad field is named at once. */
  UserDetails applyTo(UserDetails current) {
    Violations violations = new Violations();
    Username newUsername =
        username == null ? current.username() : violations.capture(() -> new Username(username));
    Email newEmail = email == null ? current.email() : violations.capture(() -> new Email(email));
    var newPhone =
        phone == null
            ? current.phone()
            : violations.capture(() -> AccountForm.optionalPhone(phone, phoneRule));
    violations.throwIfAny();
    return new UserDetails(
        newUsername,
        newEmail,
        newPhone,
        firstName == null ? current.firstName() : firstName,
        lastName == null ? current.lastName() : lastName);
  }
}

package dev.motorhub.application.accounts;

/**
 * Changes to an account as a client states them; a null field stays as it is. An empty phone or
 * subscription plan removes it.
 */
public record AccountChanges(
    String username,
    String email,
    String phone,
    String firstName,
    String lastName,
    String role,
    String status,
    String subscriptionPlan) {

  public static AccountChanges status(String status) {
    return new AccountChanges(null, null, null, null, null, null, status, null);
  }
}

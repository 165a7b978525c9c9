package dev.motorhub.application.accounts;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins accounts with their profiles and phone verifications (one lookup per kind, never one per
 * account) and their plans (one lookup per plan).
 */
public final class AccountReader {
  private final CustomerRepository customers;
  private final MechanicRepository mechanics;
  private final SubscriptionPlanRepository plans;
  private final PhoneVerificationRepository verifications;

  public AccountReader(
      CustomerRepository customers,
      MechanicRepository mechanics,
      SubscriptionPlanRepository plans,
      PhoneVerificationRepository verifications) {
    this.customers = customers;
    this.mechanics = mechanics;
    this.plans = plans;
    this.verifications = verifications;
  }

  Account of(User user) {
    return new Account(
        user,
        customers.findByUser(user.id()),
        mechanics.findByUser(user.id()),
        user.plan().flatMap(plans::findById),
        verifications.find(user.id()).map(v -> v.verifies(user.phone())).orElse(false));
  }

  List<Account> of(List<User> users) {
    List<UserId> ids = users.stream().map(User::id).toList();
    Map<UserId, Customer> customerOf =
        customers.findByUsers(ids).stream()
            .collect(Collectors.toMap(c -> c.account().orElseThrow(), Function.identity()));
    Map<UserId, Mechanic> mechanicOf =
        mechanics.findByUsers(ids).stream()
            .collect(Collectors.toMap(Mechanic::userId, Function.identity()));
    Map<UserId, PhoneVerification> verificationOf =
        verifications.findByUsers(ids).stream()
            .collect(Collectors.toMap(PhoneVerification::user, Function.identity()));
    Map<SubscriptionPlanId, Optional<SubscriptionPlan>> planOf = new HashMap<>();
    return users.stream()
        .map(
            u ->
                new Account(
                    u,
                    Optional.ofNullable(customerOf.get(u.id())),
                    Optional.ofNullable(mechanicOf.get(u.id())),
                    u.plan().flatMap(p -> planOf.computeIfAbsent(p, plans::findById)),
                    Optional.ofNullable(verificationOf.get(u.id()))
                        .map(v -> v.verifies(u.phone()))
                        .orElse(false)))
        .toList();
  }
}

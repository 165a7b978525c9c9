package dev.motorhub.adapters.http.web;

import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.AccountForm;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.PlaceOrder;
import dev.motorhub.application.orders.UpdateOrder;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.orders.OrderId;

/**
 * Reads the account, customer, vehicle and order forms from request bodies under the field names
 * the seeds and the platform share; the role is passed in, as each seed names roles its own way.
 */
public final class Forms {
  private Forms() {}

  /** A new account whose phone, if any, is E.164. */
  public static AccountForm account(Body body, String role) {
    return account(body, role, PhoneRule.E164);
  }

  public static AccountForm account(Body body, String role, PhoneRule phoneRule) {
    return new AccountForm(
        body.text("username"),
        body.text("email"),
        body.firstText("phone_number", "phone"),
        body.text("first_name"),
        body.text("last_name"),
        body.text("password"),
        body.firstText("password2", "password_confirmation"),
        role,
        body.text("job"),
        body.text("notes"),
        body.text("dob"),
        body.text("address"),
        body.text("city"),
        body.text("state"),
        body.text("zip_code"),
        body.text("specialization"),
        body.has("experience_years")
            ? body.integer("experience_years")
            : body.integer("years_of_experience"),
        phoneRule);
  }

  /** Account changes from the fields present; absent fields stay as they are; phones are E.164. */
  public static AccountChanges accountChanges(Body body, String role, String status) {
    return accountChanges(body, role, status, PhoneRule.E164);
  }

  public static AccountChanges accountChanges(
      Body body, String role, String status, PhoneRule phoneRule) {
    return new AccountChanges(
        body.text("username"),
        body.text("email"),
        body.firstText("phone_number", "phone"),
        body.text("first_name"),
        body.text("last_name"),
        role,
        status,
        body.text("subscription_plan"),
        phoneRule);
  }

  public static CustomerChanges customerChanges(Body body) {
    return new CustomerChanges(
        body.text("first_name"),
        body.text("last_name"),
        body.text("job"),
        body.text("notes"),
        body.text("dob"),
        body.text("address"),
        body.text("city"),
        body.text("state"),
        body.text("zip_code"),
        body.firstText("phone_number", "phone"),
        body.text("name"));
  }

  /** An order to place as a body states it: {@code customer_id}, {@code item}, {@code amount}. */
  public static PlaceOrder.Command order(Principal principal, Body body) {
    return new PlaceOrder.Command(
        principal, body.text("customer_id"), body.text("item"), body.amount("amount"));
  }

  /** Changes to {@code order}: the {@code item} and {@code amount} present. */
  public static UpdateOrder.Command orderChanges(Principal principal, OrderId order, Body body) {
    return new UpdateOrder.Command(principal, order, body.text("item"), body.amount("amount"));
  }

  /** A vehicle from the fields present: the plate as {@code license_plate} or {@code license}. */
  public static VehicleForm vehicle(Body body) {
    return new VehicleForm(
        body.text("brand"),
        body.text("model"),
        body.integerText("year"),
        body.text("color"),
        body.firstText("license_plate", "license"),
        body.text("vin"),
        body.integerText("mileage"),
        body.text("notes"));
  }

  /**
   * A vehicle on {@code /v1}: as {@link #vehicle}, with its matchable attributes ({@code location},
   * {@code body_type}, {@code fuel}, {@code transmission}), which the seeds do not know.
   */
  public static VehicleForm vehicleWithAttributes(Body body) {
    return vehicle(body)
        .withAttributes(
            body.text("location"),
            body.text("body_type"),
            body.text("fuel"),
            body.text("transmission"));
  }
}

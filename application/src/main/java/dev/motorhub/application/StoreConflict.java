package dev.motorhub.application;

import dev.motorhub.domain.shared.Conflict;

/**
 * The conflicts a store refuses a write with, each in the words every store uses: a value that must
 * be unique and is taken, or a change made on a copy that another change made stale.
 */
public enum StoreConflict {
  USERNAME_TAKEN("username", "A user with this username already exists."),
  EMAIL_TAKEN("email", "A user with this email already exists."),
  PHONE_TAKEN("phone_number", "A user with this phone number already exists."),
  PLAN_NAME_TAKEN("name", "A subscription plan with this name already exists."),
  CUSTOMER_PROFILE_TAKEN("user", "This account already has a customer profile."),
  CUSTOMER_PHONE_TAKEN("phone_number", "A customer with this phone number already exists."),
  CUSTOMER_HAS_ORDERS(
      "", "This customer has orders, which are kept; the customer is kept with them."),
  MECHANIC_PROFILE_TAKEN("user", "This account already has a mechanic profile."),
  CARD_ON_FILE("number", "This card is already on file."),
  PLATE_TAKEN("license_plate", "A vehicle with this licence plate is already registered."),
  SERVICE_NAME_TAKEN("name", "A service with this name already exists."),
  VEHICLE_ON_MARKET("vehicle_id", "This vehicle is on the marketplace already."),
  SOURCE_INVOICED("", "This has been invoiced already."),
  IDEMPOTENCY_KEY_USED("Idempotency-Key", "This Idempotency-Key was used already."),
  SERVICE_KIND_TAKEN("code", "A service kind with this code already exists."),
  CATALOGUE_CODE_TAKEN(
      "code", "This attribute has a value with this code already in the catalogue."),
  FEEDBACK_GIVEN("", "Feedback was given on this request already."),
  INTEREST_PENDING("", "You already have a pending interest in this trade."),
  BLOCKED_ALREADY("user_id", "You have already blocked this user."),
  STALE_SERVICE_REQUEST("", "The service request was changed meanwhile; reload it and try again."),
  STALE_ACCOUNT("", "The account was changed meanwhile; reload it and try again."),
  STALE_TRADE("", "The trade was changed meanwhile; reload it and try again."),
  STALE_INVOICE("", "The invoice was changed meanwhile; reload it and try again.");

  private final String field;
  private final String message;

  StoreConflict(String field, String message) {
    this.field = field;
    this.message = message;
  }

  /** The core's failure for this conflict, on the input field it names (if any). */
  public Conflict conflict() {
    return new Conflict(field, message);
  }
}

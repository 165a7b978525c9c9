package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Market;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each operation with a request body can be sent so that only its body may be at fault: a
 * caller allowed to make it, a path naming records that exist ({@link RequestWorld}), and valid
 * bodies to break one field of at a time (several where fields exclude each other, or count only
 * with another).
 */
final class RequestTargets {
  private static final String PASSWORD = Accounts.PASSWORD;

  /** A caller, a concrete path and valid bodies; a field is broken in the first body naming it. */
  record Target(ConformingApi caller, String path, List<Map<String, Object>> bodies) {
    Map<String, Object> bodyFor(String field) {
      return bodies.stream().filter(b -> b.containsKey(field)).findFirst().orElse(bodies.get(0));
    }
  }

  private RequestTargets() {}

  /** The targets by operation id. */
  static Map<String, Target> in(RequestWorld w) {
    Map<String, Target> targets = new HashMap<>();
    accounts(w, targets);
    records(w, targets);
    market(w, targets);
    CarCareTargets.put(w, targets);
    orders(w, targets);
    interests(w, targets);
    matching(w, targets);
    return targets;
  }

  private static void accounts(RequestWorld w, Map<String, Target> targets) {
    Map<String, Object> account = newAccount();
    Map<String, Object> mechanic = new HashMap<>(account);
    mechanic.putAll(body("role", "mechanic", "specialization", "Brakes", "experience_years", 3));
    String user = "/v1/users/" + w.account();
    targets.put(
        "register", new Target(w.anonymous(), "/v1/auth/register", List.of(account, mechanic)));
    targets.put(
        "logIn",
        one(w.anonymous(), "/v1/auth/login", body("username", "olive", "password", PASSWORD)));
    targets.put(
        "refreshSession", one(w.anonymous(), "/v1/auth/refresh", body("refresh_token", "t")));
    targets.put("logOut", one(w.olive(), "/v1/auth/logout", body()));
    targets.put(
        "changePassword",
        one(
            w.newCustomer("pat"),
            "/v1/auth/password",
            body("old_password", PASSWORD, "new_password", "Fresh-Start-99")));
    targets.put("updateMe", one(w.olive(), "/v1/me", body()));
    targets.put(
        "confirmPhone",
        one(w.newCustomer("phoebe"), "/v1/me/phone/verification/confirm", body("code", "123456")));
    targets.put(
        "changeMySubscription",
        one(w.olive(), "/v1/me/subscription", body("subscription_plan", w.plan())));
    targets.put("createUser", new Target(w.superuser(), "/v1/users", List.of(account, mechanic)));
    targets.put(
        "replaceUser",
        one(w.superuser(), user, body("username", "target", "email", "t@example.com")));
    targets.put("updateUser", one(w.superuser(), user, body()));
    targets.put(
        "setUserPassword",
        one(w.superuser(), user + "/password", body("password", "Fresh-Start-99")));
    targets.put(
        "createCustomer",
        new Target(
            w.staff(),
            "/v1/customers",
            List.of(account, body("name", "Walk In", "phone_number", "+254701000777"))));
    targets.put("replaceCustomer", one(w.staff(), "/v1/customers/" + w.customer(), body()));
    targets.put("updateCustomer", one(w.staff(), "/v1/customers/" + w.customer(), body()));
    targets.put(
        "createSubscriptionPlan",
        one(
            w.staff(),
            "/v1/subscription-plans",
            body("name", "Silver", "price", "5.00", "duration_days", 30)));
    targets.put(
        "updateSubscriptionPlan", one(w.staff(), "/v1/subscription-plans/" + w.plan(), body()));
  }

  private static void records(RequestWorld w, Map<String, Target> targets) {
    Map<String, Object> vehicle =
        body("brand", "Toyota", "model", "Camry", "year", 2020, "license_plate", "KDA 042X");
    targets.put("registerVehicle", one(w.olive(), "/v1/vehicles", vehicle));
    targets.put("replaceVehicle", one(w.olive(), "/v1/vehicles/" + w.car(), vehicle));
    targets.put("updateVehicle", one(w.olive(), "/v1/vehicles/" + w.car(), body()));
    Map<String, Object> byText = body("number", Market.MASTERCARD, "holder", "Olive", "cvc", "123");
    Map<String, Object> byNumbers = new HashMap<>(byText);
    byText.put("expiry", "12/30");
    byNumbers.putAll(body("exp_month", 12, "exp_year", 2030));
    targets.put(
        "addCreditCard", new Target(w.olive(), "/v1/credit-cards", List.of(byText, byNumbers)));
    targets.put("registerLead", one(w.staff(), "/v1/leads", body("first_name", "Lou")));
    targets.put("updateLead", one(w.staff(), "/v1/leads/" + w.lead(), body()));
    targets.put("convertLead", one(w.staff(), "/v1/leads/" + w.lead() + "/convert", newAccount()));
    List<Map<String, Object>> points =
        List.of(body("email", "o2@example.com"), body("phone_number", "+254701000999"));
    targets.put("addContact", new Target(w.olive(), "/v1/contacts", points));
    targets.put("updateContact", one(w.olive(), "/v1/contacts/" + w.contact(), body()));
  }

  private static void market(RequestWorld w, Map<String, Target> targets) {
    Map<String, Object> terms = Market.terms("11000.00");
    targets.put(
        "createService",
        one(w.staff(), "/v1/services", body("kind", "sell", "name", "Quick", "fee", "1")));
    targets.put("updateService", one(w.staff(), "/v1/services/" + w.service(), body()));
    targets.put(
        "openTrade",
        one(
            w.olive(),
            "/v1/trades",
            body("vehicle_id", w.anotherCar(), "service_id", w.service())));
    targets.put("submitProposal", one(w.olive(), "/v1/trades/" + w.trade() + "/proposals", terms));
    targets.put(
        "setBuyerRequirements",
        one(
            w.olive(),
            "/v1/trades/" + w.trade() + "/buyer-requirements",
            body("verified_phone", false, "card_on_file", false, "no_cancelled_deals", false)));
    targets.put(
        "counterProposal", one(w.bruno(), "/v1/proposals/" + w.proposal() + "/counter", terms));
    String invoice = "/v1/invoices/" + w.invoice();
    targets.put("payInvoice", one(w.olive(), invoice + "/payments", body("card_id", w.card())));
    targets.put("voidInvoice", one(w.staff(), invoice + "/void", body("reason", "Typo")));
  }

  private static void orders(RequestWorld w, Map<String, Target> targets) {
    Map<String, Object> order = body("customer_id", w.customer(), "item", "Borns", "amount", "5");
    targets.put("placeOrder", one(w.staff(), "/v1/orders", order));
    String placed = w.staff().post("/v1/orders", order).text("id");
    targets.put("updateOrder", one(w.staff(), "/v1/orders/" + placed, body()));
  }

  /**
   * An interest's and a message's bodies are read before their trade or conversation is looked up,
   * and a block's before its user: ids that name nothing do.
   */
  private static void interests(RequestWorld w, Map<String, Target> targets) {
    String nothing = java.util.UUID.randomUUID().toString();
    targets.put(
        "sendInterest",
        one(w.olive(), "/v1/trades/" + nothing + "/interests", body("message", "Hi")));
    targets.put(
        "sendMessage",
        one(w.olive(), "/v1/conversations/" + nothing + "/messages", body("text", "Hello")));
    targets.put("blockUser", one(w.olive(), "/v1/blocks", body("user_id", w.account())));
  }

  private static void matching(RequestWorld w, Map<String, Target> targets) {
    Map<String, Object> value = body("attribute", "fuel", "code", "hydrogen", "name", "Hydrogen");
    targets.put("addCatalogueValue", one(w.staff(), "/v1/catalogue", value));
    String added = w.staff().post("/v1/catalogue", value).text("id");
    targets.put(
        "renameCatalogueValue", one(w.staff(), "/v1/catalogue/" + added, body("name", "H2")));
    Map<String, Object> search =
        body("name", "Any sale", "trade_kind", "sale", "year_min", 2015, "mileage_max", 90000);
    targets.put("savePreference", one(w.bruno(), "/v1/preferences", search));
    String saved = w.bruno().post("/v1/preferences", search).text("id");
    targets.put("changePreference", one(w.bruno(), "/v1/preferences/" + saved, search));
  }

  private static Map<String, Object> newAccount() {
    return body("username", "newbie", "email", "n@example.com", "password", PASSWORD);
  }

  static Target one(ConformingApi caller, String path, Map<String, Object> body) {
    return new Target(caller, path, List.of(body));
  }
}

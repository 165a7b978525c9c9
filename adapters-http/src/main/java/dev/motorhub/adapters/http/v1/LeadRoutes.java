package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Customers;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.ConvertLead;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.LeadFilter;
import dev.motorhub.application.customers.LeadForm;
import dev.motorhub.application.customers.RegisterLead;
import dev.motorhub.application.customers.RemoveLead;
import dev.motorhub.application.customers.UpdateLead;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/** {@code /v1/leads}: sales leads, staff only, and their conversion into customers. */
public final class LeadRoutes implements Routes {
  private final Customers records;
  private final Authenticator auth;
  private final Clock clock;

  public LeadRoutes(Customers records, Authenticator auth, Clock clock) {
    this.records = records;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/leads", this::list);
    routes.post("/v1/leads", this::register);
    routes.get("/v1/leads/{id}", this::get);
    routes.patch("/v1/leads/{id}", this::update);
    routes.delete("/v1/leads/{id}", this::remove);
    routes.post("/v1/leads/{id}/convert", this::convert);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    LeadFilter filter =
        LeadFilter.of(
            ctx.queryParam("first_name"), ctx.queryParam("last_name"), ctx.queryParam("source"));
    PageRequest page = Queries.page(ctx);
    ctx.json(Views.page(records.viewLeads().list(principal, filter, page), RecordViews::lead));
  }

  private void register(Context ctx) {
    Principal principal = auth.require(ctx);
    Lead lead =
        records.registerLead().register(new RegisterLead.Command(principal, form(Body.of(ctx))));
    ctx.status(201).header("Location", "/v1/leads/" + lead.id()).json(RecordViews.lead(lead));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(RecordViews.lead(records.viewLeads().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    LeadForm changes = form(Body.of(ctx));
    ctx.json(
        RecordViews.lead(
            records.updateLead().update(new UpdateLead.Command(principal, id(ctx), changes))));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    records.removeLead().remove(new RemoveLead.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** Answers with the new customer's profile, as {@code POST /v1/customers} does. */
  private void convert(Context ctx) {
    Principal principal = auth.require(ctx);
    LeadId lead = id(ctx);
    Body body = Body.of(ctx);
    Violations violations = new Violations();
    String username = violations.capture(() -> body.text("username"));
    String email = violations.capture(() -> body.text("email"));
    String phone = violations.capture(() -> body.firstText("phone_number", "phone"));
    String password = violations.capture(() -> body.text("password"));
    violations.throwIfAny();
    Account account =
        records
            .convertLead()
            .convert(new ConvertLead.Command(principal, lead, username, email, phone, password));
    Customer customer = account.customer().orElseThrow();
    ctx.status(201)
        .header("Location", "/v1/customers/" + customer.id())
        .json(Views.customer(new CustomerRecord(customer, account.user()), clock));
  }

  /** The lead's details in a body, naming every field of the wrong type at once. */
  private static LeadForm form(Body body) {
    Violations violations = new Violations();
    String first = violations.capture(() -> body.text("first_name"));
    String last = violations.capture(() -> body.text("last_name"));
    String source = violations.capture(() -> body.text("source"));
    String notes = violations.capture(() -> body.text("notes"));
    String dob = violations.capture(() -> body.text("dob"));
    violations.throwIfAny();
    return new LeadForm(first, last, source, notes, dob);
  }

  private static LeadId id(Context ctx) {
    return new LeadId(PathIds.uuid(ctx.pathParam("id"), "Lead"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Customers;
import dev.motorhub.application.customers.AddContact;
import dev.motorhub.application.customers.ContactForm;
import dev.motorhub.application.customers.ContactQuery;
import dev.motorhub.application.customers.RemoveContact;
import dev.motorhub.application.customers.UpdateContact;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /v1/contacts}: customers' own contacts, and every customer's and lead's for staff. */
public final class ContactRoutes implements Routes {
  private final Customers records;
  private final Authenticator auth;

  public ContactRoutes(Customers records, Authenticator auth) {
    this.records = records;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/contacts", this::list);
    routes.post("/v1/contacts", this::add);
    routes.get("/v1/contacts/{id}", this::get);
    routes.patch("/v1/contacts/{id}", this::update);
    routes.delete("/v1/contacts/{id}", this::remove);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ContactQuery query = new ContactQuery(ctx.queryParam("customer_id"), ctx.queryParam("lead_id"));
    PageRequest page = Queries.page(ctx);
    ctx.json(Views.page(records.viewContacts().list(principal, query, page), RecordViews::contact));
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    Contact contact =
        records.addContact().add(AddContact.Command.of(principal, form(Body.of(ctx))));
    ctx.status(201)
        .header("Location", "/v1/contacts/" + contact.id())
        .json(RecordViews.contact(contact));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(RecordViews.contact(records.viewContacts().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    ContactId id = id(ctx);
    UpdateContact.Command command = UpdateContact.Command.of(principal, id, form(Body.of(ctx)));
    ctx.json(RecordViews.contact(records.updateContact().update(command)));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    records.removeContact().remove(new RemoveContact.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The contact in a body, naming every field of the wrong type at once. */
  private static ContactForm form(Body body) {
    Violations violations = new Violations();
    String customer = violations.capture(() -> body.text("customer_id"));
    String lead = violations.capture(() -> body.text("lead_id"));
    String email = violations.capture(() -> body.text("email"));
    String phone = violations.capture(() -> body.firstText("phone_number", "phone"));
    String note = violations.capture(() -> body.text("note"));
    violations.throwIfAny();
    return new ContactForm(customer, lead, email, phone, note);
  }

  private static ContactId id(Context ctx) {
    return new ContactId(PathIds.uuid(ctx.pathParam("id"), "Contact"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Customers;
import dev.motorhub.application.customers.AddCreditCard;
import dev.motorhub.application.customers.CardForm;
import dev.motorhub.application.customers.RemoveCreditCard;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /v1/credit-cards}: customers keep their payment cards; staff see and remove anyone's. The
 * number and the security code are read once, checked, and never written anywhere.
 */
public final class CreditCardRoutes implements Routes {
  private final Customers records;
  private final Authenticator auth;

  public CreditCardRoutes(Customers records, Authenticator auth) {
    this.records = records;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/credit-cards", this::list);
    routes.post("/v1/credit-cards", this::add);
    routes.get("/v1/credit-cards/{id}", this::get);
    routes.delete("/v1/credit-cards/{id}", this::remove);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    Optional<UserId> owner =
        Optional.ofNullable(ctx.queryParam("owner_id"))
            .filter(id -> !id.isBlank())
            .map(id -> UserId.parse(id, "owner_id"));
    PageRequest page = Queries.page(ctx);
    ctx.json(Views.page(records.viewCreditCards().list(principal, owner, page), RecordViews::card));
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    CreditCard card =
        records.addCreditCard().add(AddCreditCard.Command.of(principal, form(Body.of(ctx))));
    ctx.status(201)
        .header("Location", "/v1/credit-cards/" + card.id())
        .json(RecordViews.card(card));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(RecordViews.card(records.viewCreditCards().get(principal, id(ctx))));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    records.removeCreditCard().remove(new RemoveCreditCard.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The card in a body, naming every field of the wrong type at once. */
  private static CardForm form(Body body) {
    Violations violations = new Violations();
    String number = violations.capture(() -> body.text("number"));
    String expiry = violations.capture(() -> body.text("expiry"));
    Integer month = violations.capture(() -> body.integer("exp_month"));
    Integer year = violations.capture(() -> body.integer("exp_year"));
    String holder = violations.capture(() -> body.text("holder"));
    String cvc = violations.capture(() -> body.text("cvc"));
    violations.throwIfAny();
    return new CardForm(number, expiry, month, year, holder, cvc);
  }

  private static CardId id(Context ctx) {
    return new CardId(PathIds.uuid(ctx.pathParam("id"), "Credit card"));
  }
}

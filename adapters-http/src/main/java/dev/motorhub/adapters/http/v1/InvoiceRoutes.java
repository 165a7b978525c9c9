package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.billing.VoidInvoice;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /v1/invoices} and {@code /v1/payments}: customers read and pay their invoices (a retried
 * payment with the same {@code Idempotency-Key} pays once; a payment whose charge has no outcome
 * yet is answered {@code 202}, pending); staff read all and void.
 */
public final class InvoiceRoutes implements Routes {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private final Motorhub core;
  private final Authenticator auth;
  private final Clock clock;

  public InvoiceRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.core = core;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/invoices", this::list);
    routes.get("/v1/invoices/{id}", this::get);
    routes.post("/v1/invoices/{id}/payments", this::pay);
    routes.post("/v1/invoices/{id}/void", this::voidInvoice);
    routes.get("/v1/payments", this::payments);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    Violations violations = new Violations();
    Optional<UserId> customer =
        Queries.optional(ctx, "customer_id")
            .map(c -> violations.capture(() -> UserId.parse(c, "customer_id")));
    Optional<InvoiceStatus> status =
        Queries.optional(ctx, "status")
            .map(s -> violations.capture(() -> InvoiceStatus.parse(s, "status")));
    violations.throwIfAny();
    LocalDate today = LocalDate.now(clock);
    ctx.json(
        Views.page(
            core.billing().viewInvoices().search(principal, customer, status, Queries.page(ctx)),
            invoice -> BillingViews.invoice(invoice, today)));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(core.billing().viewInvoices().get(principal, id(ctx))));
  }

  private void pay(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("card_id"));
    CardId cardId = CardId.parse(body.text("card_id"), "card_id");
    PayInvoice.Receipt receipt =
        core.billing()
            .payInvoice()
            .pay(
                new PayInvoice.Command(
                    principal,
                    id(ctx),
                    cardId,
                    body.amount("amount"),
                    ctx.header(IDEMPOTENCY_KEY)));
    if (receipt.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
    }
    // A payment whose charge has no known outcome yet is pending: 202, to be settled later.
    ctx.status(receipt.pending() ? 202 : 201)
        .header("Location", "/v1/payments?invoice_id=" + receipt.payment().invoice())
        .json(new PaymentReceipt(BillingViews.payment(receipt.payment()), view(receipt.invoice())));
  }

  private void voidInvoice(Context ctx) {
    Principal principal = auth.require(ctx);
    String reason = Body.of(ctx).text("reason");
    ctx.json(
        view(
            core.billing()
                .voidInvoice()
                .voidInvoice(new VoidInvoice.Command(principal, id(ctx), reason))));
  }

  private void payments(Context ctx) {
    Principal principal = auth.require(ctx);
    Violations violations = new Violations();
    Optional<UserId> payer =
        Queries.optional(ctx, "payer_id")
            .map(p -> violations.capture(() -> UserId.parse(p, "payer_id")));
    Optional<InvoiceId> invoice =
        Queries.optional(ctx, "invoice_id")
            .map(i -> violations.capture(() -> InvoiceId.parse(i, "invoice_id")));
    violations.throwIfAny();
    ctx.json(
        Views.page(
            core.billing().viewPayments().search(principal, payer, invoice, Queries.page(ctx)),
            BillingViews::payment));
  }

  /** A payment and the invoice as it stands after it. */
  record PaymentReceipt(BillingViews.PaymentView payment, BillingViews.InvoiceView invoice) {}

  private BillingViews.InvoiceView view(Invoice invoice) {
    return BillingViews.invoice(invoice, LocalDate.now(clock));
  }

  private static InvoiceId id(Context ctx) {
    return new InvoiceId(PathIds.uuid(ctx.pathParam("id"), "Invoice"));
  }
}

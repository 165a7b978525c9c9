package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.VoidInvoice;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/v1/invoices}: the invoices completing requests issued, read as the seed reads them;
 * billing issues them from a job's cost lines, so they are not posted or put (405); deleting one
 * voids it, staff only.
 */
final class CarCareBillingRoutes implements Routes {
  private static final String INVOICES = "/api/v1/invoices";
  private final Motorhub core;
  private final Authenticator auth;

  CarCareBillingRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(INVOICES, this::invoices);
    routes.get(INVOICES + "/{id}", this::invoice);
    routes.delete(INVOICES + "/{id}", this::voidInvoice);
  }

  private void invoices(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        AllPages.of(
                page ->
                    core.billing()
                        .viewInvoices()
                        .search(principal, Optional.empty(), Optional.empty(), page))
            .stream()
            .filter(CarCareBillingRoutes::ofCarCare)
            .map(CarCareWorkViews::invoice)
            .toList());
  }

  private void invoice(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new InvoiceId(PathIds.uuid(ctx.pathParam("id"), "Invoice"));
    Invoice invoice =
        Optional.of(core.billing().viewInvoices().get(principal, id))
            .filter(CarCareBillingRoutes::ofCarCare)
            .orElseThrow(() -> new NotFound("Invoice"));
    ctx.json(CarCareWorkViews.invoice(invoice));
  }

  /** Deleting a car care invoice voids it (staff; nothing paid on it) and answers it void. */
  private void voidInvoice(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new InvoiceId(PathIds.uuid(ctx.pathParam("id"), "Invoice"));
    var command =
        new VoidInvoice.Command(
            principal,
            id,
            "Deleted through CarCarePro's invoices.",
            Optional.of(CompleteServiceRequest.INVOICE_KIND));
    ctx.json(CarCareWorkViews.invoice(core.billing().voidInvoice().voidInvoice(command)));
  }

  private static boolean ofCarCare(Invoice invoice) {
    return invoice.bill().source().kind().equals(CompleteServiceRequest.INVOICE_KIND);
  }
}

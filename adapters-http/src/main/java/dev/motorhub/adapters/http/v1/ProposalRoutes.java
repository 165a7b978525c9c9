package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CancelProposal;
import dev.motorhub.application.marketplace.CounterProposal;
import dev.motorhub.application.marketplace.DeclineProposal;
import dev.motorhub.application.marketplace.ProposalForm;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * Proposals: the owner's offers on {@code /v1/trades/{id}/proposals}, and the answers to a proposal
 * on {@code /v1/proposals/{id}/…}: accept, decline, counter, cancel.
 */
public final class ProposalRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;
  private final Clock clock;

  public ProposalRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.core = core;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/trades/{id}/proposals", this::onTrade);
    routes.post("/v1/trades/{id}/proposals", this::submit);
    routes.get("/v1/proposals/{id}", this::get);
    routes.post("/v1/proposals/{id}/accept", this::accept);
    routes.post("/v1/proposals/{id}/decline", this::decline);
    routes.post("/v1/proposals/{id}/counter", this::counter);
    routes.post("/v1/proposals/{id}/cancel", this::cancel);
  }

  private void onTrade(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId trade = new TradeId(PathIds.uuid(ctx.pathParam("id"), "Trade"));
    ctx.json(
        Views.page(
            core.marketplace().viewProposals().onTrade(principal, trade, Queries.page(ctx)),
            this::view));
  }

  private void submit(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId trade = new TradeId(PathIds.uuid(ctx.pathParam("id"), "Trade"));
    Proposal proposal =
        core.marketplace()
            .submitProposal()
            .submit(new SubmitProposal.Command(principal, trade, form(Body.of(ctx))));
    created(ctx, proposal);
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(core.marketplace().viewProposals().get(principal, id(ctx))));
  }

  private void accept(Context ctx) {
    Principal principal = auth.require(ctx);
    var acceptance =
        core.marketplace().acceptProposal().accept(new AcceptProposal.Command(principal, id(ctx)));
    ctx.json(view(acceptance.accepted()));
  }

  private void decline(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        view(
            core.marketplace()
                .declineProposal()
                .decline(new DeclineProposal.Command(principal, id(ctx)))));
  }

  private void counter(Context ctx) {
    Principal principal = auth.require(ctx);
    Proposal counter =
        core.marketplace()
            .counterProposal()
            .counter(new CounterProposal.Command(principal, id(ctx), form(Body.of(ctx))));
    created(ctx, counter);
  }

  private void cancel(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        view(
            core.marketplace()
                .cancelProposal()
                .cancel(new CancelProposal.Command(principal, id(ctx)))));
  }

  private void created(Context ctx, Proposal proposal) {
    ctx.status(201).header("Location", "/v1/proposals/" + proposal.id()).json(view(proposal));
  }

  private ProposalViews.ProposalView view(Proposal proposal) {
    return ProposalViews.proposal(proposal, clock.instant());
  }

  /** The terms in a body, naming every field of the wrong type at once. */
  private static ProposalForm form(Body body) {
    Violations violations = new Violations();
    String amount = violations.capture(() -> body.amount("amount"));
    String down = violations.capture(() -> body.amount("down_payment"));
    Integer term = violations.capture(() -> body.integer("term_days"));
    String frequency = violations.capture(() -> body.text("payment_frequency"));
    String note = violations.capture(() -> body.text("note"));
    violations.throwIfAny();
    return new ProposalForm(amount, down, term, frequency, note);
  }

  private static ProposalId id(Context ctx) {
    return new ProposalId(PathIds.uuid(ctx.pathParam("id"), "Proposal"));
  }
}

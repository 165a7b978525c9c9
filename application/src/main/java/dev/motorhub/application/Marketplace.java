package dev.motorhub.application;

import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CancelProposal;
import dev.motorhub.application.marketplace.CancelTrade;
import dev.motorhub.application.marketplace.CounterProposal;
import dev.motorhub.application.marketplace.CreateService;
import dev.motorhub.application.marketplace.DeclineProposal;
import dev.motorhub.application.marketplace.HandOverVehicle;
import dev.motorhub.application.marketplace.HandoverNotices;
import dev.motorhub.application.marketplace.Negotiations;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.marketplace.ProposalNotices;
import dev.motorhub.application.marketplace.RemoveService;
import dev.motorhub.application.marketplace.SetBuyerRequirements;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.application.marketplace.TradeEndings;
import dev.motorhub.application.marketplace.TradeInvoicing;
import dev.motorhub.application.marketplace.TradedVehicles;
import dev.motorhub.application.marketplace.UpdateService;
import dev.motorhub.application.marketplace.ViewBuyerRequirements;
import dev.motorhub.application.marketplace.ViewProposals;
import dev.motorhub.application.marketplace.ViewServices;
import dev.motorhub.application.marketplace.ViewTrades;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of the marketplace, wired over one {@link Store}: services, trades and the
 * proposals on them, invoiced by the invoicing policy. {@link Motorhub} builds one and hands it out
 * as {@link Motorhub#marketplace()}.
 */
public final class Marketplace {
  private final CreateService createService;
  private final UpdateService updateService;
  private final ViewServices viewServices;
  private final RemoveService removeService;
  private final OpenTrade openTrade;
  private final ViewTrades viewTrades;
  private final CancelTrade cancelTrade;
  private final SubmitProposal submitProposal;
  private final CounterProposal counterProposal;
  private final AcceptProposal acceptProposal;
  private final DeclineProposal declineProposal;
  private final CancelProposal cancelProposal;
  private final ViewProposals viewProposals;
  private final HandOverVehicle handOverVehicle;
  private final SetBuyerRequirements setBuyerRequirements;
  private final ViewBuyerRequirements viewBuyerRequirements;

  /** What the marketplace's use cases are made of. */
  record Wiring(
      Store store,
      MarketplacePolicy policy,
      GaragePolicy garagePolicy,
      InvoicingPolicy invoicing,
      InvoiceIssuer issuer,
      Notifier notifier,
      TradeEndings endings,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Marketplace(Wiring w) {
    var tx = w.store().transactions();
    var services = w.store().services();
    var trades = w.store().trades();
    var proposals = w.store().proposals();
    var vehicles = w.store().vehicles();
    var policy = w.policy();
    var negotiations = new Negotiations(trades, proposals, policy);
    var invoicing = new TradeInvoicing(w.invoicing(), services, w.issuer());
    var notices = new ProposalNotices(w.notifier());
    var handovers = new HandoverNotices(w.notifier());
    var traded = new TradedVehicles(vehicles, services, handovers);
    var changes = new ChangeLog(w.store().changeQueue(), w.ids(), w.clock());
    createService = new CreateService(tx, services, policy, w.ids(), w.settings(), w.clock());
    updateService = new UpdateService(tx, services, policy, w.settings(), w.clock());
    viewServices = new ViewServices(tx, services, policy);
    removeService = new RemoveService(tx, services, policy);
    openTrade = new OpenTrade(tx, trades, vehicles, services, policy, changes, w.ids(), w.clock());
    var asked = w.store().buyerRequirements();
    viewTrades = new ViewTrades(tx, trades, vehicles, services, asked, policy);
    setBuyerRequirements = new SetBuyerRequirements(tx, negotiations, asked, policy, w.clock());
    viewBuyerRequirements = new ViewBuyerRequirements(tx, trades, asked, policy);
    cancelTrade =
        new CancelTrade(
            tx, negotiations, trades, proposals, policy, notices, w.endings(), w.clock());
    submitProposal =
        new SubmitProposal(
            tx,
            negotiations,
            proposals,
            policy,
            invoicing,
            notices,
            changes,
            w.ids(),
            w.settings(),
            w.clock());
    counterProposal =
        new CounterProposal(
            tx,
            negotiations,
            proposals,
            policy,
            invoicing,
            notices,
            w.ids(),
            w.settings(),
            w.clock());
    acceptProposal =
        new AcceptProposal(
            tx,
            negotiations,
            trades,
            proposals,
            policy,
            invoicing,
            traded,
            notices,
            w.endings(),
            w.clock());
    declineProposal = new DeclineProposal(tx, negotiations, proposals, notices, policy, w.clock());
    cancelProposal =
        new CancelProposal(tx, negotiations, proposals, notices, policy, changes, w.clock());
    viewProposals = new ViewProposals(tx, trades, proposals, policy);
    handOverVehicle =
        new HandOverVehicle(
            tx,
            trades,
            vehicles,
            w.store().users(),
            policy,
            w.garagePolicy(),
            handovers,
            w.clock());
  }

  public CreateService createService() {
    return createService;
  }

  public UpdateService updateService() {
    return updateService;
  }

  public ViewServices viewServices() {
    return viewServices;
  }

  public RemoveService removeService() {
    return removeService;
  }

  public OpenTrade openTrade() {
    return openTrade;
  }

  public ViewTrades viewTrades() {
    return viewTrades;
  }

  public CancelTrade cancelTrade() {
    return cancelTrade;
  }

  public SubmitProposal submitProposal() {
    return submitProposal;
  }

  public CounterProposal counterProposal() {
    return counterProposal;
  }

  public AcceptProposal acceptProposal() {
    return acceptProposal;
  }

  public DeclineProposal declineProposal() {
    return declineProposal;
  }

  public CancelProposal cancelProposal() {
    return cancelProposal;
  }

  public ViewProposals viewProposals() {
    return viewProposals;
  }

  public HandOverVehicle handOverVehicle() {
    return handOverVehicle;
  }

  /** A trade's owner, or staff, set what it asks of buyers. */
  public SetBuyerRequirements setBuyerRequirements() {
    return setBuyerRequirements;
  }

  public ViewBuyerRequirements viewBuyerRequirements() {
    return viewBuyerRequirements;
  }
}

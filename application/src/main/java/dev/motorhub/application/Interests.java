package dev.motorhub.application;

import dev.motorhub.application.matching.AnswerInterest;
import dev.motorhub.application.matching.BlockUser;
import dev.motorhub.application.matching.BuyerChecks;
import dev.motorhub.application.matching.InterestAccess;
import dev.motorhub.application.matching.InterestNotices;
import dev.motorhub.application.matching.ManageBlocks;
import dev.motorhub.application.matching.ReadMessages;
import dev.motorhub.application.matching.SendInterest;
import dev.motorhub.application.matching.SendMessage;
import dev.motorhub.application.matching.ViewConversations;
import dev.motorhub.application.matching.ViewInterests;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.domain.matching.BuyerEligibility;
import dev.motorhub.domain.matching.PlanLimits;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of interests and conversations (matching, seed 002), wired over one {@link Store}:
 * a buyer's interest in an open trade, the seller's answer, the conversation of a mutual match and
 * its messages, and blocks. {@link Motorhub} hands it out as {@link Motorhub#interests()}.
 */
public final class Interests {
  private final SendInterest sendInterest;
  private final AnswerInterest answerInterest;
  private final ViewInterests viewInterests;
  private final ViewConversations viewConversations;
  private final ReadMessages readMessages;
  private final SendMessage sendMessage;
  private final BlockUser blockUser;
  private final ManageBlocks manageBlocks;

  record Wiring(
      Store store,
      PlanLimits limits,
      BuyerEligibility eligibility,
      Notifier notifier,
      IdGenerator ids,
      Clock clock) {}

  Interests(Wiring w) {
    var s = w.store();
    var tx = s.transactions();
    var notices = new InterestNotices(w.notifier());
    var access = new InterestAccess(s.interests(), s.conversations());
    sendInterest =
        new SendInterest(
            tx,
            s.trades(),
            s.interests(),
            s.blocks(),
            s.users(),
            s.plans(),
            w.limits(),
            notices,
            new BuyerChecks(s.buyerRequirements(), s.buyerRecords(), w.eligibility(), w.clock()),
            w.ids(),
            w.clock());
    answerInterest =
        new AnswerInterest(
            tx,
            s.trades(),
            s.interests(),
            s.conversations(),
            s.blocks(),
            access,
            notices,
            w.ids(),
            w.clock());
    viewInterests = new ViewInterests(tx, s.interests(), access);
    viewConversations = new ViewConversations(tx, s.conversations(), s.messages());
    readMessages = new ReadMessages(tx, s.messages(), access, w.clock());
    sendMessage = new SendMessage(tx, s.messages(), access, notices, w.ids(), w.clock());
    blockUser = new BlockUser(tx, s.blocks(), s.conversations(), s.users(), w.ids(), w.clock());
    manageBlocks = new ManageBlocks(tx, s.blocks());
  }

  public SendInterest sendInterest() {
    return sendInterest;
  }

  public AnswerInterest answerInterest() {
    return answerInterest;
  }

  public ViewInterests viewInterests() {
    return viewInterests;
  }

  public ViewConversations viewConversations() {
    return viewConversations;
  }

  public ReadMessages readMessages() {
    return readMessages;
  }

  public SendMessage sendMessage() {
    return sendMessage;
  }

  public BlockUser blockUser() {
    return blockUser;
  }

  public ManageBlocks manageBlocks() {
    return manageBlocks;
  }
}

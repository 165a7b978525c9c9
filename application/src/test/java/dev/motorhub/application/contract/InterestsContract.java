package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.matching.InterestFilter;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.matching.MessageId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store keeps of interests, conversations, messages and blocks: one pending interest a
 * buyer and trade, interests counted and listed by direction and status, newest first,
 * conversations with their unread messages, and blocks seen from both sides.
 */
public abstract class InterestsContract extends MarketContract {
  private Trade.Open trade;

  @BeforeEach
  void aTradeOfAlice() {
    trade = openTrade();
  }

  private Interest interestOf(UserId buyer, int minute) {
    return interestOf(trade, buyer, minute);
  }

  private Interest interestOf(Trade.Open in, UserId buyer, int minute) {
    Interest interest = unsent(in, buyer, minute);
    runTx(() -> store.interests().add(interest));
    return interest;
  }

  /** A new interest of {@code buyer} in alice's trade {@code in}, not stored. */
  private Interest unsent(Trade.Open in, UserId buyer, int minute) {
    return Interest.send(
        new InterestId(Fixtures.nextId()), in.id(), buyer, alice.id(), "Hi", at(minute));
  }

  private InterestFilter of(UserId party, boolean sent, boolean received, InterestStatus status) {
    return new InterestFilter(party, sent, received, Optional.ofNullable(status));
  }

  @Test
  void anInterest_isFoundAsStored_andAnsweredOnce() {
    Interest sent = interestOf(bob.id(), 1);
    assertThat(inTx(() -> store.interests().findById(sent.id()))).contains(sent);

    Interest accepted = sent.accept(at(2));
    runTx(() -> store.interests().update(accepted));

    assertThat(inTx(() -> store.interests().findById(sent.id()))).contains(accepted);
    assertThat(inTx(() -> store.interests().exists(trade.id(), bob.id(), InterestStatus.ACCEPTED)))
        .isTrue();
    assertThat(inTx(() -> store.interests().exists(trade.id(), bob.id(), InterestStatus.PENDING)))
        .isFalse();
  }

  @Test
  void theInterestsPendingInATrade_areItsUnansweredOnes_closedOnesStoredAsSuch() {
    Interest fromBob = interestOf(bob.id(), 1);
    Interest fromCarol = interestOf(carol.id(), 2);
    runTx(() -> store.interests().update(fromCarol.decline(at(3))));
    interestOf(openTrade(vehicleOf(alice, "KDA 777Z"), lease, Fixtures.T0), bob.id(), 4);

    assertThat(inTx(() -> store.interests().pendingIn(trade.id()))).containsExactly(fromBob);

    Interest closed = fromBob.close(at(5));
    runTx(() -> store.interests().update(closed));
    assertThat(inTx(() -> store.interests().pendingIn(trade.id()))).isEmpty();
    assertThat(inTx(() -> store.interests().findById(fromBob.id()))).contains(closed);
  }

  @Test
  void aSecondPendingInterest_ofABuyerInATrade_isAConflict_butOneAfterAnAnswerIsNot() {
    Interest first = interestOf(bob.id(), 1);

    assertConflict(
        () -> store.interests().add(unsent(trade, bob.id(), 2)),
        StoreConflict.INTEREST_PENDING.conflict().field(),
        StoreConflict.INTEREST_PENDING.conflict().getMessage());

    runTx(() -> store.interests().update(first.accept(at(3))));
    interestOf(bob.id(), 4);
    assertThat(inTx(() -> store.interests().countSentSince(bob.id(), at(0)))).isEqualTo(2);
    assertThat(inTx(() -> store.interests().countSentSince(bob.id(), at(2)))).isEqualTo(1);
  }

  @Test
  void interests_areListedNewestFirst_byDirectionAndStatus_inKeysetPages() {
    Interest fromBob = interestOf(bob.id(), 1);
    Interest fromCarol = interestOf(carol.id(), 2);
    runTx(() -> store.interests().update(fromBob.decline(at(3))));

    Page<Interest> first =
        inTx(
            () -> store.interests().list(of(alice.id(), false, false, null), PageRequest.first(1)));
    assertThat(first.items()).extracting(Interest::id).containsExactly(fromCarol.id());
    Page<Interest> second =
        inTx(
            () ->
                store
                    .interests()
                    .list(of(alice.id(), false, false, null), Fixtures.nextPage(first, 1)));
    assertThat(second.items()).extracting(Interest::id).containsExactly(fromBob.id());
    assertThat(second.nextCursor()).isEmpty();

    assertThat(
            inTx(() ->
                    store.interests().list(of(bob.id(), true, false, null), PageRequest.first(10)))
                .items())
        .extracting(Interest::id)
        .containsExactly(fromBob.id());
    assertThat(
            inTx(() ->
                    store.interests().list(of(bob.id(), false, true, null), PageRequest.first(10)))
                .items())
        .isEmpty();
    assertThat(
            inTx(() ->
                    store
                        .interests()
                        .list(
                            of(alice.id(), false, true, InterestStatus.PENDING),
                            PageRequest.first(10)))
                .items())
        .extracting(Interest::id)
        .containsExactly(fromCarol.id());
  }

  @Test
  void aConversation_countsWhatItsReaderHasNotRead_untilTheyReadIt() {
    Interest accepted = interestOf(bob.id(), 1).accept(at(2));
    runTx(() -> store.interests().update(accepted));
    Conversation c = Conversation.open(new ConversationId(Fixtures.nextId()), accepted, at(2));
    runTx(() -> store.conversations().add(c));
    Message hello = c.write(new MessageId(Fixtures.nextId()), bob.id(), "Hello", at(3));
    Message again = c.write(new MessageId(Fixtures.nextId()), bob.id(), "Still there?", at(4));
    Message reply = c.write(new MessageId(Fixtures.nextId()), alice.id(), "Yes", at(5));
    runTx(() -> java.util.List.of(hello, again, reply).forEach(store.messages()::add));

    assertThat(inTx(() -> store.messages().unread(c.id(), alice.id()))).isEqualTo(2);
    assertThat(inTx(() -> store.messages().unread(c.id(), bob.id()))).isEqualTo(1);
    runTx(() -> store.messages().markRead(c.id(), alice.id(), at(6)));
    assertThat(inTx(() -> store.messages().unread(c.id(), alice.id()))).isZero();
    assertThat(inTx(() -> store.messages().unread(c.id(), bob.id()))).isEqualTo(1);

    Page<Message> page = inTx(() -> store.messages().list(c.id(), PageRequest.first(2)));
    assertThat(page.items()).extracting(Message::id).containsExactly(reply.id(), again.id());
    assertThat(page.items().get(1).readAt()).contains(at(6));
    assertThat(inTx(() -> store.conversations().listFor(bob.id(), PageRequest.first(5))).items())
        .containsExactly(c);
    assertThat(inTx(() -> store.conversations().listFor(carol.id(), PageRequest.first(5))).items())
        .isEmpty();
    assertThat(inTx(() -> store.conversations().between(alice.id(), bob.id()))).containsExactly(c);

    Conversation closed = c.close(at(7));
    runTx(() -> store.conversations().update(closed));
    assertThat(inTx(() -> store.conversations().findById(c.id()))).contains(closed);
  }

  @Test
  void aBlock_isSeenFromBothSides_once_untilItIsLifted() {
    Block block = new Block(new BlockId(Fixtures.nextId()), alice.id(), bob.id(), at(1));
    runTx(() -> store.blocks().add(block));

    assertThat(inTx(() -> store.blocks().isBlocked(bob.id(), alice.id()))).isTrue();
    assertThat(inTx(() -> store.blocks().isBlocked(alice.id(), carol.id()))).isFalse();
    assertThat(inTx(() -> store.blocks().blockedBy(bob.id()))).containsExactly(alice.id());
    assertThat(inTx(() -> store.blocks().blockedBy(alice.id()))).containsExactly(bob.id());
    assertThat(inTx(() -> store.blocks().listBy(alice.id(), PageRequest.first(5))).items())
        .containsExactly(block);
    assertConflict(
        () ->
            store
                .blocks()
                .add(new Block(new BlockId(Fixtures.nextId()), alice.id(), bob.id(), at(2))),
        "user_id",
        StoreConflict.BLOCKED_ALREADY.conflict().getMessage());

    runTx(() -> store.blocks().delete(block.id()));
    assertThat(inTx(() -> store.blocks().isBlocked(bob.id(), alice.id()))).isFalse();
    assertThat(inTx(() -> store.blocks().findById(block.id()))).isEmpty();
  }
}

package dev.motorhub.application.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Of two accepts at once on one trade, exactly one wins. */
class ConcurrentAcceptTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void oliveOffersHerCarForSale() {
    trade = market.trade(market.olive, market.sale);
    offer = market.offer(market.olive, trade, "9000.00");
  }

  @Test
  void ofTwentyBuyersAcceptingAtOnce_exactlyOneHasTheDeal_andOneInvoiceIsIssued() throws Exception {
    List<Principal> buyers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      buyers.add(market.customer("buyer" + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Trade.Acceptance>> attempts = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(buyers.size())) {
      for (Principal buyer : buyers) {
        Callable<Trade.Acceptance> accept =
            () -> {
              start.await();
              return market.accept(buyer, offer);
            };
        attempts.add(threads.submit(accept));
      }
      start.countDown();
    }

    int won = 0;
    for (Future<Trade.Acceptance> attempt : attempts) {
      try {
        attempt.get();
        won++;
      } catch (ExecutionException lost) {
        assertThat(lost.getCause()).isInstanceOf(Failure.class);
      }
    }
    assertThat(won).isOne();
    assertThat(market.reread(trade)).isInstanceOf(Trade.Closed.class);
    assertThat(market.invoicesOf(market.olive)).singleElement();
  }
}

package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchCandidatesContract;
import dev.motorhub.application.contract.MatchingFixtures;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.MatchSubject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code MatchCandidates} contract on PostgreSQL, and that the required criteria are filtered
 * in SQL there: a trade that misses one is not even read.
 */
class JdbiMatchCandidatesTest extends MatchCandidatesContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  @Test
  void theRequiredCriteria_leaveOutTheTradesThatMissThem() {
    seedMarket();
    List<MatchSubject> found =
        inTx(
            () ->
                store
                    .matchCandidates()
                    .openFor(
                        MatchingFixtures.saleOf("9000.00", "toyota"),
                        new UserId(UUID.randomUUID())));

    assertThat(found)
        .allSatisfy(
            s -> {
              assertThat(s.kind().value()).isEqualTo("sell");
              assertThat(s.vehicle().details().brand()).isEqualTo("Toyota");
            })
        .hasSize(1);
  }
}

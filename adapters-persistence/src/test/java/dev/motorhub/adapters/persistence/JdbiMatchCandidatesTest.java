package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchCandidatesContract;
import dev.motorhub.application.contract.MatchingFixtures;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code MatchCandidates} contract on PostgreSQL, and that the required criteria are filtered
 * in SQL there: a trade that misses one (a vehicle that records no value of a required attribute
 * included) is not even read.
 */
class JdbiMatchCandidatesTest extends MatchCandidatesContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  @Test
  void theRequiredCriteria_leaveOutTheTradesThatMissThem() {
    seedMarket();
    List<MatchSubject> found = anyonesCandidates(MatchingFixtures.saleOf("9000.00", "toyota"));

    assertThat(found)
        .allSatisfy(
            s -> {
              assertThat(s.kind().value()).isEqualTo("sell");
              assertThat(s.vehicle().details().brand()).isEqualTo("Toyota");
            })
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("electricCarsValues")
  void aRequiredAttribute_leavesOutTheVehiclesWithAnotherValue_orNone(
      Criterion criterion, String code) {
    Trade.Open electric = seedEquippedMarket();

    List<MatchSubject> found = anyonesCandidates(MatchingFixtures.requiring(criterion, code));

    assertThat(found).extracting(s -> s.trade().id()).containsExactly(electric.id());
  }

  /** The candidates for {@code criteria} of a buyer who sells nothing. */
  private List<MatchSubject> anyonesCandidates(SearchCriteria criteria) {
    return inTx(() -> store.matchCandidates().openFor(criteria, new UserId(UUID.randomUUID())));
  }
}

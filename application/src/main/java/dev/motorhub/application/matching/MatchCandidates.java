package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import java.util.List;

/**
 * The open trades worth scoring against a saved search. A store may leave out the trades that miss
 * one of the search's required criteria (the database does, for what its indexes answer) but must
 * keep every open trade that passes them all; it never returns a closed or cancelled trade, nor one
 * of {@code buyer}'s own.
 */
public interface MatchCandidates {
  List<MatchSubject> openFor(SearchCriteria criteria, UserId buyer);
}

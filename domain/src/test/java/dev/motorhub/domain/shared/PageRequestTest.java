package dev.motorhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @Test
  void nothingGiven_isTheFirstPageOfTwenty() {
    PageRequest page = PageRequest.parse(null, null);
    assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT).isEqualTo(20);
    assertThat(page.after()).isEmpty();
    assertThat(PageRequest.parse(" ", "")).isEqualTo(page);
  }

  @Test
  void aLimit_isReadAsAClientSendsIt() {
    assertThat(PageRequest.parse(" 5 ", null).limit()).isEqualTo(5);
    assertThat(PageRequest.parse("1", null).limit()).isEqualTo(1);
    assertThat(PageRequest.parse("100", null).limit()).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101", "100000"})
  void aLimitOutsideOneToAHundred_isRefused(String limit) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PageRequest.parse(limit, null))
        .satisfies(
            e ->
                assertThat(e.errors().get("limit"))
                    .containsExactly("Ensure this value is between 1 and 100."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ten", "1.5", "99999999999"})
  void aLimitThatIsNotAnInteger_isRefused(String limit) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PageRequest.parse(limit, null))
        .satisfies(
            e ->
                assertThat(e.errors().get("limit"))
                    .containsExactly("A valid integer is required."));
  }

  @Test
  void aCursor_roundTripsToTheIdItPointsAfter() {
    UUID last = UUID.fromString("0195798a-4c2e-7d3f-9a61-2b7c5e8f0a14");
    String cursor = PageRequest.cursorAfter(last);
    assertThat(cursor).doesNotContain(last.toString()).doesNotContain("=");
    assertThat(PageRequest.parse("10", cursor).after()).contains(last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a cursor", "!!!", "YWJj", "%%%"})
  void aCursorThatNamesNoId_isRefused(String cursor) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PageRequest.parse(null, cursor))
        .satisfies(
            e -> assertThat(e.errors().get("cursor")).containsExactly("This cursor is not valid."));
  }

  @Test
  void first_startsAtTheBeginning() {
    assertThat(PageRequest.first(3).after()).isEmpty();
    assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> PageRequest.first(0));
  }
}

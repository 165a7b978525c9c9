package dev.motorhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
  private record Row(UUID id, String name) {}

  private static List<Row> rows(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Row(new UUID(0, i + 1), "row" + i)).toList();
  }

  @Test
  void noMoreRowsThanTheLimit_isTheLastPage() {
    Page<Row> page = Page.fromFetched(rows(3), 3, Row::id);
    assertThat(page.items()).hasSize(3);
    assertThat(page.nextCursor()).isEmpty();
    assertThat(Page.fromFetched(List.<Row>of(), 3, Row::id).items()).isEmpty();
  }

  @Test
  void oneRowMoreThanTheLimit_onlyTellsThatANextPageExists() {
    List<Row> fetched = rows(4);
    Page<Row> page = Page.fromFetched(fetched, 3, Row::id);
    assertThat(page.items()).containsExactlyElementsOf(fetched.subList(0, 3));
    assertThat(page.nextCursor()).isPresent();
    assertThat(PageRequest.parse("3", page.nextCursor().get()).after())
        .contains(fetched.get(2).id());
  }

  @Test
  void map_keepsTheCursor() {
    Page<Row> page = Page.fromFetched(rows(4), 3, Row::id);
    Page<String> names = page.map(Row::name);
    assertThat(names.items()).containsExactly("row0", "row1", "row2");
    assertThat(names.nextCursor()).isEqualTo(page.nextCursor());
  }
}

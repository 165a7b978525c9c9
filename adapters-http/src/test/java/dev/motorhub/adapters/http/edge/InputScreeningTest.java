package dev.motorhub.adapters.http.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.openapi.OpenApiDocument;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.RegisteredRoutes;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The input-screening contract over the in-memory store; that every seed route taking a body is in
 * it; and that the document's rule for amounts is the one the server applies.
 */
class InputScreeningTest extends InputScreeningContract {
  private TestServer server;

  @Override
  protected Api start() {
    server = TestServer.start();
    server
        .core()
        .accounts()
        .ensureSuperuser()
        .ensure(EdgeWorld.ROOT, "root@example.com", EdgeWorld.PASSWORD);
    return server.api();
  }

  @Override
  protected void stop() {
    server.close();
  }

  @Test
  void everySeedRouteThatTakesABody_hasItsTextScreenedHere() throws ReflectiveOperationException {
    Set<String> screened = new TreeSet<>(SeedInputs.WITHOUT_TEXT);
    SeedInputs.all().forEach(input -> screened.add(input.method() + " " + anyId(input.path())));
    Set<String> seedRoutesWithABody =
        RegisteredRoutes.all().stream()
            .filter(e -> Set.of("POST", "PUT", "PATCH").contains(e.endpoint.method.name()))
            .map(e -> e.endpoint.method.name() + " " + anyId(e.endpoint.path))
            .filter(route -> !route.contains(" /v1/"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(screened).containsAll(seedRoutesWithABody);
  }

  @Test
  void theDocumentedAmountPattern_takesWhatMoneyParseTakes_andNoneOfTheBadAmounts() {
    String documented =
        OpenApiDocument.load().root().at("/components/schemas/AmountInput/pattern").asText();
    Pattern pattern = Pattern.compile(documented);
    for (String good : List.of("0", "5", "5.5", "0500.00", "9999999999.99")) {
      assertThat(pattern.matcher(good).matches()).as(good).isTrue();
      assertThat(Money.parse(good, Currency.getInstance("USD"), "amount")).isNotNull();
    }
    BadValues.amount().stream()
        .filter(bad -> bad.json() instanceof String)
        .forEach(bad -> assertThat(pattern.matcher((String) bad.json()).matches()).isFalse());
  }

  /** A path template with each parameter, however named, as {@code {}}. */
  private static String anyId(String path) {
    return path.replaceAll("\\{[^}]+}", "{}");
  }
}

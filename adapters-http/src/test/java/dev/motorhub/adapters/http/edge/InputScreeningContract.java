package dev.motorhub.adapters.http.edge;

import dev.motorhub.adapters.http.edge.BadValues.Bad;
import dev.motorhub.adapters.http.support.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route that takes text or an amount, on {@code /v1} (as the OpenAPI document declares its
 * inputs) and on the seed routes, refuses bad input with 400 naming the field, never a 500 and
 * never a silent change: the same on every store, which is why this is a contract.
 */
public abstract class InputScreeningContract extends EdgeContract {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.motorhub.adapters.http.edge.InputCases#texts")
  void aTextField_refusesNulLoneSurrogatesAndOtherTypes(InputCase input) {
    expectEachRefused(input, BadValues.text(input.seed()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.motorhub.adapters.http.edge.InputCases#amounts")
  void anAmount_refusesAllButPlainDigitsWithTwoDecimals(InputCase input) {
    expectEachRefused(input, BadValues.amount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.motorhub.adapters.http.edge.InputCases#queries")
  void aQueryParameter_refusesNul(InputCase input) {
    String path = world.path(input.path()) + "?" + input.field() + "=a%00b";
    Api.Reply reply = world.as(input.caller()).send(input.method(), path, null, null);
    SoftAssertions softly = new SoftAssertions();
    Refusals.expect(softly, input.toString(), input.seed(), reply, input.field(), BadValues.NUL);
    softly.assertAll();
  }

  private void expectEachRefused(InputCase input, List<Bad> values) {
    SoftAssertions softly = new SoftAssertions();
    for (Bad bad : values) {
      Map<String, Object> body = new LinkedHashMap<>();
      input
          .base()
          .forEach(
              (name, value) -> body.put(name, value instanceof String s ? world.path(s) : value));
      body.put(input.field(), bad.json());
      Api.Reply reply =
          world
              .as(input.caller())
              .send(input.method(), world.path(input.path()), Refusals.json(body), Refusals.JSON);
      Refusals.expect(
          softly, input + " = " + bad.what(), input.seed(), reply, input.field(), bad.message());
    }
    softly.assertAll();
  }
}

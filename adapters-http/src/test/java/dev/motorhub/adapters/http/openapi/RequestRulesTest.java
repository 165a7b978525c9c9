package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule the OpenAPI document states on a request field is a rule the server enforces: for every
 * length, pattern, format, choice and bound on a field of a JSON request body, a body that breaks
 * it alone is answered 400 naming that field ({@link FieldRules}, sent where {@link RequestTargets}
 * says, and checked against the document by {@link ConformingApi}).
 */
class RequestRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static OpenApiDocument document;
  static FieldRules rules;
  static SchemaValidator validator;
  static Map<String, RequestTargets.Target> targets;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
    rules = new FieldRules(document);
    validator = new SchemaValidator(document);
    targets = RequestTargets.in(RequestWorld.on(server, new ConformingApi(server.api(), document)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> aBodyBreakingOneStatedRule_isRefusedNamingThatField() {
    List<DynamicTest> tests = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      rules
          .jsonBody(operation)
          .ifPresent(schema -> tests.addAll(breaking(operation, schema, target(operation))));
    }
    assertThat(tests).hasSizeGreaterThan(150);
    return tests.stream();
  }

  @Test
  void theBodiesThatAreBroken_areValidAsTheyStand() {
    List<String> problems = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      rules
          .jsonBody(operation)
          .ifPresent(
              schema ->
                  target(operation)
                      .bodies()
                      .forEach(
                          body ->
                              validator
                                  .validate(JSON.valueToTree(body), schema)
                                  .forEach(p -> problems.add(operation.key() + " " + p))));
    }
    assertThat(problems).isEmpty();
  }

  private static List<DynamicTest> breaking(
      OpenApiDocument.Operation operation, JsonNode schema, RequestTargets.Target target) {
    Map<String, JsonNode> example = new LinkedHashMap<>();
    target.bodies().forEach(b -> b.forEach((k, v) -> example.putIfAbsent(k, JSON.valueToTree(v))));
    return rules.breaches(schema, example).stream()
        .map(
            breach ->
                DynamicTest.dynamicTest(
                    operation.key() + " " + breach, () -> assertRefused(operation, target, breach)))
        .toList();
  }

  private static void assertRefused(
      OpenApiDocument.Operation operation, RequestTargets.Target target, FieldRules.Breach breach) {
    ObjectNode body = JSON.valueToTree(target.bodyFor(breach.field()));
    body.set(breach.field(), breach.value());
    Api.Reply reply =
        target
            .caller()
            .send(
                operation.method().toUpperCase(Locale.ROOT),
                target.path(),
                body.toString(),
                "application/json");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("errors").has(breach.field())).as(reply.toString()).isTrue();
  }

  private static RequestTargets.Target target(OpenApiDocument.Operation operation) {
    String id = operation.node().path("operationId").asText();
    assertThat(targets).as("where to send %s (%s)", operation.key(), id).containsKey(id);
    return targets.get(id);
  }
}

package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.domain.notifications.NotificationKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is complete and consistent on its own, and the test validator really refuses
 * what the document's schemas forbid.
 */
class OpenApiDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private final OpenApiDocument document = OpenApiDocument.load();
  private final SchemaValidator validator = new SchemaValidator(document);

  @Test
  void theDocument_isOpenApi31_withTheBearerScheme() {
    JsonNode root = document.root();
    assertThat(root.path("openapi").asText()).isEqualTo("3.1.0");
    JsonNode bearer = root.at("/components/securitySchemes/bearerAuth");
    assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
    assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
    assertThat(bearer.path("description").asText()).contains("Token <access_token>");
    assertThat(root.at("/info/description").asText())
        .contains("next_cursor", "limit", "cursor", "\"500.00\"", "UTC", "X-Request-Id")
        .contains("application/x-www-form-urlencoded");
  }

  @Test
  void everyReference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document.root(), refs);
    assertThat(refs).isNotEmpty();
    refs.forEach(ref -> assertThat(document.target(ref)).as(ref).isNotNull());
  }

  @Test
  void everySchema_usesOnlyKeywordsAndFormatsTheValidatorUnderstands() {
    List<JsonNode> schemas = new ArrayList<>();
    document.root().at("/components/schemas").forEach(schemas::add);
    collectInlineSchemas(document.root(), schemas);
    List<String> problems = new ArrayList<>();
    for (JsonNode schema : schemas) {
      visitSchema(schema, problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperation_hasAUniqueId_aSuccess_andTheErrorsItsShapeImplies() {
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      JsonNode op = operation.node();
      String key = operation.key();
      if (!ids.add(op.path("operationId").asText())) {
        problems.add(key + ": the operationId is missing or repeated");
      }
      List<String> statuses = new ArrayList<>();
      op.path("responses").fieldNames().forEachRemaining(statuses::add);
      // A browser's routes succeed by sending it on (302, 303).
      if (statuses.stream().noneMatch(s -> s.startsWith("2") || s.startsWith("3"))) {
        problems.add(key + ": no success response");
      }
      boolean secured = !op.has("security") || !op.get("security").isEmpty();
      if (secured && !statuses.contains("401")) {
        problems.add(key + ": a secured operation without 401");
      }
      if (op.has("requestBody") && !(statuses.contains("400") && statuses.contains("413"))) {
        problems.add(key + ": a request body without 400 and 413");
      }
      if (operation.path().contains("{id}")) {
        if (!statuses.contains("404")) {
          problems.add(key + ": an id in the path without 404");
        }
        JsonNode parameters =
            document.root().path("paths").path(operation.path()).path("parameters");
        boolean declared = false;
        for (JsonNode parameter : parameters) {
          declared |= "id".equals(document.resolve(parameter).path("name").asText());
        }
        if (!declared) {
          problems.add(key + ": the path parameter id is not declared");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperation_isCoveredByAConformanceTest() {
    Set<String> covered = new HashSet<>(OpenApiConformanceTest.TAGS);
    covered.addAll(CustomerRecordsConformanceTest.TAGS);
    covered.addAll(GarageConformanceTest.TAGS);
    covered.addAll(MarketplaceConformanceTest.TAGS);
    covered.addAll(CarCareConformanceTest.TAGS);
    covered.addAll(BrowserSignInConformanceTest.TAGS);
    covered.addAll(SmsConformanceTest.TAGS);
    covered.addAll(OrdersConformanceTest.TAGS);
    covered.addAll(InterestsConformanceTest.TAGS);
    covered.addAll(MatchingConformanceTest.TAGS);
    covered.addAll(ReciprocalConformanceTest.TAGS);

    assertThat(document.operations())
        .allSatisfy(op -> assertThat(op.tags()).as(op.key()).isNotEmpty().isSubsetOf(covered));
  }

  @Test
  void theNotificationKinds_areExactlyThoseOfTheCore() {
    List<String> documented = new ArrayList<>();
    document
        .root()
        .at("/components/schemas/Notification/properties/kind/enum")
        .forEach(kind -> documented.add(kind.asText()));

    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(NotificationKind.values()).map(NotificationKind::wire).toList());
  }

  @Test
  void everyPropertyName_isSnakeCase() {
    List<String> names = new ArrayList<>();
    collectPropertyNames(document.root().path("components"), names);
    assertThat(names).isNotEmpty().allMatch(name -> SNAKE_CASE.matcher(name).matches());
  }

  @Test
  void theValidator_acceptsAUserAsTheServerWritesIt() {
    assertThat(validator.validate(user(), schema("User"))).isEmpty();
  }

  @Test
  void theValidator_refusesAUserWithAPasswordHashOrAMissingField() {
    ObjectNode leaky = user().put("password", "pbkdf2_sha256$...");
    assertThat(validator.validate(leaky, schema("User")))
        .anyMatch(e -> e.contains("$.password") && e.contains("not in the schema"));
    ObjectNode incomplete = user();
    incomplete.remove("last_login");
    assertThat(validator.validate(incomplete, schema("User")))
        .anyMatch(e -> e.contains("'last_login' is missing"));
  }

  @Test
  void theValidator_refusesWrongTypesNullsFormatsAndEnums() {
    assertThat(validator.validate(user().put("role", "wizard"), schema("User")))
        .anyMatch(e -> e.contains("$.role"));
    assertThat(validator.validate(user().putNull("username"), schema("User")))
        .anyMatch(e -> e.contains("$.username") && e.contains("type"));
    assertThat(validator.validate(user().put("id", "42"), schema("User")))
        .anyMatch(e -> e.contains("$.id") && e.contains("uuid"));
    assertThat(
            validator.validate(
                user().put("created_at", "2024-05-01T09:30:00+02:00"), schema("User")))
        .anyMatch(e -> e.contains("$.created_at"));
    assertThat(validator.validate(user().put("created_at", "yesterday"), schema("User")))
        .anyMatch(e -> e.contains("$.created_at"));
    assertThat(validator.validate(user().put("mechanic", "yes"), schema("User")))
        .anyMatch(e -> e.contains("$.mechanic"));
    ObjectNode mechanic = user();
    mechanic.putObject("mechanic").put("id", "0190f6b2-7c1e-7a3b-9d4e-123456789abc");
    assertThat(validator.validate(mechanic, schema("User")))
        .anyMatch(e -> e.contains("'specialization' is missing"));
  }

  @Test
  void theValidator_checksMoneyDatesAndProblemErrors() {
    ObjectNode plan =
        json(
            """
        {"id": "0190f6b2-7c1e-7a3b-9d4e-123456789abc", "name": "Gold", "price": "19.9",
         "currency": "usd", "duration_days": 0, "active": true, "interests_per_month": null,
         "saved_preferences": 5, "created_at": "2024-05-01T09:30:00Z", "updated_at": "2024-05-01T09:30:00.123456Z"}
        """);
    assertThat(validator.validate(plan, schema("SubscriptionPlan")))
        .hasSize(3)
        .anyMatch(e -> e.contains("$.price"))
        .anyMatch(e -> e.contains("$.currency"))
        .anyMatch(e -> e.contains("$.duration_days"));
    ObjectNode problem =
        json(
            """
        {"type": "urn:motorhub:problem:invalid_input", "title": "Invalid input", "status": 400,
         "detail": "One or more fields are invalid.", "instance": "/v1/users",
         "request_id": "abc", "errors": {"email": "Enter a valid email address."}}
        """);
    assertThat(validator.validate(problem, schema("Problem")))
        .singleElement()
        .asString()
        .contains("$.errors.email");
    ObjectNode customer = json("{\"dob\": \"01/05/1990\"}");
    assertThat(validator.validate(customer, schema("Customer")))
        .anyMatch(e -> e.contains("$.dob") && e.contains("date"));
  }

  private JsonNode schema(String name) {
    return document.target("#/components/schemas/" + name);
  }

  private static ObjectNode user() {
    return json(
        """
        {"id": "0190f6b2-7c1e-7a3b-9d4e-123456789abc", "username": "alice",
         "email": "alice@example.com", "phone_number": null, "phone_verified": false,
         "first_name": "Alice",
         "last_name": "", "role": "customer", "status": "active", "subscription_plan": null,
         "subscription_started_at": null, "subscription_ends_at": null,
         "subscription_limits": null,
         "customer_id": "0190f6b2-7c1e-7a3b-9d4e-123456789abd", "mechanic": null,
         "created_at": "2024-05-01T09:30:00.123456789Z", "updated_at": "2024-05-01T09:30:00Z",
         "last_login": null}
        """);
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  /** The {@code schema} of every parameter, header and media type, wherever it is. */
  private static void collectInlineSchemas(JsonNode node, List<JsonNode> schemas) {
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getKey().equals("schema") && field.getValue().isObject()) {
                schemas.add(field.getValue());
              } else if (!field.getKey().equals("schemas")) {
                collectInlineSchemas(field.getValue(), schemas);
              }
            });
    if (node.isArray()) {
      node.forEach(child -> collectInlineSchemas(child, schemas));
    }
  }

  private static void visitSchema(JsonNode schema, List<String> problems) {
    schema
        .fieldNames()
        .forEachRemaining(
            keyword -> {
              if (!SchemaValidator.KEYWORDS.contains(keyword)) {
                problems.add("unknown keyword " + keyword + " in " + schema);
              }
            });
    if (schema.has("format") && !SchemaValidator.FORMATS.contains(schema.get("format").asText())) {
      problems.add("unknown format in " + schema);
    }
    schema.path("properties").forEach(child -> visitSchema(child, problems));
    schema.path("allOf").forEach(child -> visitSchema(child, problems));
    schema.path("anyOf").forEach(child -> visitSchema(child, problems));
    if (schema.has("items")) {
      visitSchema(schema.get("items"), problems);
    }
    if (schema.path("additionalProperties").isObject()) {
      visitSchema(schema.get("additionalProperties"), problems);
    }
  }

  private static void collectPropertyNames(JsonNode node, List<String> names) {
    if (node.isObject() && node.path("properties").isObject()) {
      node.get("properties").fieldNames().forEachRemaining(names::add);
    }
    node.forEach(child -> collectPropertyNames(child, names));
  }
}

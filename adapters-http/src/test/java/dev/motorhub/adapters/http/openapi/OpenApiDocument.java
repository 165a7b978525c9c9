package dev.motorhub.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The hand-written OpenAPI document as the tests read it: its operations, the operation that serves
 * a concrete request path, and the response it documents for a status, with local {@code $ref}s
 * followed.
 */
public final class OpenApiDocument {
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** The document the server serves, read from the adapter's resources. */
  public static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is not on the classpath");
      }
      return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One operation: a method on a path template such as {@code /v1/users/{id}}. */
  public record Operation(String method, String path, JsonNode node) {
    public String key() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The tags the document files the operation under. */
    Set<String> tags() {
      Set<String> tags = new TreeSet<>();
      node.path("tags").forEach(tag -> tags.add(tag.asText()));
      return tags;
    }
  }

  /** The operations filed under any of {@code tags}. */
  List<Operation> operationsTagged(Set<String> tags) {
    return operations().stream().filter(op -> op.tags().stream().anyMatch(tags::contains)).toList();
  }

  /** Every {@code "METHOD /path → status"} the document lists for the operations tagged so. */
  Set<String> responsesTagged(Set<String> tags) {
    Set<String> responses = new TreeSet<>();
    operationsTagged(tags)
        .forEach(
            op ->
                op.node()
                    .path("responses")
                    .fieldNames()
                    .forEachRemaining(status -> responses.add(op.key() + " → " + status)));
    return responses;
  }

  public JsonNode root() {
    return root;
  }

  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    root.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (METHODS.contains(op.getKey())) {
                            operations.add(
                                new Operation(op.getKey(), path.getKey(), op.getValue()));
                          }
                        }));
    return operations;
  }

  /**
   * The operation serving {@code method} on a concrete path (a query string is ignored); a template
   * with fewer parameters wins, so literal segments take precedence.
   */
  Optional<Operation> operation(String method, String concretePath) {
    String path = concretePath.split("\\?", 2)[0];
    return operations().stream()
        .filter(op -> op.method().equalsIgnoreCase(method))
        .filter(op -> template(op.path()).matcher(path).matches())
        .min(Comparator.comparingInt(op -> op.path().split("\\{", -1).length));
  }

  /** The response documented for {@code status}, followed through its {@code $ref}. */
  Optional<JsonNode> response(Operation operation, int status) {
    JsonNode response = operation.node().path("responses").get(Integer.toString(status));
    return Optional.ofNullable(response).map(this::resolve);
  }

  /** Follows local references until the node is not one. */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref"); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("A cycle of $ref at " + node);
      }
      current = target(current.get("$ref").asText());
    }
    return current;
  }

  /** The node a local reference such as {@code #/components/schemas/User} names. */
  JsonNode target(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("Only local references are used: " + ref);
    }
    JsonNode node = root.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalStateException("Unresolved reference " + ref);
    }
    return node;
  }

  /** A path template as a pattern: each {@code {parameter}} segment matches one segment. */
  static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    for (String segment : path.substring(1).split("/", -1)) {
      regex.append('/');
      regex.append(
          segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
    }
    return Pattern.compile(regex.toString());
  }
}

package dev.motorhub.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a form body (form-encoded or multipart) into its fields, each the first of its values as
 * text, after screening every name and value ({@link TextScreen}).
 */
final class FormFields {
  private static final String TOO_LARGE = "The request body is larger than this server accepts.";

  private FormFields() {}

  static Map<String, JsonNode> read(Context ctx) {
    Map<String, List<String>> form = formParams(ctx);
    TextScreen.fields(form);
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          if (!values.isEmpty()) {
            fields.put(name, JsonNodeFactory.instance.textNode(values.getFirst()));
          }
        });
    return fields;
  }

  /**
   * The fields of a form body. A body too large is the server's 413; any other failure to read the
   * form (a broken multipart body, a missing boundary) is the client's malformed body, not a 500.
   */
  private static Map<String, List<String>> formParams(Context ctx) {
    try {
      return ctx.formParamMap();
    } catch (HttpResponseException javalinStatus) {
      throw javalinStatus;
    } catch (Exception unreadable) { // Jetty throws ServletException undeclared, through Kotlin
      throw MultipartFailures.of(unreadable, ctx, TOO_LARGE);
    }
  }
}

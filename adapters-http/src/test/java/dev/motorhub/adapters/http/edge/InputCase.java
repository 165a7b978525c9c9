package dev.motorhub.adapters.http.edge;

import dev.motorhub.adapters.http.edge.EdgeWorld.Caller;
import java.util.Map;

/**
 * One input of one route, and who sends it: a body field read as text or as an amount, or a query
 * parameter. {@code path} is a template that {@link EdgeWorld#path} makes concrete; {@code base} is
 * a body that is otherwise valid, so that the case's field is the one at fault.
 */
public record InputCase(
    String method, String path, Caller caller, String field, Kind kind, Map<String, Object> base) {

  /** What the case's input is. */
  public enum Kind {
    TEXT,
    AMOUNT,
    QUERY
  }

  /** A seed's route, which answers in DRF's shape; the platform's own answer problem+json. */
  public boolean seed() {
    return !path.startsWith("/v1/");
  }

  @Override
  public String toString() {
    return method + " " + path + " " + field;
  }
}

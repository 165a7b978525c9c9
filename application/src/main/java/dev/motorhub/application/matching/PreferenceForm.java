package dev.motorhub.application.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saved search as the client sent it: each value as read (text, or a list of texts), and which
 * fields the request named at all ({@code given}), so that a change leaves the others as they are
 * and a field sent empty clears its criterion. {@code notifySms} is whether new matches are texted
 * too (null: no).
 */
public record PreferenceForm(
    String name,
    String tradeKind,
    List<String> brands,
    List<String> models,
    String yearMin,
    String yearMax,
    String priceMax,
    String instalmentMax,
    String mileageMax,
    List<String> locations,
    List<String> bodyTypes,
    List<String> fuels,
    List<String> transmissions,
    List<String> colours,
    List<String> required,
    Map<String, String> weights,
    Boolean notifySms,
    Set<String> given) {

  public PreferenceForm {
    given = Set.copyOf(given);
  }

  boolean gives(String field) {
    return given.contains(field);
  }

  /** Whether new matches are to be texted too, as sent. */
  boolean texts() {
    return Boolean.TRUE.equals(notifySms);
  }
}

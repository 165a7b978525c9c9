package dev.motorhub.domain.carcare;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the service kinds a mechanic's free-text specialization names: the text is split at commas
 * and semicolons, and each part names the kind whose code or name it is, ignoring case, spacing and
 * {@code _} against spaces ({@code "Oil change, BRAKE_SERVICE"} names two kinds). A part that names
 * no kind is left to the text alone.
 */
public final class SpecializationText {
  private static final Pattern PARTS = Pattern.compile("[,;]");
  private static final Pattern SPACING = Pattern.compile("[\\s_-]+");

  private SpecializationText() {}

  /** The kinds of {@code catalogue} that {@code text} names, in the text's order. */
  public static Set<ServiceKindCode> kindsNamed(String text, Collection<ServiceKind> catalogue) {
    Set<ServiceKindCode> named = new LinkedHashSet<>();
    for (String part : PARTS.split(text == null ? "" : text)) {
      String key = key(part);
      catalogue.stream()
          .filter(k -> key(k.code().value()).equals(key) || key(k.name()).equals(key))
          .findFirst()
          .ifPresent(k -> named.add(k.code()));
    }
    return named;
  }

  private static String key(String words) {
    return SPACING.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}

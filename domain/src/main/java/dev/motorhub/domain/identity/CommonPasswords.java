package dev.motorhub.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Django's list of about 20,000 common passwords (common-passwords.txt.gz beside this class, under
 * Django's BSD licence: see the NOTICE there), read once on first use and matched as Django's
 * CommonPasswordValidator matches it: the password lower-cased and stripped.
 */
final class CommonPasswords {
  private static final String RESOURCE = "common-passwords.txt.gz";

  private CommonPasswords() {}

  static boolean contains(String password) {
    return Loaded.PASSWORDS.contains(password.toLowerCase(Locale.ROOT).strip());
  }

  /** How many distinct passwords the list holds. */
  static int size() {
    return Loaded.PASSWORDS.size();
  }

  /** Holds the list, so that it is read when first needed and only once. */
  private static final class Loaded {
    static final Set<String> PASSWORDS = read();
  }

  private static Set<String> read() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the domain jar");
      }
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

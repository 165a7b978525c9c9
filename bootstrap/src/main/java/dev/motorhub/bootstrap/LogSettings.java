package dev.motorhub.bootstrap;

import java.util.Arrays;
import java.util.Locale;

/** How the process logs: the format of its lines and the least severe level it writes. */
record LogSettings(Format format, Level level) {
  static final LogSettings DEFAULTS = new LogSettings(Format.JSON, Level.INFO);

  /** One JSON object a line, or plain text for a terminal. */
  enum Format {
    JSON,
    TEXT
  }

  /** The levels that can be set, most severe first. */
  enum Level {
    ERROR,
    WARN,
    INFO,
    DEBUG
  }

  static LogSettings read(Settings.Reader read) {
    return new LogSettings(
        oneOf(read, "MOTORHUB_LOG_FORMAT", DEFAULTS.format(), Format.values()),
        oneOf(read, "MOTORHUB_LOG_LEVEL", DEFAULTS.level(), Level.values()));
  }

  private static <E extends Enum<E>> E oneOf(
      Settings.Reader read, String name, E fallback, E[] values) {
    String value = read.optional(name).orElse(fallback.name()).toUpperCase(Locale.ROOT);
    return Arrays.stream(values)
        .filter(v -> v.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new SettingsError(
                    name
                        + " must be one of "
                        + String.join(
                            ", ",
                            Arrays.stream(values)
                                .map(v -> v.name().toLowerCase(Locale.ROOT))
                                .toList())
                        + ", not '"
                        + read.optional(name).orElseThrow()
                        + "'."));
  }
}

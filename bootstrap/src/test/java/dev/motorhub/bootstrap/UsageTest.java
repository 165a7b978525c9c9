package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The help's table of settings is the truth about them: it names exactly the variables {@link
 * Settings} reads, with the defaults Settings applies, and the README's configuration table names
 * the same variables.
 */
class UsageTest {
  private static final Pattern README_ROW = Pattern.compile("^\\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \\|");
  private static final Pattern NAME = Pattern.compile("`([A-Z_]+)`");

  @Test
  void theHelp_namesExactlyTheVariablesSettingsReads() {
    Set<String> read = new TreeSet<>();
    Settings.from(
        new HashMap<>() {
          @Override
          public String get(Object name) {
            read.add((String) name);
            return null;
          }
        });

    assertThat(documented()).isEqualTo(read);
  }

  @Test
  void everyDefaultTheHelpStates_isTheOneSettingsApplies() {
    Settings defaults = Settings.from(Map.of());
    Usage.VARIABLES.forEach(
        variable ->
            variable
                .fallback()
                .ifPresent(
                    value ->
                        assertThat(Settings.from(Map.of(variable.name(), value)))
                            .as(variable.name() + "=" + value)
                            .isEqualTo(defaults)));
  }

  @Test
  void theReadmesConfigurationTable_namesTheSameVariables_besidesTheTestDatabases()
      throws IOException {
    Set<String> inReadme = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      Matcher row = README_ROW.matcher(line);
      if (row.find()) {
        Matcher name = NAME.matcher(row.group(1));
        while (name.find()) {
          inReadme.add(name.group(1));
        }
      }
    }
    inReadme.removeAll(Set.of("MOTORHUB_TEST_DATABASE_URL", "MOTORHUB_E2E_DATABASE_URL"));

    assertThat(inReadme).isEqualTo(documented());
  }

  private static Set<String> documented() {
    return Usage.VARIABLES.stream()
        .map(Usage.Variable::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}

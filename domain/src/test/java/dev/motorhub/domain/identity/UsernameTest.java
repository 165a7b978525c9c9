package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @Test
  void surroundingWhitespace_isDropped() {
    assertThat(new Username("  alice ").value()).isEqualTo("alice");
  }

  @Test
  void key_isTheSameRegardlessOfCase() {
    assertThat(new Username("Alice.Smith").key()).isEqualTo(new Username("aLICE.sMITH").key());
    assertThat(new Username("Alice.Smith").value()).isEqualTo("Alice.Smith");
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "a", "j.doe+cars@home", "mary-jane_2", "Jürgen", "名前"})
  void lettersDigitsAndDjangosPunctuation_areAccepted(String name) {
    assertThat(new Username(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice smith", "alice!", "al/ice", "<script>", "o'brien", "tab\tname"})
  void otherCharacters_areRefusedOnUsername(String name) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Username(name))
        .satisfies(
            e ->
                assertThat(e.errors().get("username"))
                    .containsExactly(
                        "Enter a valid username of at most 150 characters: letters, digits and"
                            + " @/./+/-/_ only."));
  }

  @Test
  void aHundredAndFiftyCharacters_isTheLongestName() {
    assertThat(new Username("a".repeat(150)).value()).hasSize(150);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Username("a".repeat(151)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("username"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankOrMissing_isRequired(String name) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Username(name))
        .satisfies(
            e -> assertThat(e.errors().get("username")).containsExactly("This field is required."));
    assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Username(null));
  }
}

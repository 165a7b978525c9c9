package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {
  private static final String TOO_SHORT =
      "This password is too short. It must contain at least 8 characters.";
  private static final String TOO_COMMON = "This password is too common.";
  private static final String NUMERIC = "This password is entirely numeric.";

  private final PasswordPolicy policy = PasswordPolicy.standard();

  private static UserDetails owner(String username, String email, String first, String last) {
    return new UserDetails(new Username(username), new Email(email), Optional.empty(), first, last);
  }

  private static final UserDetails KIPCHOGE =
      owner("kipchoge", "runner@example.com", "Eliud", "Marathon");

  private List<String> failuresOf(String password, UserDetails owner) {
    try {
      policy.check(password, "password", owner);
      return List.of();
    } catch (InvalidInput invalid) {
      assertThat(invalid.errors()).containsOnlyKeys("password");
      return invalid.errors().get("password");
    }
  }

  @Test
  void aLongUnrelatedPassword_passes() {
    assertThatCode(() -> policy.check("correct-horse-battery-staple", "password", KIPCHOGE))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check("correct-horse-battery-staple", "password", null))
        .doesNotThrowAnyException();
  }

  @Test
  void fewerThanEightCharacters_isTooShort() {
    assertThat(failuresOf("Zq7#xw!", KIPCHOGE)).containsExactly(TOO_SHORT);
    assertThat(failuresOf("Zq7#xw!p", KIPCHOGE)).isEmpty();
  }

  @Test
  void onlyDigits_isEntirelyNumeric() {
    assertThat(failuresOf("73920584619", KIPCHOGE)).containsExactly(NUMERIC);
  }

  @Test
  void aPasswordOnTheCommonList_isTooCommonRegardlessOfCase() {
    assertThat(failuresOf("password", KIPCHOGE)).containsExactly(TOO_COMMON);
    assertThat(failuresOf("PassWord", KIPCHOGE)).containsExactly(TOO_COMMON);
    assertThat(failuresOf("qwerty123", KIPCHOGE)).containsExactly(TOO_COMMON);
  }

  @Test
  void moreThan128Characters_isTooLong() {
    assertThat(failuresOf("Xy7-".repeat(32), KIPCHOGE)).isEmpty();
    assertThat(failuresOf("Xy7-".repeat(32) + "z", KIPCHOGE))
        .containsExactly("This password is too long. It must contain at most 128 characters.");
  }

  @Test
  void nothingAtAll_isRequired() {
    assertThat(failuresOf("", KIPCHOGE)).containsExactly("This field is required.");
    assertThat(failuresOf(null, KIPCHOGE)).containsExactly("This field is required.");
  }

  @Test
  void severalBrokenRules_areAllNamedAtOnce() {
    assertThat(failuresOf("123456", KIPCHOGE))
        .containsExactlyInAnyOrder(TOO_SHORT, TOO_COMMON, NUMERIC);
    assertThat(failuresOf("12345678", KIPCHOGE)).containsExactlyInAnyOrder(TOO_COMMON, NUMERIC);
    assertThat(failuresOf("kipcho1", KIPCHOGE))
        .containsExactlyInAnyOrder(TOO_SHORT, "The password is too similar to the username.");
  }

  @Test
  void aPasswordLikeTheUsername_isTooSimilarToTheUsername() {
    assertThat(failuresOf("kipchoge42", KIPCHOGE))
        .containsExactly("The password is too similar to the username.");
    assertThat(failuresOf("KIPCHOGE42", KIPCHOGE))
        .containsExactly("The password is too similar to the username.");
  }

  @Test
  void aPasswordLikeTheEmailsLocalPart_isTooSimilarToTheEmail() {
    UserDetails mary = owner("jdoe", "mary.jones@example.com", "", "");
    assertThat(failuresOf("maryjones1", mary))
        .containsExactly("The password is too similar to the email.");
  }

  @Test
  void aPasswordLikeTheFirstName_isTooSimilarToTheFirstName() {
    UserDetails bart = owner("user7", "u7@example.com", "Bartholomew", "Ng");
    assertThat(failuresOf("bartholomew9", bart))
        .containsExactly("The password is too similar to the first name.");
  }

  @Test
  void aPasswordLikeTheLastName_isTooSimilarToTheLastName() {
    UserDetails hubert = owner("user8", "u8@example.com", "Al", "Wolfeschlegel");
    assertThat(failuresOf("Wolfeschlegel!", hubert))
        .containsExactly("The password is too similar to the last name.");
  }

  @Test
  void similarityOfSevenTenths_isAlreadyTooSimilar() {
    UserDetails kamotho = owner("kamotho", "k@example.com", "", "");
    assertThat(PasswordPolicy.similarity("kamotho#!%&*(", "kamotho")).isEqualTo(0.7);
    assertThat(failuresOf("kamotho#!%&*(", kamotho))
        .containsExactly("The password is too similar to the username.");
    assertThat(failuresOf("kamotho#!%&*(^", kamotho)).isEmpty();
  }

  @Test
  void attributesShorterThanThreeCharacters_areNotCompared() {
    UserDetails ng = owner("user9", "u9@example.com", "Ng", "Li");
    assertThat(failuresOf("ng-li-ng-li", ng)).isEmpty();
  }

  @ParameterizedTest(name = "ratio({0}, {1}) = {2}")
  @CsvSource({
    "abcd, bcde, 0.75",
    "alice123, alice, 0.7692307692307693",
    "kitten, sitting, 0.6153846153846154",
    "tide, diet, 0.25",
    "private, pirate, 0.7692307692307693",
    "qwerty, wertyq, 0.8333333333333334",
    "the quick brown fox, the quack brawn fix, 0.8421052631578947",
    "abc, xyz, 0.0",
    "same, same, 1.0"
  })
  void similarity_isPythonsSequenceMatcherRatio(String a, String b, double pythonRatio) {
    assertThat(PasswordPolicy.similarity(a, b)).isCloseTo(pythonRatio, within(1e-12));
  }

  @Test
  void similarityOfTwoEmptyStrings_isOne() {
    assertThat(PasswordPolicy.similarity("", "")).isEqualTo(1.0);
    assertThat(PasswordPolicy.similarity("abc", "")).isEqualTo(0.0);
  }

  @Test
  void anEnormousPassword_isRefusedAsTooLongWithoutComparingForSeconds() {
    UserDetails patterned =
        owner("ab".repeat(75), "ab".repeat(30) + "@example.com", "ab".repeat(75), "ba".repeat(75));
    String enormous = "ab".repeat(50_000);
    List<String> failures =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failuresOf(enormous, patterned));
    assertThat(failures)
        .contains("This password is too long. It must contain at most 128 characters.");
  }
}

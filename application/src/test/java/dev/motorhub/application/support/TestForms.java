package dev.motorhub.application.support;

import dev.motorhub.application.accounts.AccountForm;
import dev.motorhub.domain.identity.PhoneRule;
import java.util.Locale;

/**
 * Registration forms as a client fills them in: complete and valid by default, each field
 * replaceable. The email and phone derive from the username, so different usernames never collide.
 */
public final class TestForms {
  private String username;
  private String email;
  private String phone;
  private String firstName;
  private String lastName;
  private String password = TestAccounts.PASSWORD;
  private String passwordConfirmation = TestAccounts.PASSWORD;
  private String role;
  private String job = "Fleet manager";
  private String notes = "Prefers SMS";
  private String dateOfBirth = "1990-05-17";
  private String address = "12 Moi Avenue";
  private String city = "Nairobi";
  private String state = "Nairobi County";
  private String zipCode = "00100";
  private String specialization;
  private Integer experienceYears;
  private PhoneRule phoneRule = PhoneRule.E164;

  private TestForms(String username) {
    this.username = username;
    this.email = username + "@example.com";
    this.phone = phoneFor(username);
    this.firstName =
        username.isEmpty()
            ? ""
            : username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
    this.lastName = "Mwangi";
  }

  /** A customer's form (the role left for the default). */
  public static TestForms customer(String username) {
    return new TestForms(username);
  }

  /** A mechanic's form with a specialization and experience. */
  public static TestForms mechanic(String username) {
    TestForms form = new TestForms(username).role("mechanic");
    form.specialization = "Transmissions";
    form.experienceYears = 7;
    return form;
  }

  /** A phone number of the form +2547XXXXXXXX that depends only on {@code username}. */
  public static String phoneFor(String username) {
    return String.format(Locale.ROOT, "+2547%08d", Math.floorMod(username.hashCode(), 100_000_000));
  }

  public TestForms username(String value) {
    username = value;
    return this;
  }

  public TestForms email(String value) {
    email = value;
    return this;
  }

  public TestForms phone(String value) {
    phone = value;
    return this;
  }

  public TestForms names(String first, String last) {
    firstName = first;
    lastName = last;
    return this;
  }

  /** Sets the password and its confirmation alike. */
  public TestForms password(String value) {
    password = value;
    passwordConfirmation = value;
    return this;
  }

  public TestForms passwordConfirmation(String value) {
    passwordConfirmation = value;
    return this;
  }

  public TestForms role(String value) {
    role = value;
    return this;
  }

  public TestForms job(String value) {
    job = value;
    return this;
  }

  public TestForms dateOfBirth(String value) {
    dateOfBirth = value;
    return this;
  }

  public TestForms phoneRule(PhoneRule value) {
    phoneRule = value;
    return this;
  }

  public TestForms experienceYears(Integer value) {
    experienceYears = value;
    return this;
  }

  public AccountForm build() {
    return new AccountForm(
        username,
        email,
        phone,
        firstName,
        lastName,
        password,
        passwordConfirmation,
        role,
        job,
        notes,
        dateOfBirth,
        address,
        city,
        state,
        zipCode,
        specialization,
        experienceYears,
        phoneRule);
  }
}

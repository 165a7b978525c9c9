package dev.motorhub.application.accounts;

import dev.motorhub.domain.identity.PhoneRule;

/**
 * Fills in an {@link AccountForm} field by field, for embedding applications and tests: what is
 * left out stays absent (the role then defaults to the use case's).
 */
public final class AccountFormBuilder {
  private String username;
  private String email;
  private String phone;
  private String firstName;
  private String lastName;
  private String password;
  private String passwordConfirmation;
  private String role;
  private String job;
  private String notes;
  private String dateOfBirth;
  private String address;
  private String city;
  private String state;
  private String zipCode;
  private String specialization;
  private Integer experienceYears;
  private PhoneRule phoneRule = PhoneRule.E164;

  AccountFormBuilder(String username, String email, String password) {
    this.username = username;
    this.email = email;
    this.password = password;
  }

  public AccountFormBuilder username(String value) {
    username = value;
    return this;
  }

  public AccountFormBuilder email(String value) {
    email = value;
    return this;
  }

  public AccountFormBuilder password(String value) {
    password = value;
    return this;
  }

  /** The password typed a second time; when given, it must match. */
  public AccountFormBuilder passwordConfirmation(String value) {
    passwordConfirmation = value;
    return this;
  }

  public AccountFormBuilder phone(String value) {
    phone = value;
    return this;
  }

  /** How the phone is read: E.164 (the default) or free text kept as given. */
  public AccountFormBuilder phoneRule(PhoneRule value) {
    phoneRule = value;
    return this;
  }

  public AccountFormBuilder names(String first, String last) {
    firstName = first;
    lastName = last;
    return this;
  }

  /** The role by its wire name ({@code customer}, {@code mechanic}, {@code staff}, …). */
  public AccountFormBuilder role(String value) {
    role = value;
    return this;
  }

  public AccountFormBuilder job(String value) {
    job = value;
    return this;
  }

  public AccountFormBuilder notes(String value) {
    notes = value;
    return this;
  }

  /** The date of birth as {@code YYYY-MM-DD}. */
  public AccountFormBuilder dateOfBirth(String value) {
    dateOfBirth = value;
    return this;
  }

  public AccountFormBuilder address(String street, String cityName, String stateName, String zip) {
    address = street;
    city = cityName;
    state = stateName;
    zipCode = zip;
    return this;
  }

  /** A mechanic's specialization and years of experience. */
  public AccountFormBuilder trade(String specializationName, Integer years) {
    specialization = specializationName;
    experienceYears = years;
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

package dev.motorhub.application.accounts;

import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.DateOfBirth;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new account as a client states it, every field a raw value: the identity, the password (and its
 * confirmation, when the client sends one), the role, the profile that goes with the role, and the
 * rule its phone is read by (E.164 unless the client keeps phones as free text). {@link #validate}
 * checks it all at once and names every bad field. {@link #builder} fills one in by name.
 */
public record AccountForm(
    String username,
    String email,
    String phone,
    String firstName,
    String lastName,
    String password,
    String passwordConfirmation,
    String role,
    String job,
    String notes,
    String dateOfBirth,
    String address,
    String city,
    String state,
    String zipCode,
    String specialization,
    Integer experienceYears,
    PhoneRule phoneRule) {

  public AccountForm {
    phoneRule = phoneRule == null ? PhoneRule.E164 : phoneRule;
  }

  /** Starts a form with what every account needs; the rest is added on the builder. */
  public static AccountFormBuilder builder(String username, String email, String password) {
    return new AccountFormBuilder(username, email, password);
  }

  @Override
  public String toString() {
    return "AccountForm[username=" + username + ", role=" + role + ", password=***]";
  }

  /** The checked values of a form. */
  record Valid(
      UserDetails details,
      Role role,
      String password,
      CustomerDetails customer,
      String specialization,
      int experienceYears) {}

  Valid validate(PasswordPolicy policy, Role defaultRole, LocalDate today) {
    return validate(policy, defaultRole, EnumSet.allOf(Role.class), today);
  }

  /** As above; a role outside {@code offered} is refused on {@code role} with the other fields. */
  Valid validate(PasswordPolicy policy, Role defaultRole, Set<Role> offered, LocalDate today) {
    Violations violations = new Violations();
    Username name = violations.capture(() -> new Username(username));
    Email mail = violations.capture(() -> new Email(email));
    Optional<Phone> number = violations.capture(() -> optionalPhone(phone, phoneRule));
    Role chosen =
        role == null || role.isBlank()
            ? defaultRole
            : violations.capture(() -> offeredRole(role, offered));
    UserDetails details =
        name == null || mail == null || number == null
            ? null
            : violations.capture(() -> new UserDetails(name, mail, number, firstName, lastName));
    if (password == null || password.isEmpty()) {
      violations.add("password", "This field is required.");
    } else {
      if (passwordConfirmation != null && !passwordConfirmation.equals(password)) {
        violations.add("password2", "The two password fields didn't match.");
      }
      if (details != null) {
        violations.capture(
            () -> {
              policy.check(password, "password", details);
              return true;
            });
      }
    }
    CustomerDetails customer =
        violations.capture(
            () ->
                new CustomerDetails(
                    job,
                    notes,
                    DateOfBirth.notAfter(DateOfBirth.parse(dateOfBirth), today),
                    address,
                    city,
                    state,
                    zipCode,
                    number == null ? Optional.empty() : number.flatMap(Phone::e164)));
    if (experienceYears != null && (experienceYears < 0 || experienceYears > 80)) {
      violations.add("experience_years", "Ensure this value is between 0 and 80.");
    }
    violations.throwIfAny();
    return new Valid(
        details,
        chosen,
        password,
        customer,
        specialization == null ? "" : specialization,
        experienceYears == null ? 0 : experienceYears);
  }

  private static Role offeredRole(String text, Set<Role> offered) {
    try {
      Role parsed = Role.parse(text, "role");
      if (offered.contains(parsed)) {
        return parsed;
      }
    } catch (InvalidInput unknown) {
      // answered below, with the roles on offer
    }
    throw InvalidInput.of(
        "role",
        "Select a valid choice: "
            + offered.stream().map(Role::wire).collect(Collectors.joining(", "))
            + ".");
  }

  /** No phone for a blank text; otherwise the phone {@code rule} reads in it. */
  static Optional<Phone> optionalPhone(String text, PhoneRule rule) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(rule.read(text));
  }
}

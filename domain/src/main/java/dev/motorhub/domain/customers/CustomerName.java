package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.Text;

/** The name of a customer kept without an account: 1 to 50 characters, trimmed. */
public record CustomerName(String value) {
  public static final int MAX_LENGTH = 50;

  public CustomerName {
    value = Text.required(value, "name", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}

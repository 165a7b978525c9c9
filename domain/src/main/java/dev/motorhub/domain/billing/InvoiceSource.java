package dev.motorhub.domain.billing;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an invoice charges for: a kind of charge and the thing charged for, such as the exposure of
 * one lease trade. One source is invoiced once at most; the store enforces it.
 */
public record InvoiceSource(String kind, UUID reference) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{1,39}");

  public InvoiceSource {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("An invoice source kind is a lower-case name");
    }
    Objects.requireNonNull(reference, "reference");
  }
}

package dev.motorhub.application.customers;

/**
 * Changes to a customer profile as a client states them; a null field stays as it is. Names change
 * on the account the profile belongs to.
 */
public record CustomerChanges(
    String firstName,
    String lastName,
    String job,
    String notes,
    String dateOfBirth,
    String address,
    String city,
    String state,
    String zipCode,
    String phone) {}

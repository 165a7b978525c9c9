package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.User;

/** A customer profile together with the account it belongs to. */
public record CustomerRecord(Customer customer, User user) {}

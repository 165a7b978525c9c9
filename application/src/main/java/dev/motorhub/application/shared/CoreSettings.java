package dev.motorhub.application.shared;

import dev.motorhub.domain.orders.OrderSmsTemplate;
import java.time.Duration;
import java.time.Period;
import java.util.Currency;
import java.util.Objects;

/**
 * The platform's tunable rules: the currency money is kept in, how long access tokens and sign-in
 * sessions live, the largest vehicle image, how long a proposal stands, how long an invoice may
 * stay unpaid before it is overdue, how long a spent refresh token may be presented again as a
 * retry (zero: never), and the text a customer is sent when an order is placed for them.
 */
public record CoreSettings(
    Currency currency,
    Duration accessTokenTtl,
    Duration sessionTtl,
    int maxImageBytes,
    Duration proposalTtl,
    Period invoiceTerm,
    Duration refreshGrace,
    OrderSmsTemplate orderSmsTemplate) {

  /** The refresh grace unless one is chosen: ten seconds. */
  public static final Duration DEFAULT_REFRESH_GRACE = Duration.ofSeconds(10);

  public CoreSettings {
    Objects.requireNonNull(currency, "currency");
    if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
      throw new IllegalArgumentException("accessTokenTtl must be positive");
    }
    if (sessionTtl.compareTo(accessTokenTtl) < 0) {
      throw new IllegalArgumentException("sessionTtl must be at least accessTokenTtl");
    }
    if (maxImageBytes < 1) {
      throw new IllegalArgumentException("maxImageBytes must be positive");
    }
    if (proposalTtl.isNegative() || proposalTtl.isZero()) {
      throw new IllegalArgumentException("proposalTtl must be positive");
    }
    if (invoiceTerm.isNegative()) {
      throw new IllegalArgumentException("invoiceTerm must not be negative");
    }
    if (refreshGrace.isNegative()) {
      throw new IllegalArgumentException("refreshGrace must not be negative");
    }
    Objects.requireNonNull(orderSmsTemplate, "orderSmsTemplate");
  }

  /** The settings with the standard order SMS ({@link OrderSmsTemplate#DEFAULT}). */
  public CoreSettings(
      Currency currency,
      Duration accessTokenTtl,
      Duration sessionTtl,
      int maxImageBytes,
      Duration proposalTtl,
      Period invoiceTerm,
      Duration refreshGrace) {
    this(
        currency,
        accessTokenTtl,
        sessionTtl,
        maxImageBytes,
        proposalTtl,
        invoiceTerm,
        refreshGrace,
        OrderSmsTemplate.standard());
  }

  /** These settings with another order SMS. */
  public CoreSettings withOrderSmsTemplate(OrderSmsTemplate template) {
    return new CoreSettings(
        currency,
        accessTokenTtl,
        sessionTtl,
        maxImageBytes,
        proposalTtl,
        invoiceTerm,
        refreshGrace,
        template);
  }

  /** The settings with the {@link #DEFAULT_REFRESH_GRACE}. */
  public CoreSettings(
      Currency currency,
      Duration accessTokenTtl,
      Duration sessionTtl,
      int maxImageBytes,
      Duration proposalTtl,
      Period invoiceTerm) {
    this(
        currency,
        accessTokenTtl,
        sessionTtl,
        maxImageBytes,
        proposalTtl,
        invoiceTerm,
        DEFAULT_REFRESH_GRACE);
  }

  /**
   * The largest vehicle image as people read it: {@code 5 MiB}, {@code 512 KiB}, {@code 1000
   * bytes}.
   */
  public String maxImageSize() {
    int mebibyte = 1024 * 1024;
    if (maxImageBytes % mebibyte == 0) {
      return maxImageBytes / mebibyte + " MiB";
    }
    return maxImageBytes % 1024 == 0 ? maxImageBytes / 1024 + " KiB" : maxImageBytes + " bytes";
  }

  /**
   * USD, one-hour access tokens, thirty-day sessions, 5 MiB images, proposals that stand a week,
   * invoices due in thirty days, a ten-second refresh grace, the standard order SMS.
   */
  public static CoreSettings defaults() {
    return new CoreSettings(
        Currency.getInstance("USD"),
        Duration.ofHours(1),
        Duration.ofDays(30),
        5 * 1024 * 1024,
        Duration.ofDays(7),
        Period.ofDays(30),
        DEFAULT_REFRESH_GRACE);
  }
}

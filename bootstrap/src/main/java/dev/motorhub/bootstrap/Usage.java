package dev.motorhub.bootstrap;

import dev.motorhub.domain.orders.OrderSmsTemplate;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --help} prints: the commands, and every environment variable {@link Settings} reads
 * with its default and meaning (the table the README's configuration section repeats; tests hold
 * the three together).
 */
final class Usage {
  /** An environment variable: its name, its default when it has one, and what it sets. */
  record Variable(String name, Optional<String> fallback, String meaning) {
    static Variable of(String name, String fallback, String meaning) {
      return new Variable(name, Optional.of(fallback), meaning);
    }

    static Variable unset(String name, String meaning) {
      return new Variable(name, Optional.empty(), meaning);
    }
  }

  static final List<Variable> VARIABLES =
      List.of(
          Variable.of("PORT", "8080", "HTTP port (0 picks a free one)"),
          Variable.of("HOST", "0.0.0.0", "address to listen on"),
          Variable.unset(
              "MOTORHUB_INSTANCE_ID",
              "this instance's name in the X-Instance header of every response and in its logs,"
                  + " 1-64 of A-Z a-z 0-9 . _ : -; unset, eight random hexadecimal digits"),
          Variable.unset(
              "DATABASE_URL",
              "PostgreSQL JDBC URL, e.g. jdbc:postgresql://host:5432/db?user=u&password=p;"
                  + " unset, the in-memory store"),
          Variable.of("DATABASE_POOL_SIZE", "10", "largest number of database connections (1-200)"),
          Variable.unset(
              "MOTORHUB_JWT_SECRET",
              "HMAC-SHA256 key for access tokens, at least 32 bytes; required with DATABASE_URL,"
                  + " random per process otherwise"),
          Variable.of(
              "MOTORHUB_ACCESS_TOKEN_MINUTES", "60", "lifetime of an access token (1-1440)"),
          Variable.of(
              "MOTORHUB_SESSION_DAYS",
              "30",
              "lifetime of a sign-in session, i.e. of its refresh tokens (1-365)"),
          Variable.of(
              "MOTORHUB_REFRESH_GRACE_SECONDS",
              "10",
              "how long after its first use a refresh token presented again counts as the"
                  + " client's retry rather than a copy (0-60; 0 turns retries off)"),
          Variable.of("MOTORHUB_BCRYPT_COST", "12", "bcrypt cost of password hashes (4-31)"),
          Variable.of(
              "MOTORHUB_CURRENCY",
              "USD",
              "ISO 4217 currency (of at most two decimal places) of every amount: plan prices,"
                  + " service fees, proposals, invoices"),
          Variable.unset(
              "MOTORHUB_TRUSTED_PROXIES",
              "comma-separated IP addresses of the load balancers or proxies in front of the"
                  + " server, e.g. 10.0.0.5: a request from one of them is taken to come from the"
                  + " last address in its X-Forwarded-For (for login throttling); unset, none"),
          Variable.unset(
              "MOTORHUB_CORS_ORIGINS",
              "comma-separated origins allowed by CORS, e.g. https://app.example.com; unset, none"),
          Variable.of(
              "MOTORHUB_MAX_BODY_BYTES",
              "1048576",
              "largest request body accepted (JSON, forms and multipart alike); larger ones get"
                  + " 413. Image uploads have their own limit"),
          Variable.unset(
              "MOTORHUB_ADMIN_USERNAME",
              "a superuser created at start if missing, when MOTORHUB_ADMIN_EMAIL and"
                  + " MOTORHUB_ADMIN_PASSWORD are set too (all three or none)"),
          Variable.unset("MOTORHUB_ADMIN_EMAIL", "that superuser's email"),
          Variable.unset(
              "MOTORHUB_ADMIN_PASSWORD",
              "that superuser's password; create-superuser reads it too"),
          Variable.unset(
              "MOTORHUB_CARD_FINGERPRINT_KEY",
              "HMAC key (at least 32 bytes) of the fingerprints that tell a payment card already"
                  + " on file; required with DATABASE_URL, and never to be changed; random per"
                  + " process otherwise"),
          Variable.of(
              "MOTORHUB_IMAGE_DIR",
              "data/images",
              "directory of vehicle images when running on PostgreSQL (in memory otherwise)"),
          Variable.of(
              "MOTORHUB_MAX_IMAGE_BYTES",
              "5242880",
              "largest vehicle image accepted (its upload may be this large, whatever the body"
                  + " limit); larger ones get 413"),
          Variable.of(
              "MOTORHUB_PROPOSAL_DAYS",
              "7",
              "how long a proposal stands before it expires (1-365)"),
          Variable.of(
              "MOTORHUB_INVOICE_DUE_DAYS",
              "30",
              "days from an invoice's issue to its due date (0-365)"),
          Variable.of(
              "MOTORHUB_JOBS_INTERVAL_SECONDS",
              "60",
              "seconds between two runs of each background job (expiring proposals, invoice and"
                  + " subscription reminders, pending payments; new matches every 2 s and the SMS"
                  + " outbox every 5 s, or this when shorter; 1-86400); 0 or off runs no job on"
                  + " this instance"),
          Variable.of(
              "MOTORHUB_PAYMENT_PENDING_SECONDS",
              "60",
              "how long a payment whose charge had no known outcome stays pending before the"
                  + " sweep asks the payment provider about it, and between two questions"
                  + " (1-86400)"),
          Variable.of(
              "MOTORHUB_PAYMENT_GIVE_UP_SECONDS",
              "3600",
              "how long after it was made a pending payment the provider never received is failed"
                  + " and its amount released (at least MOTORHUB_PAYMENT_PENDING_SECONDS, at most"
                  + " 2592000)"),
          Variable.unset(
              "MOTORHUB_GOOGLE_CLIENT_ID",
              "the OAuth client id of signing in with Google; set, the home page offers it (with"
                  + " MOTORHUB_GOOGLE_CLIENT_SECRET and MOTORHUB_PUBLIC_URL); unset, it is off"),
          Variable.unset(
              "MOTORHUB_GOOGLE_CLIENT_SECRET", "that OAuth client's secret; never logged or shown"),
          Variable.unset(
              "MOTORHUB_PUBLIC_URL",
              "the address browsers reach Motorhub at, e.g. https://motorhub.example.com; Google"
                  + " sends them back to it at /auth/google/callback (https, or http on"
                  + " localhost)"),
          Variable.of(
              "MOTORHUB_OIDC_ISSUER",
              "https://accounts.google.com",
              "the OpenID provider signing in goes to (its discovery document is read from"
                  + " ISSUER/.well-known/openid-configuration)"),
          Variable.of(
              "MOTORHUB_SMS_PROVIDER",
              "none",
              "the SMS provider: none (text messages are logged, not sent) or africastalking"),
          Variable.unset(
              "MOTORHUB_AT_USERNAME",
              "Africa's Talking user name (sandbox for the sandbox); required with africastalking"),
          Variable.unset(
              "MOTORHUB_AT_API_KEY",
              "Africa's Talking API key (a secret); required with africastalking"),
          Variable.unset(
              "MOTORHUB_AT_SENDER_ID",
              "the sender id or short code messages come from; unset, the account's default"),
          Variable.of(
              "MOTORHUB_AT_BASE_URL",
              "https://api.africastalking.com",
              "Africa's Talking API; the sandbox is https://api.sandbox.africastalking.com"),
          Variable.unset(
              "MOTORHUB_SMS_CALLBACK_SECRET",
              "secret (at least 16 URL-safe characters) the delivery-report callback URL carries"
                  + " as ?secret=; unset, delivery reports are refused"),
          Variable.of(
              "MOTORHUB_SMS_MAX_ATTEMPTS",
              "8",
              "attempts at sending a text message before it is failed (1-50)"),
          Variable.of(
              "MOTORHUB_SMS_BACKOFF_SECONDS",
              "30",
              "wait after a text message's first failed attempt, doubling with each (1-3600)"),
          Variable.of(
              "MOTORHUB_SMS_MAX_BACKOFF_SECONDS",
              "3600",
              "longest wait between attempts (1-86400, at least the backoff)"),
          Variable.of(
              "MOTORHUB_ORDER_SMS_TEMPLATE",
              OrderSmsTemplate.DEFAULT,
              "the text message a customer is sent when an order is placed for them; placeholders"
                  + " {item}, {amount}, {currency}, {name} and {order_id}"),
          Variable.of(
              "MOTORHUB_LOG_FORMAT",
              "json",
              "json (one JSON object a line) or text (plain lines, for reading in a terminal)"),
          Variable.of(
              "MOTORHUB_LOG_LEVEL",
              "info",
              "error, warn, info or debug: the least severe lines written (the libraries' at warn"
                  + " or above)"),
          Variable.unset(
              "MOTORHUB_METRICS_ALLOW",
              "comma-separated addresses or CIDR ranges that may read /metrics without a token, or"
                  + " none; unset, the machine itself (127.0.0.0/8, ::1). Staff tokens may from"
                  + " anywhere"));

  static final String COMMANDS =
      """
      Usage: java -jar motorhub.jar [COMMAND]

      Commands:
        serve                            run the server (the default)
        migrate                          bring the database schema up to date and exit
                                         (needs DATABASE_URL)
        create-superuser USERNAME EMAIL  create a superuser, the password taken from
                                         MOTORHUB_ADMIN_PASSWORD or the first line of standard
                                         input; an existing account of that name is left alone
        -h, --help                       print this help and exit
      """;

  private static final String INDENT = "      ";

  private Usage() {}

  /** The commands and the settings, as {@code --help} prints them. */
  static String help() {
    StringBuilder help = new StringBuilder(COMMANDS);
    help.append(
        "\nSettings, all environment variables (a bad value stops the start, naming it):\n");
    for (Variable variable : VARIABLES) {
      help.append("  ")
          .append(variable.name())
          .append(variable.fallback().map(v -> " (default " + v + ")").orElse(" (no default)"))
          .append('\n');
      wrapped(variable.meaning(), help);
    }
    return help.toString();
  }

  /** Appends {@code text} indented, in lines of at most 100 characters. */
  private static void wrapped(String text, StringBuilder to) {
    StringBuilder line = new StringBuilder(INDENT);
    for (String word : text.split(" ")) {
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > 100) {
        to.append(line).append('\n');
        line = new StringBuilder(INDENT);
      }
      line.append(line.length() > INDENT.length() ? " " : "").append(word);
    }
    to.append(line).append('\n');
  }
}

package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.security.BcryptPasswordHasher;
import dev.motorhub.adapters.persistence.PostgresStore;
import dev.motorhub.application.Motorhub;
import dev.motorhub.domain.shared.Failure;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unavailable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code serve} (the default) runs the server; {@code migrate} brings the
 * database schema up to date; {@code create-superuser USERNAME EMAIL} makes a superuser with the
 * password from MOTORHUB_ADMIN_PASSWORD or the first line of standard input; {@code --help} prints
 * the commands and the settings ({@link Usage}). Every command logs as the settings say ({@link
 * Logging}) and writes out its last lines before the process exits.
 */
public final class Main {
  private static final Set<String> COMMANDS = Set.of("serve", "migrate", "create-superuser");
  private static final Set<String> HELP = Set.of("--help", "-h");

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.getenv(), System.out, System.err);
    Logging.stop();
    System.exit(code);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "serve" : args[0];
    if (HELP.contains(command)) {
      out.print(Usage.help());
      return 0;
    }
    if (!COMMANDS.contains(command)) {
      err.println("Unknown command '" + command + "'.");
      err.print(Usage.COMMANDS);
      return 2;
    }
    try {
      Settings settings = Settings.from(env);
      Logging.start(settings.logs(), System.err);
      return switch (command) {
        case "migrate" -> migrate(settings, err);
        case "create-superuser" -> createSuperuser(args, settings, env, err);
        default -> serve(settings);
      };
    } catch (SettingsError e) {
      err.println("Motorhub cannot start: " + e.getMessage());
      return 2;
    } catch (Unavailable e) {
      err.println("Motorhub cannot start: " + e.getMessage());
      return 1;
    }
  }

  private static int serve(Settings settings) {
    Platform platform = Platform.start(settings);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  platform.close();
                  Logging.stop();
                },
                "motorhub-shutdown"));
    return waitForever();
  }

  private static int waitForever() {
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static int migrate(Settings settings, PrintStream err) {
    if (settings.databaseUrl().isEmpty()) {
      err.println("migrate needs DATABASE_URL: the in-memory store has no schema.");
      return 2;
    }
    try (PostgresStore store =
        PostgresStore.connect(settings.databaseUrl().get(), settings.databasePoolSize())) {
      store.migrate();
    }
    err.println("The database schema is up to date.");
    return 0;
  }

  private static int createSuperuser(
      String[] args, Settings settings, Map<String, String> env, PrintStream err) {
    if (args.length != 3) {
      err.println(
          "Usage: create-superuser USERNAME EMAIL (password from MOTORHUB_ADMIN_PASSWORD or stdin)");
      return 2;
    }
    if (settings.databaseUrl().isEmpty()) {
      err.println(
          "create-superuser needs DATABASE_URL: an in-memory account would vanish at once.");
      return 2;
    }
    String password = env.getOrDefault("MOTORHUB_ADMIN_PASSWORD", "");
    if (password.isBlank()) {
      password = firstLineOfStdin();
    }
    try (PostgresStore store =
        PostgresStore.connect(settings.databaseUrl().get(), settings.databasePoolSize())) {
      store.migrate();
      Motorhub core =
          Motorhub.builder(store)
              .passwordHasher(new BcryptPasswordHasher(settings.bcryptCost()))
              .build();
      var outcome = core.accounts().ensureSuperuser().ensure(args[1], args[2], password);
      err.println(
          outcome.created()
              ? "Created the superuser " + args[1] + "."
              : "An account named " + args[1] + " exists already; nothing changed.");
      return 0;
    } catch (InvalidInput invalid) {
      err.println("The superuser was not created: " + invalid.errors());
      return 1;
    } catch (Failure failure) {
      err.println("The superuser was not created: " + failure.getMessage());
      return 1;
    }
  }

  private static String firstLineOfStdin() {
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = reader.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      return "";
    }
  }
}

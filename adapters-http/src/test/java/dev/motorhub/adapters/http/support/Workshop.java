package dev.motorhub.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.accounts.AccountForm;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.domain.identity.AccountStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Car care records for HTTP tests, made over {@code /v1} as clients make them: mechanics who work
 * every day of the week, present today; customers' requests for today, taken as far as a test
 * needs.
 */
public final class Workshop {
  public static final List<String> EVERY_DAY =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private Workshop() {}

  /** Today, as the server (on UTC) sees it. */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A signed-in mechanic and their profile's id. */
  public record Mechanic(Accounts.Signed account, String id) {
    public Api api() {
      return account.api();
    }
  }

  /**
   * A mechanic who does {@code kinds} every day, {@code capacity} jobs a day, present today: their
   * profile set by {@code staff}.
   */
  public static Mechanic mechanic(
      TestServer server, Api staff, String username, int capacity, String... kinds) {
    Accounts.Signed account = Accounts.mechanic(server, username);
    String id = account.api().get("/v1/me").json().path("mechanic").path("id").asText();
    Api.Reply set =
        staff.patch(
            "/v1/mechanics/" + id,
            Map.of(
                "specializations",
                List.of(kinds),
                "working_days",
                EVERY_DAY,
                "daily_capacity",
                capacity));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    Api.Reply present =
        account
            .api()
            .put("/v1/mechanics/" + id + "/attendance/" + today(), Map.of("status", "present"));
    assertThat(present.status()).as(present.toString()).isEqualTo(200);
    return new Mechanic(account, id);
  }

  /**
   * A mechanic's account opened without its profile (as seed 000's add opens accounts), by the
   * superuser {@code root} through the core; its id.
   */
  public static String mechanicWithoutProfile(TestServer server, String root, String username) {
    var signedIn =
        server.core().identity().logIn().logIn(new LogIn.Command(root, Accounts.PASSWORD, "test"));
    var principal =
        server.core().identity().authenticate().authenticate(signedIn.tokens().accessToken());
    var form =
        AccountForm.builder(username, username + "@example.com", Accounts.PASSWORD)
            .role("mechanic")
            .build();
    return server
        .core()
        .accounts()
        .createAccount()
        .create(
            new CreateAccount.Command(
                principal, form, AccountStatus.ACTIVE, CreateAccount.Profile.NONE))
        .user()
        .id()
        .toString();
  }

  /** A request of {@code customer}'s for {@code kind} today; the reply to its opening. */
  public static Api.Reply request(Api customer, String kind) {
    return customer.post(
        "/v1/service-requests",
        Map.of(
            "service_kind",
            kind,
            "service_description",
            "Please look at it",
            "requested_date",
            today().toString()));
  }

  /** A request opened and scheduled at once; its id. */
  public static String scheduled(Api customer, String kind) {
    Api.Reply opened = request(customer, kind);
    assertThat(opened.text("status")).as(opened.toString()).isEqualTo("scheduled");
    return opened.text("id");
  }

  /** A scheduled request that {@code mechanic} started; its id. */
  public static String inProgress(Api customer, Api mechanic, String kind) {
    String id = scheduled(customer, kind);
    Api.Reply started = mechanic.post("/v1/service-requests/" + id + "/start", Map.of());
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return id;
  }

  /** A request {@code mechanic} started, costed at 120.00 and completed; its id. */
  public static String completed(Api customer, Api mechanic, String kind) {
    String id = inProgress(customer, mechanic, kind);
    Api.Reply cost =
        mechanic.post(
            "/v1/service-requests/" + id + "/cost-lines",
            Map.of("description", "Labour", "quantity", 2, "unit_price", "60.00"));
    assertThat(cost.status()).as(cost.toString()).isEqualTo(201);
    Api.Reply done = mechanic.post("/v1/service-requests/" + id + "/complete", Map.of());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return id;
  }
}

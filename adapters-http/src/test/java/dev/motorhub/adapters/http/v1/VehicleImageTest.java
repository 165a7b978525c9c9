package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.shared.CoreSettings;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vehicle images over HTTP: uploads up to the image limit (far above the body limit of every other
 * route), served back as what they are, published at an address that never changes its picture.
 */
class VehicleImageTest {
  private static final int MAX_IMAGE_BYTES = CoreSettings.defaults().maxImageBytes();
  static TestServer server;
  static Accounts.Signed owner;
  String vehicle;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    owner = Accounts.customer(server, "pictured");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void aVehicle() {
    vehicle = "/v1/vehicles/" + Garage.register(owner.api(), Matrix.unique("KCA"));
  }

  @Test
  void anImageFarLargerThanTheBodyLimit_isKept_andServedBackAsItself() {
    byte[] large = Garage.png((int) TestServer.MAX_BODY_BYTES * 4);

    Api.Reply reply = Garage.upload(owner.api(), vehicle + "/image", "car.png", large);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("image")).startsWith("/media/vehicles/").endsWith(".png");
    Api.Download image = owner.api().download(vehicle + "/image");
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.header("Content-Type")).isEqualTo("image/png");
    assertThat(image.header("Cache-Control")).isEqualTo("no-store");
    assertThat(image.body()).isEqualTo(large);
  }

  @Test
  void theImagesAddress_servesItToAnyone_cachedForAYear() {
    String url =
        Garage.upload(owner.api(), vehicle + "/image", "car.png", GarageFixtures.PNG).text("image");

    Api.Download published = server.api().download(url);

    assertThat(published.status()).isEqualTo(200);
    assertThat(published.body()).isEqualTo(GarageFixtures.PNG);
    assertThat(published.header("Content-Type")).isEqualTo("image/png");
    assertThat(published.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(published.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(published.header("Content-Security-Policy")).contains("sandbox");
  }

  @Test
  void aNewImage_replacesTheOld_whoseAddressThenServesNothing() {
    String first =
        Garage.upload(owner.api(), vehicle + "/image", "a.png", GarageFixtures.PNG).text("image");

    Api.Reply second =
        owner
            .api()
            .upload(
                "PUT",
                vehicle + "/image",
                "image",
                "b.webp",
                "image/webp",
                GarageFixtures.WEBP,
                Map.of());

    assertThat(second.text("image")).isNotEqualTo(first).endsWith(".webp");
    assertThat(server.api().download(first).status()).isEqualTo(404);
    assertThat(server.api().download(second.text("image")).header("Content-Type"))
        .isEqualTo("image/webp");
    assertThat(owner.api().get(vehicle).text("image")).isEqualTo(second.text("image"));
  }

  @Test
  void removingTheVehicle_removesItsImage() {
    String url =
        Garage.upload(owner.api(), vehicle + "/image", "a.png", GarageFixtures.PNG).text("image");

    assertThat(owner.api().delete(vehicle).status()).isEqualTo(204);

    assertThat(server.api().download(url).status()).isEqualTo(404);
  }

  @Test
  void anImageOverTheImageLimit_isContentTooLarge_andNothingChanges() {
    byte[] tooLarge = Garage.png(MAX_IMAGE_BYTES + 1);

    Api.Reply reply = Garage.upload(owner.api(), vehicle + "/image", "huge.png", tooLarge);

    assertProblem(reply, 413);
    assertThat(reply.text("detail")).contains("5 MiB");
    assertThat(owner.api().get(vehicle).json().path("image").isNull()).isTrue();
  }

  @Test
  void anImageAtTheImageLimit_isKept() {
    Api.Reply reply =
        Garage.upload(owner.api(), vehicle + "/image", "max.png", Garage.png(MAX_IMAGE_BYTES));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void otherRoutes_keepTheBodyLimit_forMultipartBodiesToo() {
    byte[] large = Garage.png((int) TestServer.MAX_BODY_BYTES * 2);

    Api.Reply onMe =
        owner.api().upload("PATCH", "/v1/me", "image", "car.png", "image/png", large, Map.of());
    Api.Reply onVehicle =
        owner.api().upload("PATCH", vehicle, "notes", "notes.txt", "text/plain", large, Map.of());

    assertProblem(onMe, 413);
    assertProblem(onVehicle, 413);
    assertThat(onMe.text("type")).isEqualTo("urn:motorhub:problem:content_too_large");
  }

  @Test
  void unknownAddresses_serveNothing() {
    assertThat(
            server
                .api()
                .download("/media/vehicles/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png")
                .status())
        .isEqualTo(404);
    assertThat(server.api().download("/media/vehicles/..%2F..%2Fpom.xml").status()).isEqualTo(404);
    assertThat(server.api().download("/media/vehicles/x").status()).isEqualTo(404);
    assertThat(owner.api().get(vehicle + "/image").status()).isEqualTo(404);
  }
}

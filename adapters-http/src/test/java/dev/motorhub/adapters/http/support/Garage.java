package dev.motorhub.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.GarageFixtures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Vehicles and pictures for HTTP tests: bodies as clients send them, and uploads of images. */
public final class Garage {
  /** A VIN whose check digit is right. */
  public static final String VIN = "1HGBH41JXMN109186";

  private Garage() {}

  /** A complete vehicle body on {@code /v1} with {@code plate}. */
  public static Map<String, Object> vehicle(String plate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("brand", "Toyota");
    body.put("model", "Camry");
    body.put("year", 2023);
    body.put("color", "Blue");
    body.put("license_plate", plate);
    body.put("vin", VIN);
    body.put("mileage", 15000);
    body.put("notes", "Excellent condition");
    return body;
  }

  /** Registers a vehicle in the garage of whoever {@code api} signs in as; its id. */
  public static String register(Api api, String plate) {
    Api.Reply reply = api.post("/v1/vehicles", vehicle(plate));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }

  /** PUTs {@code bytes} as the image of the vehicle at {@code path} (its {@code /image}). */
  public static Api.Reply upload(Api api, String path, String filename, byte[] bytes) {
    return upload(api, "PUT", path, filename, bytes);
  }

  /** Sends {@code bytes} in the multipart field {@code image}, claimed to be a PNG. */
  public static Api.Reply upload(
      Api api, String method, String path, String filename, byte[] bytes) {
    return api.upload(method, path, "image", filename, "image/png", bytes, Map.of());
  }

  /** A PNG picture padded to {@code size} bytes: still a PNG by its first bytes. */
  public static byte[] png(int size) {
    return Arrays.copyOf(GarageFixtures.PNG, size);
  }
}

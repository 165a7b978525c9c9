package dev.motorhub.adapters.http.web;

import dev.motorhub.application.garage.ImageStore.StoredImage;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Vehicle images over HTTP: the upload in the multipart field {@code image}, read up to the image
 * limit rather than the server's body limit; the image written back with its own type; and the
 * public address of a kept image, {@value #MEDIA} followed by its key.
 */
public final class Images {
  /** Where kept images are published; a key is unguessable and names one image for ever. */
  public static final String MEDIA = "/media/vehicles/";

  /** How long a published image may be cached: it never changes under its key. */
  public static final String CACHE_FOR_EVER = "public, max-age=31536000, immutable";

  private static final String FIELD = "image";
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
  private static final long ENVELOPE_BYTES = 64 * 1024;
  private static final int IN_MEMORY_BYTES = 64 * 1024;
  private static final String NOT_A_FILE =
      "The submitted data was not a file. Send it as multipart/form-data in the field 'image'.";

  private Images() {}

  /**
   * The path of a request as logs may show it: a published image's key opens the image to whoever
   * holds it, so it is left out.
   */
  public static String loggable(String path) {
    return path.startsWith(MEDIA) ? MEDIA + "{key}" : path;
  }

  /** The path an image kept under {@code key} is published at, or null without an image. */
  public static String url(Optional<String> key) {
    return key.map(k -> MEDIA + k).orElse(null);
  }

  /**
   * The bytes of the file uploaded as {@code image}. The request may be as large as the image limit
   * (and the form around it): larger images are refused with 413 as Jetty reads them, never held.
   */
  public static byte[] upload(Context ctx, CoreSettings settings) {
    int maxImageBytes = settings.maxImageBytes();
    if (!ctx.isMultipartFormData()) {
      throw InvalidInput.of(FIELD, NOT_A_FILE);
    }
    ctx.req()
        .setAttribute(
            MULTIPART_CONFIG,
            new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"),
                maxImageBytes,
                maxImageBytes + ENVELOPE_BYTES,
                IN_MEMORY_BYTES));
    UploadedFile file;
    try {
      file = ctx.uploadedFile(FIELD);
    } catch (HttpResponseException javalinStatus) {
      throw javalinStatus;
    } catch (Exception unreadable) { // Jetty throws ServletException undeclared, through Kotlin
      throw MultipartFailures.of(
          unreadable,
          ctx,
          "The image is larger than " + settings.maxImageSize() + ", the most this server keeps.");
    }
    if (file == null) {
      throw InvalidInput.of(
          FIELD, ctx.formParam(FIELD) == null ? "No file was submitted." : NOT_A_FILE);
    }
    try (InputStream content = file.content()) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new MalformedBody("The uploaded file could not be read.");
    }
  }

  /** Answers with the image itself, as its own type, cached as {@code cacheControl} says. */
  public static void write(Context ctx, StoredImage image, String cacheControl) {
    ctx.header("Cache-Control", cacheControl);
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.contentType(image.type().mediaType());
    ctx.result(image.bytes());
  }
}

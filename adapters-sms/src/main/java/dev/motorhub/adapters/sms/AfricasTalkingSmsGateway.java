package dev.motorhub.adapters.sms;

import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages through Africa's Talking's SMS API: a form {@code POST} to {@code
 * {baseUrl}/version1/messaging} with {@code username}, {@code to}, {@code message} and, when set,
 * {@code from}, authenticated by the {@code apiKey} header. It answers rather than throws: a 5xx, a
 * timeout, a network failure or an answer it cannot read is worth another attempt, as are 401, 403,
 * 408 and 429 (a key or a limit that can be fixed); another 4xx refuses the message for good. It
 * never logs the API key, and logs recipients masked.
 */
public final class AfricasTalkingSmsGateway implements SmsGateway {
  private static final Logger LOG = LoggerFactory.getLogger(AfricasTalkingSmsGateway.class);
  private static final Set<Integer> WORTH_RETRYING = Set.of(401, 403, 408, 429);

  private final AfricasTalkingConfig config;
  private final HttpClient client;

  public AfricasTalkingSmsGateway(AfricasTalkingConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public SmsSendResult send(SmsId id, PhoneNumber to, String text) {
    SmsSendResult result = post(to, text);
    if (result instanceof SmsSendResult.Failed failed) {
      LOG.warn(
          "Text message {} to {} not sent ({}): {}",
          id,
          PhoneMask.mask(to),
          failed.retryable() ? "will retry" : "refused",
          failed.error());
    }
    return result;
  }

  private SmsSendResult post(PhoneNumber to, String text) {
    var request =
        HttpRequest.newBuilder(config.messagingUri())
            .timeout(config.requestTimeout())
            .header("apiKey", config.apiKey())
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(to, text)))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return SmsSendResult.retryable("Africa's Talking did not answer in time");
    } catch (IOException e) {
      return SmsSendResult.retryable(
          "Africa's Talking could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SmsSendResult.retryable("Interrupted while sending");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return AfricasTalkingAnswer.read(response.body());
    }
    String error = "Africa's Talking answered HTTP " + status + snippet(response.body());
    return status >= 500 || WORTH_RETRYING.contains(status)
        ? SmsSendResult.retryable(error)
        : SmsSendResult.permanent(error, Optional.empty());
  }

  private String form(PhoneNumber to, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", config.username());
    fields.put("to", to.value());
    fields.put("message", text);
    config.senderId().ifPresent(from -> fields.put("from", from));
    return fields.entrySet().stream()
        .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String snippet(String body) {
    String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "";
    }
    return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }
}

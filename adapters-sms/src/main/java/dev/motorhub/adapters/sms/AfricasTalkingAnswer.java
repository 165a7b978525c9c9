package dev.motorhub.adapters.sms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.notifications.SmsReceipt;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what Africa's Talking answered a send to one recipient: {@code
 * SMSMessageData.Recipients[0]} with its {@code statusCode}, {@code status}, {@code cost} and
 * {@code messageId}. Codes 100 (processed), 101 (sent) and 102 (queued) mean it took the message;
 * any other is a failure, for good where the number itself is refused (403 InvalidPhoneNumber, 404
 * UnsupportedNumberType, 406 UserInBlacklist, 409 DoNotDisturbRejection), else worth another
 * attempt (405 InsufficientBalance until the account is topped up, 402 InvalidSenderId until the
 * settings are fixed, 5xx). An answer that cannot be read is worth another attempt too.
 */
final class AfricasTalkingAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> TAKEN = Set.of(100, 101, 102);
  private static final Set<Integer> REFUSED_FOR_GOOD = Set.of(403, 404, 406, 409);

  private AfricasTalkingAnswer() {}

  static SmsSendResult read(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      return malformed("not JSON");
    }
    JsonNode data = root == null ? null : root.get("SMSMessageData");
    if (data == null || !data.isObject()) {
      return malformed("no SMSMessageData");
    }
    JsonNode recipients = data.get("Recipients");
    if (recipients == null || !recipients.isArray()) {
      return malformed("no Recipients");
    }
    if (recipients.isEmpty()) {
      return SmsSendResult.retryable(
          "Africa's Talking sent to nobody: " + text(data, "Message").orElse("no reason given"));
    }
    JsonNode recipient = recipients.get(0);
    JsonNode code = recipient.get("statusCode");
    Optional<String> status = text(recipient, "status");
    if (code == null || !code.canConvertToInt() || !code.isIntegralNumber() || status.isEmpty()) {
      return malformed("a recipient without statusCode or status");
    }
    var receipt =
        new SmsReceipt(
            text(recipient, "messageId").filter(id -> !"None".equals(id)),
            code.intValue(),
            status.get(),
            text(recipient, "cost").filter(cost -> !"0".equals(cost)));
    if (TAKEN.contains(receipt.statusCode())) {
      return new SmsSendResult.Accepted(receipt);
    }
    String error = "Africa's Talking: " + receipt.status() + " (" + receipt.statusCode() + ")";
    return REFUSED_FOR_GOOD.contains(receipt.statusCode())
        ? SmsSendResult.permanent(error, Optional.of(receipt))
        : new SmsSendResult.Failed(error, true, Optional.of(receipt));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull()
        ? Optional.empty()
        : Optional.of(value.asText()).filter(t -> !t.isBlank());
  }

  private static SmsSendResult malformed(String what) {
    return SmsSendResult.retryable("Africa's Talking answered malformed JSON: " + what);
  }
}

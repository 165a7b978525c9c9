package dev.motorhub.application.support;

import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsReceipt;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A test SMS provider: it answers each send as a test says ({@link #answering}), counts every send
 * and every acceptance per message, and catches one message sent twice at the same time (the second
 * send of an id while its first is still in flight).
 */
public final class RecordingSmsGateway implements SmsGateway {
  private final BiFunction<SmsId, Integer, SmsSendResult> answers;
  private final Set<SmsId> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<SmsId, AtomicInteger> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger concurrentSends = new AtomicInteger();
  private final long sendMillis;

  private RecordingSmsGateway(BiFunction<SmsId, Integer, SmsSendResult> answers, long sendMillis) {
    this.answers = answers;
    this.sendMillis = sendMillis;
  }

  /** Accepts every message. */
  public static RecordingSmsGateway accepting() {
    return answering((id, call) -> accept(id));
  }

  /** Answers the {@code call}-th send (from 0) of {@code id} as {@code answers} says. */
  public static RecordingSmsGateway answering(BiFunction<SmsId, Integer, SmsSendResult> answers) {
    return new RecordingSmsGateway(answers, 0);
  }

  /** The same gateway, each send taking {@code millis} (to widen the window of a race). */
  public RecordingSmsGateway taking(long millis) {
    return new RecordingSmsGateway(answers, millis);
  }

  /** The answer of a provider that took the message: its receipt id is {@code AT-<id>}. */
  public static SmsSendResult accept(SmsId id) {
    return new SmsSendResult.Accepted(
        new SmsReceipt(Optional.of("AT-" + id), 101, "Success", Optional.of("KES 0.8000")));
  }

  @Override
  public SmsSendResult send(SmsId id, PhoneNumber to, String text) {
    int call = calls.getAndIncrement();
    if (!inFlight.add(id)) {
      concurrentSends.incrementAndGet();
    }
    try {
      if (sendMillis > 0) {
        Thread.sleep(sendMillis);
      }
      SmsSendResult result = answers.apply(id, call);
      if (result instanceof SmsSendResult.Accepted) {
        accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SmsSendResult.retryable("interrupted");
    } finally {
      inFlight.remove(id);
    }
  }

  public int calls() {
    return calls.get();
  }

  /** How many sends began while the same message was still being sent. */
  public int concurrentSends() {
    return concurrentSends.get();
  }

  /** How many times each message was taken by the provider. */
  public Map<SmsId, Integer> acceptedTimes() {
    Map<SmsId, Integer> times = new ConcurrentHashMap<>();
    accepted.forEach((id, n) -> times.put(id, n.get()));
    return times;
  }
}

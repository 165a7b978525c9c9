package dev.motorhub.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the failure a use case must answer with, failing the test when it answers otherwise. */
public final class Refusals {
  private Refusals() {}

  public static <T extends Throwable> T refused(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the refusal").isInstanceOf(type);
    return type.cast(thrown);
  }
}

package dev.motorhub.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.OutputStream;
import java.util.List;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * The process's logging: Logback behind SLF4J, so that every line (ours, Jetty's, Javalin's,
 * HikariCP's, Flyway's) goes one way. A request's thread only puts its line on a bounded queue; one
 * thread formats and writes the queue. When the output is slower than the lines come, the request
 * threads never wait: with a fifth of the queue left, info and debug lines are dropped, and with
 * none left, every line. Stopping writes out what the queue holds (for {@link #FLUSH_MILLIS} at
 * most).
 */
final class Logging {
  static final int QUEUE_SIZE = 8192;
  static final int FLUSH_MILLIS = 5000;

  /** The libraries whose info lines are chatter: they log at warn or above whatever the level. */
  private static final List<String> LIBRARIES =
      List.of("org.eclipse.jetty", "io.javalin", "com.zaxxer.hikari", "org.flywaydb");

  private Logging() {}

  /** Logs from now on to {@code out}, as {@code settings} say, in place of what was set before. */
  static void start(LogSettings settings, OutputStream out) {
    LoggerContext context = context();
    context.reset();
    OutputStreamAppender<ILoggingEvent> writer = new OutputStreamAppender<>();
    writer.setContext(context);
    writer.setName("out");
    writer.setEncoder(encoder(settings.format(), context));
    writer.setOutputStream(out);
    writer.start();

    AsyncAppender queue = new AsyncAppender();
    queue.setContext(context);
    queue.setName("queue");
    queue.setQueueSize(QUEUE_SIZE);
    queue.setNeverBlock(true);
    queue.setMaxFlushTime(FLUSH_MILLIS);
    queue.addAppender(writer);
    queue.start();

    Level level = Level.toLevel(settings.level().name());
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(queue);
    Level libraries = level.isGreaterOrEqual(Level.WARN) ? level : Level.WARN;
    LIBRARIES.forEach(name -> context.getLogger(name).setLevel(libraries));
    // A context stopped before (by an earlier stop) must be started again, or stopping it would
    // do nothing at all, queued lines included.
    context.start();
  }

  /** Writes out the lines still queued, and stops logging. */
  static void stop() {
    context().stop();
  }

  private static Encoder<ILoggingEvent> encoder(LogSettings.Format format, LoggerContext context) {
    Encoder<ILoggingEvent> encoder =
        switch (format) {
          case JSON -> new LogstashEncoder();
          case TEXT -> {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(
                "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX, UTC} %-5level %logger{0} - %msg %kvp{NONE}%n");
            yield text;
          }
        };
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }
}

package dev.veil.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Captures the lines of the {@code veil.audit} logger while attached, for tests that check the
 * audit record of an exchange. The record is written when the exchange ends, which may be just
 * after the client has its answer, so {@link #await} waits for the line of one request id.
 */
public final class AuditLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger("veil.audit");

  /** Attaches a new capture to the {@code veil.audit} logger. */
  public static AuditLines attach() {
    AuditLines a = new AuditLines();
    a.setContext(a.logger.getLoggerContext());
    a.setName("audit-lines-" + System.identityHashCode(a));
    a.start();
    a.logger.addAppender(a);
    return a;
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(event.getFormattedMessage());
  }

  /** The audit record of {@code requestId} (the x-veil-request-id header), parsed; waits up to 10 s. */
  public JsonNode await(String requestId) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError("no audit line for request " + requestId);
      }
      JsonNode record = parse(line);
      if (requestId.equals(record.path("request_id").asText())) {
        return record;
      }
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}

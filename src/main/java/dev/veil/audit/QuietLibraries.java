package dev.veil.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Denies DEBUG and TRACE events from the HTTP and JSON libraries, whatever the log levels say.
 * Their debug output can carry headers, URLs and bodies; installed programmatically at start, so
 * raising a level in a custom logback.xml cannot make request content appear.
 */
public final class QuietLibraries extends TurboFilter {
  private static final String[] PREFIXES = {"org.eclipse.jetty", "io.javalin", "okhttp3", "okio", "com.fasterxml", "kotlin"};

  /** Adds the filter to the running Logback context, if Logback is the SLF4J backend. */
  public static void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      boolean present = context.getTurboFilterList().stream().anyMatch(f -> f instanceof QuietLibraries);
      if (!present) {
        QuietLibraries filter = new QuietLibraries();
        filter.start();
        context.addTurboFilter(filter);
      }
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || level.isGreaterOrEqual(Level.INFO)) {
      return FilterReply.NEUTRAL;
    }
    String name = logger.getName();
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}

package dev.veil.audit;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes log lines to standard output through a buffer that is flushed at most
 * {@code flushMillis} after a line was written, when it fills, and when the appender stops
 * ({@code logback.xml}: {@code <flushMillis>}, {@code <bufferBytes>}). A console appender
 * writes and flushes every line, one system call per request; under load this batches many
 * lines into one write. Lines are whole in every write, so other writers of stdout interleave
 * only between lines. Lines still in the buffer are lost if the process is killed hard
 * (SIGKILL); a normal stop flushes them.
 */
public class BufferedStdoutAppender<E> extends OutputStreamAppender<E> {
  private long flushMillis = 200;
  private int bufferBytes = 64 * 1024;
  private volatile boolean dirty;
  private ScheduledExecutorService flusher;

  public void setFlushMillis(long flushMillis) {
    this.flushMillis = flushMillis;
  }

  public void setBufferBytes(int bufferBytes) {
    this.bufferBytes = bufferBytes;
  }

  @Override
  public void start() {
    if (flushMillis < 1 || bufferBytes < 1024) {
      addError("flushMillis must be >= 1 and bufferBytes >= 1024 for appender " + getName());
      return;
    }
    setImmediateFlush(false);
    setOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), bufferBytes));
    flusher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "veil-audit-flush");
      t.setDaemon(true);
      return t;
    });
    flusher.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    super.start();
  }

  @Override
  protected void subAppend(E event) {
    super.subAppend(event);
    dirty = true;
  }

  /** Writes out what is buffered, if anything was appended since the last flush. */
  public void flush() {
    if (!dirty) {
      return;
    }
    streamWriteLock.lock();
    try {
      dirty = false;
      OutputStream out = getOutputStream();
      if (out != null) {
        out.flush();
      }
    } catch (IOException e) {
      addError("flushing standard output failed for appender " + getName());
    } finally {
      streamWriteLock.unlock();
    }
  }

  @Override
  public void stop() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    super.stop();
  }

  /** Flushes and leaves standard output open: it is the process's, not this appender's. */
  @Override
  protected void closeOutputStream() {
    dirty = true;
    flush();
  }
}

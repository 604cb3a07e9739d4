package dev.o2c.examples.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * An input stream that counts the bytes read through it and reports each time the count passes
 * another multiple of a step, so that a command can show progress on a big file without any
 * clock: with a step of 50 MB, the listener hears 50 MB, 100 MB, ... once each.
 *
 * <pre>{@code
 * InputStream in = new ProgressInputStream(Files.newInputStream(file), 50L << 20,
 *     read -> err.println((read >> 20) + " MB read"));
 * }</pre>
 *
 * <p>Instances are not thread-safe. Closing this stream closes the wrapped one.
 */
public final class ProgressInputStream extends FilterInputStream {

  private final long step;
  private final LongConsumer listener;
  private long count;
  private long nextReport;
  private long mark;

  /**
   * Wraps a stream.
   *
   * @param in the stream to read
   * @param step how many bytes between two reports, at least 1
   * @param listener told the number of bytes read so far each time another step is passed
   * @throws IllegalArgumentException if step is less than 1
   */
  public ProgressInputStream(InputStream in, long step, LongConsumer listener) {
    super(Objects.requireNonNull(in, "in"));
    if (step < 1) {
      throw new IllegalArgumentException("step must be at least 1 but was " + step);
    }
    this.step = step;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.nextReport = step;
  }

  /** {@return the number of bytes read so far (skipped bytes count as read)} */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      advance(skipped);
    }
    return skipped;
  }

  @Override
  public synchronized void mark(int readLimit) {
    super.mark(readLimit);
    mark = count;
  }

  @Override
  public synchronized void reset() throws IOException {
    super.reset();
    // Bytes read again after a reset were already reported; only the count goes back.
    count = mark;
  }

  private void advance(long n) {
    count += n;
    if (count >= nextReport) {
      nextReport = (count / step + 1) * step;
      listener.accept(count);
    }
  }
}

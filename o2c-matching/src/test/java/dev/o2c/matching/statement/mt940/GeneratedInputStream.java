package dev.o2c.matching.statement.mt940;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * An input stream that writes a large text on demand (header, {@code count} generated chunks,
 * trailer) without ever holding it, and tells how many bytes a reader has pulled so far. Used to show
 * that readers stream: entries arrive while most of the file is still unwritten.
 */
public final class GeneratedInputStream extends InputStream {
  private final byte[] header;
  private final IntFunction<String> chunk;
  private final int count;
  private final byte[] trailer;
  private byte[] current;
  private int pos;
  private int index = -1;
  private long produced;

  /**
   * Creates the stream.
   *
   * @param header text before the chunks
   * @param chunk the i-th chunk, for i from 0 to count - 1
   * @param count number of chunks
   * @param trailer text after the chunks
   */
  public GeneratedInputStream(String header, IntFunction<String> chunk, int count, String trailer) {
    this.header = header.getBytes(StandardCharsets.UTF_8);
    this.chunk = chunk;
    this.count = count;
    this.trailer = trailer.getBytes(StandardCharsets.UTF_8);
    this.current = this.header;
  }

  /** Bytes handed out so far. */
  public long produced() {
    return produced;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (current != null && pos == current.length) {
      index++;
      pos = 0;
      if (index < count) {
        current = chunk.apply(index).getBytes(StandardCharsets.UTF_8);
      } else if (index == count) {
        current = trailer;
      } else {
        current = null;
      }
    }
    if (current == null) {
      return -1;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    produced += n;
    return n;
  }
}

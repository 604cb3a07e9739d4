package dev.o2c.testkit.statement;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link StatementFileSpec} as the text of one bank statement format. Writing streams:
 * entries are generated and written one at a time, so a file of any size needs no memory beyond a
 * small buffer. Implementations are immutable and thread-safe.
 */
public interface StatementFileWriter {

  /**
   * Writes the file's text to a character stream. The stream is neither flushed nor closed.
   *
   * @param spec what to write
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  void write(StatementFileSpec spec, Writer out);

  /**
   * Writes the file as UTF-8 bytes (all generated text is ASCII). The stream is flushed, not closed.
   *
   * @param spec what to write
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  default void write(StatementFileSpec spec, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      write(spec, w);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file as a string; for small files in tests.
   *
   * @param spec what to write
   * @return the file's text
   * @throws NullPointerException if spec is null
   */
  default String toString(StatementFileSpec spec) {
    StringWriter w = new StringWriter();
    write(spec, w);
    return w.toString();
  }

  /**
   * The file as UTF-8 bytes, e.g. to benchmark a reader on data already in memory.
   *
   * @param spec what to write
   * @return the file's bytes
   * @throws NullPointerException if spec is null
   */
  default byte[] toBytes(StatementFileSpec spec) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    write(spec, bytes);
    return bytes.toByteArray();
  }
}

package dev.o2c.benchmarks;

import dev.o2c.testkit.statement.StatementFileSpec;
import dev.o2c.testkit.statement.StatementFileWriter;
import java.io.OutputStream;

/** Generates benchmark statement files of about a given size from a fixed seed. */
public final class BenchmarkFiles {

  /** The seed every benchmark file is generated from, so runs compare like with like. */
  public static final long SEED = 20_260_105L;

  private BenchmarkFiles() {}

  /**
   * A file description of about {@code targetBytes} when written by {@code writer}: four
   * statements over two accounts, entries split evenly.
   *
   * @param writer the format writer
   * @param targetBytes the wanted size in bytes
   * @return the description
   */
  public static StatementFileSpec spec(StatementFileWriter writer, long targetBytes) {
    StatementFileSpec probe = StatementFileSpec.builder().seed(SEED).entriesPerStatement(2_000).build();
    long probeBytes = size(writer, probe);
    long entries = Math.max(4, targetBytes * 2_000 / probeBytes);
    return StatementFileSpec.builder()
        .seed(SEED)
        .accounts(2)
        .statements(4)
        .entriesPerStatement((int) Math.min(Integer.MAX_VALUE, entries / 4))
        .build();
  }

  /**
   * The file of about {@code targetBytes}, in memory.
   *
   * @param writer the format writer
   * @param targetBytes the wanted size in bytes (at most about 1 GB)
   * @return the bytes
   */
  public static byte[] bytes(StatementFileWriter writer, long targetBytes) {
    return writer.toBytes(spec(writer, targetBytes));
  }

  /**
   * Counts the bytes a description writes to, without keeping them.
   *
   * @param writer the format writer
   * @param spec the description
   * @return the size in bytes
   */
  public static long size(StatementFileWriter writer, StatementFileSpec spec) {
    long[] n = {0};
    writer.write(spec, new OutputStream() {
      @Override
      public void write(int b) {
        n[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        n[0] += len;
      }
    });
    return n[0];
  }
}

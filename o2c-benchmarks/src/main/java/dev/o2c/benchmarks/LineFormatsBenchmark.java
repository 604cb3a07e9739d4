package dev.o2c.benchmarks;

import dev.o2c.matching.statement.StatementReader;
import dev.o2c.matching.statement.bai2.Bai2Reader;
import dev.o2c.matching.statement.mt940.Mt940Reader;
import dev.o2c.testkit.statement.Bai2Writer;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import dev.o2c.testkit.statement.StatementFileWriter;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MT940 and BAI2 read throughput of {@link Mt940Reader} and {@link Bai2Reader} against a bare
 * {@link BufferedReader#readLine()} loop over the same bytes (UTF-8 decoding, default buffer), in
 * the same run. The file (about {@code sizeMb} MB, fixed seed) is generated once per trial into
 * memory. The bare loop counts the lines that start an entry ({@code :61:} or {@code 16,}); both
 * sides must count the generated number of entries on every invocation, or the benchmark fails.
 * The primary score is files per second; the {@code lines} counter is lines per second, {@code bytes} bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LineFormatsBenchmark {

  /** The format: {@code MT940} or {@code BAI2}. */
  @Param({"MT940", "BAI2"})
  public String format;

  /** Approximate file size in MB. */
  @Param("40")
  public int sizeMb;

  private byte[] file;
  private long fileLines;
  private long expectedEntries;
  private String entryPrefix;
  private StatementReader reader;

  /** Creates the benchmark state (JMH instantiates it). */
  public LineFormatsBenchmark() {}

  /**
   * Generates the file once per trial.
   *
   * @throws IOException never for in-memory data
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StatementFileWriter writer;
    if (format.equals("MT940")) {
      writer = Mt940Writer.standard();
      reader = new Mt940Reader();
      entryPrefix = ":61:";
    } else if (format.equals("BAI2")) {
      writer = Bai2Writer.standard();
      reader = new Bai2Reader();
      entryPrefix = "16,";
    } else {
      throw new IllegalArgumentException("unknown format " + format);
    }
    StatementFileSpec spec = BenchmarkFiles.spec(writer, sizeMb * 1_000_000L);
    file = writer.toBytes(spec);
    expectedEntries = spec.entryCount();
    long lines = 0;
    try (BufferedReader r = open()) {
      while (r.readLine() != null) {
        lines++;
      }
    }
    fileLines = lines;
    System.out.printf("%n# %s: %,d bytes, %,d lines, %,d entries%n", format, file.length, fileLines,
        expectedEntries);
  }

  private BufferedReader open() {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
  }

  /**
   * The o2c reader streams the file into a counting handler.
   *
   * @param counters the work counters
   * @return the number of entries plus an amount checksum
   */
  @Benchmark
  public long reader(Counters counters) {
    CountingHandler h = new CountingHandler();
    reader.stream(new ByteArrayInputStream(file), "bench", h);
    check(h.entries);
    counters.lines += fileLines;
    counters.bytes += file.length;
    return h.entries + h.transactions + h.minorSum;
  }

  /**
   * The bare line loop over the same bytes.
   *
   * @param counters the work counters
   * @return the number of entries plus a length checksum
   * @throws IOException never for in-memory data
   */
  @Benchmark
  public long bareReadLine(Counters counters) throws IOException {
    long entries = 0;
    long chars = 0;
    try (BufferedReader r = open()) {
      String line;
      while ((line = r.readLine()) != null) {
        chars += line.length();
        if (line.startsWith(entryPrefix)) {
          entries++;
        }
      }
    }
    check(entries);
    counters.lines += fileLines;
    counters.bytes += file.length;
    return entries + chars;
  }

  /**
   * {@return the size of the generated file in bytes, after {@link #setUp()}}
   */
  public long fileSize() {
    return file.length;
  }

  /**
   * {@return the number of lines of the generated file, after {@link #setUp()}}
   */
  public long fileLines() {
    return fileLines;
  }

  private void check(long entries) {
    if (entries != expectedEntries) {
      throw new IllegalStateException("counted " + entries + " entries, generated " + expectedEntries);
    }
  }
}

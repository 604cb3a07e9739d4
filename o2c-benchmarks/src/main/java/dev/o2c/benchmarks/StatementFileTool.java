package dev.o2c.benchmarks;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.StatementFileWriter;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small programs for timing whole processes against each other (e.g. with {@code /usr/bin/time}):
 * {@code write camt|mt940 SIZE_MB FILE} writes a generated statement file of about that size, and
 * {@code stream FILE} streams a statement file through {@link StatementReaders#stream} with a handler
 * that does nothing, the baseline for {@code java -jar o2c.jar statement FILE --out T.csv}.
 *
 * <pre>{@code
 * java -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.StatementFileTool write camt 400 /tmp/big.xml
 * java -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.StatementFileTool stream /tmp/big.xml
 * java -jar o2c-examples/target/o2c.jar statement /tmp/big.xml --out /tmp/big.csv
 * }</pre>
 */
public final class StatementFileTool {

  private StatementFileTool() {}

  /**
   * Runs one of the two programs.
   *
   * @param args {@code write FORMAT SIZE_MB FILE} or {@code stream FILE}
   * @throws Exception if the file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("write")) {
      StatementFileWriter writer = args[1].equals("mt940") ? Mt940Writer.standard()
          : Camt053Writer.of(Camt053Writer.Version.V08);
      try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
        writer.write(BenchmarkFiles.spec(writer, Long.parseLong(args[2]) << 20), out);
      }
    } else if (args.length == 2 && args[0].equals("stream")) {
      Path file = Path.of(args[1]);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
        StatementReaders.stream(in, file.getFileName().toString(), new StatementHandler() {
          @Override
          public void onEntry(Entry entry) {
            // nothing: the bare library stream
          }
        });
      }
    } else {
      System.err.println("usage: StatementFileTool write camt|mt940 SIZE_MB FILE | stream FILE");
      System.exit(2);
    }
  }
}

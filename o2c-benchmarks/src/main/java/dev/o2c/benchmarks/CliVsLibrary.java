package dev.o2c.benchmarks;

import dev.o2c.examples.cli.O2c;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.StatementFileWriter;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * How much the {@code o2c statement} command costs on top of the library: runs, alternately on the
 * same generated file on disk, the whole command in-process ({@code o2c statement FILE --out CSV}:
 * reading, summary, findings, CSV written to a file) and a bare library stream of the same file
 * ({@link StatementReaders#stream} with a handler that does nothing), round after round, and reports
 * the command's throughput as a share of the bare stream's, by wall and by the thread's CPU time.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CliVsLibrary camt 10 100
 * }</pre>
 */
public final class CliVsLibrary {

  private static final int WARMUP_ROUNDS = 3;

  private CliVsLibrary() {}

  /**
   * Runs the comparison and prints one line per round and a summary.
   *
   * @param args the format ({@code camt} for camt.053.001.08, or {@code mt940}), the number of measured
   *     rounds (default 10) and the file size in MB (default 100)
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    String format = args.length > 0 ? args[0] : "camt";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int sizeMb = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    StatementFileWriter writer = format.equals("mt940") ? Mt940Writer.standard() : Camt053Writer.of(Camt053Writer.Version.V08);
    Path dir = Files.createTempDirectory("o2c-cli-bench");
    Path file = dir.resolve(format.equals("mt940") ? "statement.sta" : "statement.xml");
    Path csv = dir.resolve("transactions.csv");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.write(BenchmarkFiles.spec(writer, (long) sizeMb << 20), out);
      }
      long bytes = Files.size(file);
      Callable<Long> cli = () -> {
        StringWriter summary = new StringWriter();
        int code = O2c.run(new PrintWriter(summary), new PrintWriter(Writer.nullWriter()), "statement",
            file.toString(), "--out", csv.toString());
        if (code != 0) {
          throw new IllegalStateException("o2c statement exited with " + code + ": " + summary);
        }
        return Files.size(csv);
      };
      Callable<Long> library = () -> {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
          StatementReaders.stream(in, file.getFileName().toString(), new StatementHandler() {
            @Override
            public void onEntry(Entry entry) {
              // nothing: the bare library stream
            }
          });
        }
        return 1L;
      };
      run(format, bytes, rounds, cli, library);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void run(String format, long bytes, int rounds, Callable<Long> cli, Callable<Long> library)
      throws Exception {
    Alternation t = Alternation.run(cli, library, WARMUP_ROUNDS, rounds, "o2c statement", "library stream",
        "command/library");
    System.out.printf("%s, %,d bytes, %d rounds (checksum %d)%n", format, bytes, rounds, t.checksum);
    System.out.printf("o2c statement --out throughput as a share of the bare library stream: %s%n", t.ratios());
    System.out.printf("by median cpu time: o2c statement %.1f MB/s, library stream %.1f MB/s%n",
        bytes / 1e6 / t.subjectSeconds(), bytes / 1e6 / t.baselineSeconds());
  }
}

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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wallRatio = new double[rounds];
    double[] cpuRatio = new double[rounds];
    long[] cliCpu = new long[rounds];
    long[] libraryCpu = new long[rounds];
    long sink = 0;
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      boolean cliFirst = (r & 1) == 0;
      long[] a = cliFirst ? time(cli, threads) : null;
      long[] z = time(library, threads);
      if (!cliFirst) {
        a = time(cli, threads);
      }
      sink += a[2] + z[2];
      if (r >= 0) {
        wallRatio[r] = (double) z[0] / a[0];
        cpuRatio[r] = (double) z[1] / a[1];
        cliCpu[r] = a[1];
        libraryCpu[r] = z[1];
        System.out.printf("round %2d: o2c statement %7.1f ms wall %7.1f ms cpu; library stream %7.1f ms wall"
                + " %7.1f ms cpu; command/library throughput wall %.2f cpu %.2f%n", r + 1, a[0] / 1e6, a[1] / 1e6,
            z[0] / 1e6, z[1] / 1e6, wallRatio[r], cpuRatio[r]);
      }
    }
    Arrays.sort(wallRatio);
    Arrays.sort(cpuRatio);
    Arrays.sort(cliCpu);
    Arrays.sort(libraryCpu);
    System.out.printf("%s, %,d bytes, %d rounds (checksum %d)%n", format, bytes, rounds, sink);
    System.out.printf("o2c statement --out throughput as a share of the bare library stream: wall median %.2f"
            + " (min %.2f, max %.2f); cpu median %.2f (min %.2f, max %.2f)%n",
        median(wallRatio), wallRatio[0], wallRatio[rounds - 1], median(cpuRatio), cpuRatio[0], cpuRatio[rounds - 1]);
    System.out.printf("by median cpu time: o2c statement %.1f MB/s, library stream %.1f MB/s%n",
        bytes / 1e6 / (median(cliCpu) / 1e9), bytes / 1e6 / (median(libraryCpu) / 1e9));
  }

  private static long[] time(Callable<Long> side, ThreadMXBean threads) throws Exception {
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long result = side.call();
    long wall = System.nanoTime() - wall0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    return new long[] {wall, cpu, result};
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}

package dev.o2c.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;

/**
 * A companion to the JMH benchmarks for a shared, busy machine: runs a reader and its bare
 * baseline alternately on the same in-memory file, round after round, and reports the ratio of
 * their times per round, measured both as wall time and as the thread's CPU time. Other processes
 * slow both sides of a round alike, and CPU time leaves out the time the thread waited for a core,
 * so the ratio holds where absolute JMH scores drift.
 *
 * <pre>{@code
 * java -Xmx1g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.InterleavedRatio camt 30
 * }</pre>
 */
public final class InterleavedRatio {

  private static final int WARMUP_ROUNDS = 5;

  private InterleavedRatio() {}

  /**
   * Runs the comparison and prints one line per round and a summary.
   *
   * @param args what to compare: {@code camt} (camt reader vs bare JDK StAX pass), {@code
   *     camt-aalto} (camt reader vs bare pass of its parser, Aalto behind a strict decoder), {@code
   *     aalto-stax} (bare Aalto pass vs bare JDK StAX pass), {@code camt-jar=PATH} (the camt reader
   *     on the class path vs the camt reader of the {@code o2c-matching} jar at PATH, e.g. an older
   *     build, both counting entries through the same proxy handler), {@code mt940} or {@code
   *     bai2} (reader vs bare {@code readLine()}); then the number of measured rounds (default
   *     20) and the file size in MB (default 40)
   * @throws Exception if a side fails or the two sides disagree
   */
  public static void main(String[] args) throws Exception {
    String format = args.length > 0 ? args[0] : "camt";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int sizeMb = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Callable<Long> reader;
    Callable<Long> bare;
    long bytes;
    long lines;
    if (format.startsWith("camt") || format.equals("aalto-stax")) {
      CamtReadBenchmark b = new CamtReadBenchmark();
      b.sizeMb = sizeMb;
      b.setUp();
      ByteCounter c = new ByteCounter();
      if (format.startsWith("camt-jar=")) {
        CamtReaderFromJar current = CamtReaderFromJar.current();
        CamtReaderFromJar other = CamtReaderFromJar.of(Path.of(format.substring("camt-jar=".length())));
        reader = () -> checked(current.entries(b.file()), b);
        bare = () -> checked(other.entries(b.file()), b);
      } else if (format.equals("aalto-stax")) {
        reader = () -> b.bareAalto(c);
        bare = () -> bareStax(b, c);
      } else if (format.equals("camt-aalto")) {
        reader = () -> b.camtReader(c);
        bare = () -> b.bareAalto(c);
      } else if (format.equals("camt")) {
        reader = () -> b.camtReader(c);
        bare = () -> bareStax(b, c);
      } else {
        throw new IllegalArgumentException("unknown comparison: " + format);
      }
      bytes = b.fileSize();
      lines = 0;
    } else {
      LineFormatsBenchmark b = new LineFormatsBenchmark();
      b.format = format.toUpperCase(java.util.Locale.ROOT);
      b.sizeMb = sizeMb;
      b.setUp();
      Counters c = new Counters();
      reader = () -> b.reader(c);
      bare = () -> bareReadLine(b, c);
      bytes = b.fileSize();
      lines = b.fileLines();
    }
    Alternation t = Alternation.run(reader, bare, WARMUP_ROUNDS, rounds, "reader", "bare", "reader/bare");
    System.out.printf("%s, %,d bytes, %,d lines, %d rounds (checksum %d)%n", format, bytes, lines, rounds,
        t.checksum);
    System.out.printf("reader throughput as a share of the bare pass: %s%n", t.ratios());
    double readerSec = t.subjectSeconds();
    double bareSec = t.baselineSeconds();
    System.out.printf("by median cpu time: reader %.1f MB/s, bare %.1f MB/s", bytes / 1e6 / readerSec,
        bytes / 1e6 / bareSec);
    if (lines > 0) {
      System.out.printf("; reader %,.0f lines/s, bare %,.0f lines/s", lines / readerSec, lines / bareSec);
    }
    System.out.println();
  }

  private static long checked(long entries, CamtReadBenchmark b) {
    if (entries != b.expectedEntries()) {
      throw new IllegalStateException("counted " + entries + " entries, generated " + b.expectedEntries());
    }
    return entries;
  }

  private static long bareStax(CamtReadBenchmark b, ByteCounter c) throws XMLStreamException {
    return b.bareStax(c);
  }

  private static long bareReadLine(LineFormatsBenchmark b, Counters c) throws IOException {
    return b.bareReadLine(c);
  }
}

package dev.o2c.benchmarks;

import dev.o2c.matching.statement.camt.CamtReader;
import dev.o2c.matching.statement.camt.ScannerPass;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
 * camt.053 read throughput of {@link CamtReader} against a bare StAX pass over the same bytes, in
 * the same run, and against a bare pass of the reader's own XML scanner ({@link ScannerPass}). The file (camt.053.001.08, about {@code sizeMb} MB, fixed seed) is generated once
 * per trial into memory. The bare pass uses an {@link XMLInputFactory} with the reader's settings
 * (JDK default implementation, namespace aware, not coalescing, no DTD, no external entities),
 * calls {@code next()} over every event, touches the text of every text event and counts {@code
 * Ntry} start tags. Both sides must count the generated number of entries on every invocation, or
 * the benchmark fails. The primary score is files per second; the {@code bytes} counter is bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CamtReadBenchmark {

  /** Approximate file size in MB. */
  @Param("40")
  public int sizeMb;

  private byte[] file;
  private long expectedEntries;
  private XMLInputFactory factory;
  private final CamtReader reader = new CamtReader();

  /** Creates the benchmark state (JMH instantiates it). */
  public CamtReadBenchmark() {}

  /** Generates the file once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Camt053Writer writer = Camt053Writer.of(Camt053Writer.Version.V08);
    StatementFileSpec spec = BenchmarkFiles.spec(writer, sizeMb * 1_000_000L);
    file = writer.toBytes(spec);
    expectedEntries = spec.entryCount();
    factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    System.out.printf("%n# camt.053.001.08: %,d bytes, %,d entries%n", file.length, expectedEntries);
  }

  /**
   * The camt reader streams the file into a counting handler.
   *
   * @param counters the work counters
   * @return the number of entries
   */
  @Benchmark
  public long camtReader(ByteCounter counters) {
    CountingHandler h = new CountingHandler();
    reader.stream(new ByteArrayInputStream(file), "bench.xml", h);
    check(h.entries);
    counters.bytes += file.length;
    return h.entries + h.transactions + h.minorSum;
  }

  /**
   * The bare StAX pass over the same bytes.
   *
   * @param counters the work counters
   * @return the number of entries plus a text checksum
   * @throws XMLStreamException never for the generated file
   */
  @Benchmark
  public long bareStax(ByteCounter counters) throws XMLStreamException {
    XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(file));
    long entries = 0;
    long text = 0;
    while (xml.hasNext()) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("Ntry")) {
          entries++;
        }
      } else if (ev == XMLStreamConstants.CHARACTERS) {
        int len = xml.getTextLength();
        if (len > 0) {
          text += len + xml.getTextCharacters()[xml.getTextStart()];
        }
      }
    }
    xml.close();
    check(entries);
    counters.bytes += file.length;
    return entries + text;
  }

  /**
   * A bare pass of the reader's own XML scanner over the same bytes: what parsing alone costs the
   * reader, so that the reader's figure against it shows what mapping to the model costs.
   *
   * @param counters the work counters
   * @return the number of entries plus a text checksum
   * @throws IOException never for the generated file
   */
  @Benchmark
  public long bareScanner(ByteCounter counters) throws IOException {
    long[] r = ScannerPass.walk(file);
    check(r[0]);
    counters.bytes += file.length;
    return r[0] + r[1];
  }

  /**
   * {@return the size of the generated file in bytes, after {@link #setUp()}}
   */
  public long fileSize() {
    return file.length;
  }

  private void check(long entries) {
    if (entries != expectedEntries) {
      throw new IllegalStateException("counted " + entries + " entries, generated " + expectedEntries);
    }
  }
}

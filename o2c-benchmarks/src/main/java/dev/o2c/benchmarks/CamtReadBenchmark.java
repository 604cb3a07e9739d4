package dev.o2c.benchmarks;

import dev.o2c.matching.statement.camt.CamtReader;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * the same run, and against a bare pass of the parser the reader uses (Aalto behind a strict UTF-8
 * decoder). The file (camt.053.001.08, about {@code sizeMb} MB, fixed seed) is generated once per
 * trial into memory. The bare StAX pass uses the JDK's default {@link XMLInputFactory} (namespace
 * aware, not coalescing, no DTD, no external entities); both bare passes call {@code next()} over
 * every event, touch the text of every text event and count {@code Ntry} start tags. Both sides must count the generated number of entries on every invocation, or
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
  private XMLInputFactory aalto;
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
    aalto = new InputFactoryImpl();
    aalto.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    aalto.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    aalto.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    aalto.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
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
   * A bare pass of the parser the camt reader uses, set up as it does: Aalto over the bytes decoded
   * by a strict UTF-8 decoder. What parsing alone costs the reader, so that the reader's figure
   * against it shows what mapping to the model costs.
   *
   * @param counters the work counters
   * @return the number of entries plus a text checksum
   * @throws XMLStreamException never for the generated file
   */
  @Benchmark
  public long bareAalto(ByteCounter counters) throws XMLStreamException {
    XMLStreamReader xml = aalto.createXMLStreamReader(new InputStreamReader(new ByteArrayInputStream(file),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
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
   * {@return the generated file, after {@link #setUp()}; not a copy}
   */
  public byte[] file() {
    return file;
  }

  /**
   * {@return the number of entries in the generated file, after {@link #setUp()}}
   */
  public long expectedEntries() {
    return expectedEntries;
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

package dev.o2c.matching.statement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which {@link StatementReader} reads which {@link StatementFormat}; detects the format of an input
 * from its content, by asking the readers ({@link StatementReader#detect}), and dispatches to the
 * reader. Not a global: build one with {@link #builder()} or take the installed set from {@link
 * StatementReaders#standard()}. This instance is immutable and safe to share between threads.
 *
 * <pre>{@code
 * StatementReaderRegistry registry = StatementReaderRegistry.builder()
 *     .registerInstalled(getClass().getClassLoader())  // o2c's readers and any installed as services
 *     .register(new CodaReader())                      // a host's own format, asked first
 *     .build();
 * StatementFile file = registry.readFile(in, "day.cod");
 * }</pre>
 */
public final class StatementReaderRegistry {

  /** How many bytes format detection reads ahead and hands to {@link StatementReader#detect}. */
  public static final int PEEK_BYTES = 4096;

  private final Map<StatementFormat, StatementReader> readers;
  /** Every reader registered, the last registered first: the order in which detection asks them. */
  private final List<StatementReader> detectors;
  /** Installed readers that could not be loaded, each with why. */
  private final List<String> loadFailures;

  private StatementReaderRegistry(Builder b) {
    this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(b.readers));
    List<StatementReader> order = new ArrayList<>(b.order);
    Collections.reverse(order);
    this.detectors = List.copyOf(order);
    this.loadFailures = List.copyOf(b.loadFailures);
  }

  /**
   * Starts an empty registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reader registered for a format.
   *
   * @param format the format
   * @return the reader, empty when none is registered
   */
  public Optional<StatementReader> readerFor(StatementFormat format) {
    return Optional.ofNullable(readers.get(Objects.requireNonNull(format, "format")));
  }

  /**
   * The formats a reader is registered for.
   *
   * @return the formats, o2c's own first in declaration order, then those hosts add by name
   */
  public List<StatementFormat> formats() {
    return readers.keySet().stream().sorted().toList();
  }

  /**
   * Detects the format of a file from its first bytes, by asking the registered readers, the last
   * registered first, and taking the first format one of them recognises.
   *
   * @param head the first bytes of the file (up to {@value #PEEK_BYTES} are looked at)
   * @return the format, empty when no registered reader recognises the content
   * @throws NullPointerException if head is null
   */
  public Optional<StatementFormat> detect(byte[] head) {
    Objects.requireNonNull(head, "head");
    byte[] peek = head.length > PEEK_BYTES ? Arrays.copyOf(head, PEEK_BYTES) : head;
    for (StatementReader reader : detectors) {
      // Each reader gets its own copy, so one that writes into it cannot mislead the next.
      Optional<StatementFormat> format = reader.detect(peek.clone());
      if (format.isPresent()) {
        return format;
      }
    }
    return Optional.empty();
  }

  /**
   * Detects the format of the input from its first bytes and streams it through the matching
   * reader.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param handler receives statements and entries
   * @return the detected format
   * @throws StatementParseException if the format is not recognised, no reader is registered for
   *     it, or the reader fails
   */
  public StatementFormat stream(InputStream in, String sourceName, StatementHandler handler) {
    Objects.requireNonNull(handler, "handler");
    BufferedInputStream buffered = buffered(in);
    StatementFormat format = detectOrThrow(buffered, sourceName);
    reader(format, sourceName).stream(buffered, sourceName, handler);
    return format;
  }

  /**
   * Detects the format of the input from its first bytes and reads it into memory.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the statements and findings
   * @throws StatementParseException if the format is not recognised, no reader is registered for
   *     it, or the reader fails
   */
  public StatementFile readFile(InputStream in, String sourceName) {
    return readFile(in, sourceName, UnreadableEntries.FAIL);
  }

  /**
   * Detects the format of the input from its first bytes and reads it into memory.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param unreadable what to do with an entry that cannot be read while the file around it can
   * @return the statements and findings
   * @throws StatementParseException if the format is not recognised, no reader is registered for
   *     it, or the reader fails
   */
  public StatementFile readFile(InputStream in, String sourceName, UnreadableEntries unreadable) {
    BufferedInputStream buffered = buffered(in);
    StatementFormat format = detectOrThrow(buffered, sourceName);
    StatementFile file = reader(format, sourceName).readFile(buffered, sourceName, unreadable);
    if (file.statements().isEmpty() && file.format() != format) {
      return StatementFile.of(format, sourceName, file.statements(), file.findings());
    }
    return file;
  }

  /**
   * Detects the format of the input from its first bytes and returns its statements.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the statements in file order
   * @throws StatementParseException if the format is not recognised, no reader is registered for
   *     it, or the reader fails
   */
  public List<Statement> read(InputStream in, String sourceName) {
    return readFile(in, sourceName).statements();
  }

  private StatementReader reader(StatementFormat format, String sourceName) {
    return readerFor(format)
        .orElseThrow(
            () ->
                new StatementParseException(
                    sourceName, "start of file", "no reader registered for format " + format));
  }

  private static BufferedInputStream buffered(InputStream in) {
    Objects.requireNonNull(in, "in");
    return in instanceof BufferedInputStream
        ? (BufferedInputStream) in
        : new BufferedInputStream(in, PEEK_BYTES * 2);
  }

  private StatementFormat detectOrThrow(BufferedInputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] head;
    try {
      in.mark(PEEK_BYTES + 1);
      head = in.readNBytes(PEEK_BYTES);
      in.reset();
    } catch (IOException e) {
      throw new StatementParseException(sourceName, "start of file", "cannot read: " + e, e);
    }
    if (head.length == 0) {
      throw new StatementParseException(sourceName, "start of file", "the input is empty");
    }
    return detect(head).orElseThrow(() -> new StatementParseException(sourceName, "start of file",
        "not a recognised statement format (expected one of: "
            + formats().stream().map(StatementFormat::name).collect(Collectors.joining(", "))
            + (loadFailures.isEmpty() ? "" : "; readers that could not be loaded: " + String.join("; ", loadFailures))
            + ")"));
  }

  /** Collects readers for a {@link StatementReaderRegistry}. */
  public static final class Builder {
    private final Map<StatementFormat, StatementReader> readers = new LinkedHashMap<>();
    private final List<StatementReader> order = new ArrayList<>();
    private final List<String> loadFailures = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a reader for every format it declares, replacing earlier registrations of those
     * formats. Detection asks it before the readers registered earlier.
     *
     * @param reader the reader
     * @return this builder
     * @throws NullPointerException if reader is null
     */
    public Builder register(StatementReader reader) {
      Objects.requireNonNull(reader, "reader");
      return register(reader, reader.formats().toArray(new StatementFormat[0]));
    }

    /**
     * Registers a reader for the given formats only, replacing earlier registrations. Detection asks
     * it before the readers registered earlier.
     *
     * @param reader the reader
     * @param formats the formats it shall read
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder register(StatementReader reader, StatementFormat... formats) {
      Objects.requireNonNull(reader, "reader");
      Arrays.stream(formats).forEach(f -> readers.put(Objects.requireNonNull(f, "format"), reader));
      order.remove(reader);
      order.add(reader);
      return this;
    }

    /**
     * Registers every reader installed as a {@link java.util.ServiceLoader} provider of {@link
     * StatementReader} that the class loader sees: o2c's own (camt, MT940/MT942, BAI2) and any a host
     * installs, in the order the loader finds them (see {@link StatementReader} for how to install
     * one). A reader that cannot be loaded (its class is missing, not a {@code StatementReader}, or
     * its constructor throws) is left out and reported: logged as a warning through slf4j, and named
     * when a file's format is not recognised.
     *
     * @param loader the class loader to look in, e.g. {@code getClass().getClassLoader()}
     * @return this builder
     * @throws NullPointerException if loader is null
     */
    public Builder registerInstalled(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      Iterator<StatementReader> it = ServiceLoader.load(StatementReader.class, loader).iterator();
      // ServiceLoader goes on past a provider that fails; the bound only guards against a loader
      // that keeps failing on the same one.
      for (int failures = 0; failures < 1000; ) {
        StatementReader reader;
        try {
          if (!it.hasNext()) {
            break;
          }
          reader = it.next();
        } catch (ServiceConfigurationError | LinkageError e) {
          failures++;
          String why = e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
          // The logger is made only here, so that reading needs no logging set up.
          Logger log = LoggerFactory.getLogger(StatementReaderRegistry.class);
          log.warn("statement reader left out, it cannot be loaded: {}", why, e);
          loadFailures.add(why);
          continue;
        }
        register(reader);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public StatementReaderRegistry build() {
      return new StatementReaderRegistry(this);
    }
  }
}

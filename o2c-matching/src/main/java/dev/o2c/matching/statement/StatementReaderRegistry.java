package dev.o2c.matching.statement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which {@link StatementReader} reads which {@link StatementFormat}; detects the format of an input
 * from its content and dispatches to the reader. Not a global: build one with {@link #builder()}
 * or take the standard set from {@link StatementReaders#standard()}. This instance is immutable
 * and safe to share between threads.
 */
public final class StatementReaderRegistry {

  private final Map<StatementFormat, StatementReader> readers;

  private StatementReaderRegistry(Map<StatementFormat, StatementReader> readers) {
    this.readers = Collections.unmodifiableMap(new EnumMap<>(readers));
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
   * @return the formats in enum order
   */
  public List<StatementFormat> formats() {
    return List.copyOf(readers.keySet());
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
        : new BufferedInputStream(in, StatementReaders.PEEK_BYTES * 2);
  }

  private static StatementFormat detectOrThrow(BufferedInputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] head;
    try {
      in.mark(StatementReaders.PEEK_BYTES + 1);
      head = in.readNBytes(StatementReaders.PEEK_BYTES);
      in.reset();
    } catch (IOException e) {
      throw new StatementParseException(sourceName, "start of file", "cannot read: " + e, e);
    }
    if (head.length == 0) {
      throw new StatementParseException(sourceName, "start of file", "the input is empty");
    }
    return StatementReaders.detect(head)
        .orElseThrow(
            () ->
                new StatementParseException(
                    sourceName,
                    "start of file",
                    "not a recognised statement format (expected camt.052/053/054 XML, MT940/MT942"
                        + " or BAI2)"));
  }

  /** Collects readers for a {@link StatementReaderRegistry}. */
  public static final class Builder {
    private final Map<StatementFormat, StatementReader> readers =
        new EnumMap<>(StatementFormat.class);

    private Builder() {}

    /**
     * Registers a reader for every format it declares, replacing earlier registrations of those
     * formats.
     *
     * @param reader the reader
     * @return this builder
     * @throws NullPointerException if reader is null
     */
    public Builder register(StatementReader reader) {
      Objects.requireNonNull(reader, "reader");
      reader.formats().forEach(f -> readers.put(f, reader));
      return this;
    }

    /**
     * Registers a reader for the given formats only, replacing earlier registrations.
     *
     * @param reader the reader
     * @param formats the formats it shall read
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder register(StatementReader reader, StatementFormat... formats) {
      Objects.requireNonNull(reader, "reader");
      Arrays.stream(formats).forEach(f -> readers.put(Objects.requireNonNull(f, "format"), reader));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public StatementReaderRegistry build() {
      return new StatementReaderRegistry(readers);
    }
  }
}

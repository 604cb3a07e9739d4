package dev.o2c.matching.statement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads bank statement files of one family of formats into the normalized model, and recognises
 * them from their first bytes.
 *
 * <p>Implementations stream: {@link #stream} holds at most one entry in memory at a time, so
 * memory does not grow with file size. Readers never close the given stream and never open files
 * themselves. Every problem that prevents reading is a {@link StatementParseException} naming the
 * source and position; nothing else escapes (except what the handler itself throws).
 * Implementations are stateless and safe to share between threads.
 *
 * <p><b>Adding a format.</b> A host reads a format o2c does not know (or reads one of o2c's own
 * differently) with its own implementation: {@link #formats()} names the formats, e.g. {@code
 * StatementFormat.of("CODA")}, {@link #detect} recognises them from the head of a file, {@link
 * #stream} reads them, and {@link FindingCollector} helps keep the statement's findings bounded.
 * Then either register it on a registry of one's own ({@code
 * StatementReaderRegistry.builder().registerInstalled(loader).register(new CodaReader()).build()}),
 * or install it for {@link StatementReaders#standard()} and every registry built with {@link
 * StatementReaderRegistry.Builder#registerInstalled} as a {@link java.util.ServiceLoader} provider:
 * a public class with a public no-argument constructor, named in a file {@code
 * META-INF/services/dev.o2c.matching.statement.StatementReader} of its jar. o2c's own readers are
 * installed the same way.
 */
public interface StatementReader {

  /**
   * Tells whether the content is one of this reader's formats, from the first bytes of a file.
   * Detection must be cheap, must not throw for any input, and should be strict enough not to claim
   * another format's files: a registry asks its readers in turn and takes the first answer.
   *
   * <p>The default recognises nothing: such a reader is used only for files whose format another
   * reader recognised. A reader that replaces one of o2c's own can delegate, e.g. {@code return new
   * Mt940Reader().detect(head);}.
   *
   * @param head the first bytes of the file, up to {@value StatementReaderRegistry#PEEK_BYTES} (fewer
   *     for a shorter file); not modified
   * @return the format, empty when the content is none of this reader's formats
   */
  default Optional<StatementFormat> detect(byte[] head) {
    return Optional.empty();
  }

  /**
   * The formats this reader understands.
   *
   * @return the formats, never empty
   */
  Set<StatementFormat> formats();

  /**
   * Reads the whole input and hands statements and entries to the handler as they are read.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param handler receives the statements and entries
   * @throws StatementParseException if the input is truncated, malformed, of the wrong type or
   *     hostile
   */
  void stream(InputStream in, String sourceName, StatementHandler handler);

  /**
   * Reads the whole input into memory: statements with their entries and all findings. An entry
   * that cannot be read fails the reading ({@link UnreadableEntries#FAIL}).
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the file's statements and findings
   * @throws StatementParseException if the input cannot be read
   */
  default StatementFile readFile(InputStream in, String sourceName) {
    return readFile(in, sourceName, UnreadableEntries.FAIL);
  }

  /**
   * Reads the whole input into memory: statements with their entries and all findings.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param unreadable what to do with an entry that cannot be read while the file around it can
   * @return the file's statements and findings; with {@link UnreadableEntries#SKIP} each entry left
   *     out is named in an {@link Finding#ENTRY_SKIPPED} finding of its statement
   * @throws StatementParseException if the input cannot be read, or (with {@link
   *     UnreadableEntries#FAIL}) an entry cannot
   */
  default StatementFile readFile(InputStream in, String sourceName, UnreadableEntries unreadable) {
    Objects.requireNonNull(unreadable, "unreadable");
    List<Statement> statements = new ArrayList<>();
    List<Finding> fileFindings = new ArrayList<>();
    StatementFormat[] format = {null};
    stream(
        in,
        sourceName,
        new StatementHandler() {
          private List<Entry> entries = new ArrayList<>();

          @Override
          public void onStatementStart(Statement header) {
            entries = new ArrayList<>();
          }

          @Override
          public void onEntry(Entry entry) {
            entries.add(entry);
          }

          @Override
          public void onStatementEnd(Statement statement) {
            format[0] = statement.format();
            statements.add(statement.withEntries(entries));
            entries = new ArrayList<>();
          }

          @Override
          public void onFileFinding(Finding finding) {
            fileFindings.add(finding);
          }

          @Override
          public void onEntryFailure(StatementParseException failure) {
            if (unreadable == UnreadableEntries.FAIL) {
              throw failure;
            }
          }
        });
    StatementFormat f = format[0] != null ? format[0] : formats().iterator().next();
    return StatementFile.of(f, sourceName, statements, fileFindings);
  }

  /**
   * Reads the whole input into memory and returns its statements.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the statements in file order, each with its entries and findings
   * @throws StatementParseException if the input cannot be read
   */
  default List<Statement> read(InputStream in, String sourceName) {
    return readFile(in, sourceName).statements();
  }
}

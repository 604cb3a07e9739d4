package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers installed through {@link java.util.ServiceLoader}: how a host adds a format. */
public class InstalledReadersTest {

  /** A host's own format: a one-line bank export {@code O2C-TEST-EXPORT;<id>;<amount EUR>}. */
  public static final class ExportReader implements StatementReader {
    static final StatementFormat EXPORT = StatementFormat.of("O2C_TEST_EXPORT");

    /** Creates the reader, as ServiceLoader does. */
    public ExportReader() {}

    @Override
    public Set<StatementFormat> formats() {
      return Set.of(EXPORT);
    }

    @Override
    public Optional<StatementFormat> detect(byte[] head) {
      return new String(head, StandardCharsets.ISO_8859_1).startsWith("O2C-TEST-EXPORT;") ? Optional.of(EXPORT)
          : Optional.empty();
    }

    @Override
    public void stream(InputStream in, String sourceName, StatementHandler handler) {
      String[] f;
      try {
        f = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).strip().split(";");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Statement header = Statement.builder().format(EXPORT).statementId(f[1])
          .account(StatementAccount.builder().otherId("export").build()).build();
      handler.onStatementStart(header);
      Transaction t = Transaction.builder().amount(Money.of("EUR", f[2])).direction(Direction.CREDIT)
          .status(EntryStatus.BOOKED).duplicateKey(f[1]).build();
      handler.onEntry(Entry.builder().amount(t.amount()).direction(Direction.CREDIT).status(EntryStatus.BOOKED)
          .addTransactions(t).build());
      handler.onStatementEnd(header);
    }
  }

  /** An installed reader whose constructor fails, e.g. for a missing dependency. */
  public static final class BrokenReader extends StatementReaderStub {
    /** Always fails. */
    public BrokenReader() {
      throw new IllegalStateException("licence file missing");
    }
  }

  /** A reader that recognises nothing, so detection must pass it by. */
  public abstract static class StatementReaderStub implements StatementReader {
    @Override
    public Set<StatementFormat> formats() {
      return Set.of(StatementFormat.of("O2C_TEST_NOTHING"));
    }

    @Override
    public void stream(InputStream in, String sourceName, StatementHandler handler) {
      throw new UnsupportedOperationException();
    }
  }

  /** A class loader that sees o2c's services file and one more listing the given reader classes. */
  private static URLClassLoader loaderInstalling(Path dir, String... classNames) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(StatementReader.class.getName()), String.join("\n", classNames) + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, InstalledReadersTest.class.getClassLoader());
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void test_standard_holdsOurThreeReadersThroughTheirServiceFile() {
    assertThat(StatementReaders.standard().formats()).containsExactly(StatementFormat.CAMT_052,
        StatementFormat.CAMT_053, StatementFormat.CAMT_054, StatementFormat.MT940, StatementFormat.MT942,
        StatementFormat.BAI2);
  }

  @Test
  void test_installedHostReader_addsItsFormatBesideOurs(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderInstalling(dir, ExportReader.class.getName())) {
      StatementReaderRegistry registry = StatementReaderRegistry.builder().registerInstalled(loader).build();
      assertThat(registry.formats()).startsWith(StatementFormat.CAMT_052).endsWith(ExportReader.EXPORT).hasSize(7);
      StatementFile file = registry.readFile(in("O2C-TEST-EXPORT;DAY-1;12.30\n"), "day.exp");
      assertThat(file.format()).isEqualTo(StatementFormat.of("O2C_TEST_EXPORT"));
      assertThat(file.statements().get(0).transactions()).extracting(Transaction::amount)
          .containsExactly(Money.of("EUR", "12.30"));
      assertThat(registry.readFile(in(":20:X\n:25:1\n:60F:C200101EUR1,00\n:62F:C200101EUR1,00\n-\n"), "x.sta")
          .format()).isEqualTo(StatementFormat.MT940);
    }
  }

  @Test
  void test_readerThatCannotBeLoaded_isLeftOutAndNamed(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderInstalling(dir, BrokenReader.class.getName(), "com.example.NoSuchReader",
        ExportReader.class.getName())) {
      StatementReaderRegistry registry = StatementReaderRegistry.builder().registerInstalled(loader).build();
      // The others still work: a broken plug-in does not cost the formats that load.
      assertThat(registry.formats()).contains(StatementFormat.BAI2, ExportReader.EXPORT);
      assertThatThrownBy(() -> registry.read(in("hello"), "x.txt"))
          .isInstanceOf(StatementParseException.class)
          .hasMessageContaining("not a recognised statement format")
          .hasMessageContaining("readers that could not be loaded")
          .hasMessageContaining(BrokenReader.class.getName())
          .hasMessageContaining("licence file missing")
          .hasMessageContaining("com.example.NoSuchReader");
    }
  }

  @Test
  void test_detection_asksTheLastRegisteredReaderFirst() {
    StatementReader claimsEverything = new StatementReaderStub() {
      @Override
      public Optional<StatementFormat> detect(byte[] head) {
        return Optional.of(StatementFormat.of("O2C_TEST_NOTHING"));
      }
    };
    byte[] mt940 = ":20:X\n:25:1\n".getBytes(StandardCharsets.UTF_8);
    StatementReaderRegistry first = StatementReaderRegistry.builder().register(claimsEverything)
        .registerInstalled(getClass().getClassLoader()).build();
    assertThat(first.detect(mt940)).contains(StatementFormat.MT940);
    StatementReaderRegistry last = StatementReaderRegistry.builder().registerInstalled(getClass().getClassLoader())
        .register(claimsEverything).build();
    assertThat(last.detect(mt940)).contains(StatementFormat.of("O2C_TEST_NOTHING"));
    assertThat(List.of(StatementFormat.of("MT940"), StatementFormat.of("CAMT_053")))
        .containsExactly(StatementFormat.MT940, StatementFormat.CAMT_053);
  }

  @Test
  void test_formatNames_areCheckedAndOneInstanceEach() {
    assertThat(StatementFormat.of("CODA")).isSameAs(StatementFormat.of("CODA")).hasToString("CODA");
    assertThat(StatementFormat.of("MT940")).isSameAs(StatementFormat.MT940);
    assertThatThrownBy(() -> StatementFormat.of("mt940")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatementFormat.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(StatementFormat.of("AAA")).isGreaterThan(StatementFormat.BAI2);
  }
}

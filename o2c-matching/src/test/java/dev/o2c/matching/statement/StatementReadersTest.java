package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementReadersTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> heads() {
    return Stream.of(
        Arguments.of(
            "<?xml version=\"1.0\"?><Document"
                + " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">",
            "CAMT_053"),
        Arguments.of(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.13\">", "CAMT_052"),
        Arguments.of(
            "\uFEFF<?xml version='1.0'?>\n<!-- c --><Document"
                + " xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.08'>",
            "CAMT_054"),
        Arguments.of("01,121140399,9999999999,050608,1015,1,80,1,2/", "BAI2"),
        Arguments.of("  \r\n01,0004,12345,060321,0829,001,80,1,2/", "BAI2"),
        Arguments.of(":20:STARTUMS\r\n:25:66642399/93387\r\n:28C:0\r\n", "MT940"),
        Arguments.of("ABNANL2A\n940\nABNANL2A\n:20:ABN\n:25:123", "MT940"),
        Arguments.of("{1:F01INGBNL2ABXXX0000000000}\n{2:I940INGBNL2AXXXN}\n{4:\n:20:P1", "MT940"),
        Arguments.of(":20:X\n:25:PL1\n:28C:1\n:34F:PLN0\n:13D:1701191530+0100", "MT942"),
        Arguments.of(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:remt.001.001.04\">", null),
        Arguments.of("hello world", null));
  }

  @ParameterizedTest
  @MethodSource("heads")
  void test_detect_fromContent(String head, String expected) {
    assertThat(StatementReaders.detect(bytes(head)).map(StatementFormat::name).orElse(null))
        .isEqualTo(expected);
  }

  @Test
  void test_detect_skipsLeadingControlBytes() {
    assertThat(StatementReaders.detect(bytes("\u0001\n:20:ST1\n:25:PL29\n")))
        .contains(StatementFormat.MT940);
  }

  @Test
  void test_registry_dispatchesToRegisteredReaderWithoutConsumingTheHead() {
    StatementReader fake =
        new StatementReader() {
          @Override
          public Set<StatementFormat> formats() {
            return Set.of(StatementFormat.BAI2);
          }

          @Override
          public java.util.Optional<StatementFormat> detect(byte[] head) {
            return head.length > 2 && head[0] == '0' && head[1] == '1' ? java.util.Optional.of(StatementFormat.BAI2)
                : java.util.Optional.empty();
          }

          @Override
          public void stream(InputStream in, String sourceName, StatementHandler handler) {
            String all;
            try {
              all = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (java.io.IOException e) {
              throw new StatementParseException(sourceName, "line 1", e.toString(), e);
            }
            Statement header =
                Statement.builder()
                    .format(StatementFormat.BAI2)
                    .statementId(all.substring(0, 3))
                    .account(StatementAccount.builder().otherId("1").build())
                    .build();
            handler.onStatementStart(header);
            Transaction t =
                Transaction.builder()
                    .amount(Money.of("USD", "1.00"))
                    .direction(Direction.CREDIT)
                    .status(EntryStatus.BOOKED)
                    .duplicateKey("k")
                    .build();
            handler.onEntry(
                Entry.builder()
                    .amount(t.amount())
                    .direction(Direction.CREDIT)
                    .status(EntryStatus.BOOKED)
                    .addTransactions(t)
                    .build());
            handler.onStatementEnd(header);
            handler.onFileFinding(Finding.of(Finding.COUNT_MISMATCH, "m", "line 9"));
          }
        };
    StatementReaderRegistry registry = StatementReaderRegistry.builder().register(fake).build();
    StatementFile file =
        registry.readFile(new ByteArrayInputStream(bytes("01,x,y/\n99,1/\n")), "f.bai");
    assertThat(file.format()).isEqualTo(StatementFormat.BAI2);
    assertThat(file.statements()).hasSize(1);
    assertThat(file.statements().get(0).statementId()).isEqualTo("01,");
    assertThat(file.statements().get(0).entries()).hasSize(1);
    assertThat(file.allFindings()).extracting(Finding::code).containsExactly(FindingCode.COUNT_MISMATCH);
    assertThat(registry.formats()).containsExactly(StatementFormat.BAI2);
  }

  @Test
  void test_registry_unknownOrUnsupportedFormat_isAParseException() {
    StatementReaderRegistry mt940Only = StatementReaderRegistry.builder()
        .register(new dev.o2c.matching.statement.mt940.Mt940Reader(), StatementFormat.MT940).build();
    assertThatThrownBy(() -> mt940Only.read(new ByteArrayInputStream(bytes(":20:X\n:34F:EUR0,\n")), "x.sta"))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("no reader registered for format MT942");
    StatementReaderRegistry empty = StatementReaderRegistry.builder().build();
    assertThatThrownBy(() -> empty.read(new ByteArrayInputStream(bytes("01,a/")), "x.bai"))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("not a recognised statement format");
    assertThatThrownBy(() -> empty.read(new ByteArrayInputStream(bytes("PK\u0003\u0004")), "x.zip"))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("x.zip")
        .hasMessageContaining("not a recognised statement format");
    assertThatThrownBy(() -> empty.read(new ByteArrayInputStream(new byte[0]), "e"))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("empty");
  }
}

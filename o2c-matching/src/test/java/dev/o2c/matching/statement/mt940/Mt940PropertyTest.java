package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.TextMutations;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the MT940 reader over generated statements and mutated input.
 *
 * <p>The mutation property doubles as a small fuzzer whose regression corpus is the hand-written
 * sample. To fuzz for longer (about a minute per 600 000 inputs), run:
 * {@code mvn -pl o2c-matching verify -Do2c.qt.examples=600000 -Dtest='Mt940PropertyTest#test_mutatedInput*'}.
 */
class Mt940PropertyTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final Mt940Reader READER = new Mt940Reader();
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
  private static final String[] EOL = {"\n", "\r\n", "\r"};

  /** Writes an MT940 statement for signed cent amounts; the closing balance is the true sum. */
  static String write(long openingCents, List<Long> cents, LocalDate date, String eol) {
    StringBuilder sb = new StringBuilder();
    long closing = openingCents;
    sb.append(":20:PROP").append(eol).append(":25:NL91ABNA0417164300EUR").append(eol).append(":28C:1/1").append(eol);
    sb.append(":60F:").append(balance(openingCents, date)).append(eol);
    for (int i = 0; i < cents.size(); i++) {
      long c = cents.get(i);
      closing += c;
      sb.append(":61:").append(date.format(YYMMDD)).append(date.format(MMDD)).append(c < 0 ? 'D' : 'C')
          .append(amount(Math.abs(c))).append("NTRFREF").append(i).append("//BANK").append(i).append(eol);
      // The remittance is wrapped mid-word like a SWIFT line of 65 characters.
      String details = "/EREF/E2E-" + i + "//REMI/USTD//Payment number " + i + " for invoice INV-" + (1000 + i) + "/";
      sb.append(":86:").append(details, 0, Math.min(30, details.length())).append(eol);
      if (details.length() > 30) {
        sb.append(details.substring(30)).append(eol);
      }
    }
    sb.append(":62F:").append(balance(closing, date)).append(eol).append('-').append(eol);
    return sb.toString();
  }

  private static String balance(long cents, LocalDate date) {
    return (cents < 0 ? "D" : "C") + date.format(YYMMDD) + "EUR" + amount(Math.abs(cents));
  }

  private static String amount(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
  }

  @Test
  void test_generatedStatements_readBackToTheSameTransactions() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-10_000_000_000L, 10_000_000_000L),
            lists().of(longs().between(-10_000_000_000L, 10_000_000_000L)).ofSizeBetween(0, 25),
            integers().between(0, 3 * 36_500 + 2))
        .checkAssert((opening, cents, n) -> {
          LocalDate date = LocalDate.of(1980, 1, 1).plusDays(n / 3);
          String text = write(opening, cents, date, EOL[n % 3]);
          Statement s = READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "gen").get(0);
          assertThat(s.findings()).isEmpty();
          assertThat(s.balance(BalanceType.OPENING_BOOKED).orElseThrow().amount().minorUnits()).isEqualTo(opening);
          assertThat(s.balance(BalanceType.CLOSING_BOOKED).orElseThrow().amount().minorUnits())
              .isEqualTo(opening + cents.stream().mapToLong(Long::longValue).sum());
          assertThat(s.entries()).hasSize(cents.size());
          for (int i = 0; i < cents.size(); i++) {
            Entry e = s.entries().get(i);
            Transaction t = e.transactions().get(0);
            assertThat(e.signedAmount().minorUnits()).isEqualTo(cents.get(i));
            assertThat(e.direction()).isEqualTo(cents.get(i) < 0 ? Direction.DEBIT : Direction.CREDIT);
            assertThat(e.valueDate()).contains(date);
            assertThat(e.bookingDate()).contains(date);
            assertThat(t.references().accountServicerReference()).contains("BANK" + i);
            assertThat(t.references().customerReference()).contains("REF" + i);
            assertThat(t.references().endToEndId()).contains("E2E-" + i);
            assertThat(t.remittance().unstructured()).containsExactly("Payment number " + i + " for invoice INV-" + (1000 + i));
          }
        });
  }

  static final String INTERESTING = ":?/-{}\n\r,+0123456789CDRNXE \u0000\u001a\u00fc";

  @Test
  void test_mutatedInput_eitherReadsOrFailsWithAParseException() throws IOException {
    String sample = Mt940ReaderTest.sample();
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(3, 30))
        .checkAssert(edits -> {
          String text = TextMutations.mutate(sample, edits, INTERESTING);
          try {
            List<Statement> st = READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m");
            assertThat(st).isNotEmpty();
          } catch (StatementParseException e) {
            assertThat(e.location()).matches("line [0-9]+");
          }
        });
  }
}

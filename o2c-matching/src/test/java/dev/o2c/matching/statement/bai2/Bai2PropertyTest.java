package dev.o2c.matching.statement.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.FundsAvailability.Distribution;
import dev.o2c.matching.statement.FundsAvailability.Type;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.TextMutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Properties of the BAI2 reader over generated files and mutated input.
 *
 * <p>The mutation property doubles as a small fuzzer whose regression corpus is the hand-written
 * sample. To fuzz for longer (about a minute per 600 000 inputs), run:
 * {@code mvn -pl o2c-matching verify -Do2c.qt.examples=600000 -Dtest='Bai2PropertyTest#test_mutatedInput*'}.
 */
class Bai2PropertyTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final Bai2Reader READER = new Bai2Reader();

  /**
   * Writes a one-account BAI2 file: positive values are 195 credits, negative ones 475 debits; the
   * trailers carry the true totals and counts, and each detail has one 88 continuation.
   */
  static String write(long opening, List<Long> cents, int layout) {
    String sep = layout % 2 == 0 ? "/\n" : "/ ";
    StringBuilder sb = new StringBuilder();
    long closing = opening;
    long total = 0;
    for (long c : cents) {
      closing += c;
      total += Math.abs(c);
    }
    long accountTotal = opening + closing + total;
    sb.append("01,BANK,CUST,200101,0900,7,,,2").append(sep);
    sb.append("02,CUST,BANK,1,200101,,USD,2").append(sep);
    sb.append("03,12345,,010,").append(opening).append(",,,015,").append(closing).append(",,").append(sep);
    for (int i = 0; i < cents.size(); i++) {
      long c = cents.get(i);
      sb.append("16,").append(c < 0 ? "475" : "195").append(',').append(Math.abs(c)).append(",Z,B").append(i)
          .append(",C").append(i).append(",PAYMENT ").append(i).append(", INVOICE ").append(2000 + i).append("/\n");
      sb.append("88,MORE TEXT ").append(i).append(sep);
    }
    int accountRecords = 2 + 2 * cents.size();
    sb.append("49,").append(accountTotal).append(',').append(accountRecords).append(sep);
    sb.append("98,").append(accountTotal).append(",1,").append(accountRecords + 2).append(sep);
    sb.append("99,").append(accountTotal).append(",1,").append(accountRecords + 4).append("/\n");
    return sb.toString();
  }

  @Test
  void test_generatedFiles_readBackWithReconciledTrailers() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            lists().of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).ofSizeBetween(0, 25),
            integers().between(0, 1))
        .checkAssert((opening, cents, layout) -> {
          String text = write(opening, cents, layout);
          StatementFile f = READER.readFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "gen");
          assertThat(f.findings()).isEmpty();
          Statement s = f.statements().get(0);
          assertThat(s.findings()).isEmpty();
          assertThat(s.balance(BalanceType.OPENING_BOOKED).orElseThrow().amount().minorUnits()).isEqualTo(opening);
          assertThat(s.entries()).hasSize(cents.size());
          for (int i = 0; i < cents.size(); i++) {
            Entry e = s.entries().get(i);
            assertThat(e.signedAmount().minorUnits()).isEqualTo(cents.get(i));
            assertThat(e.direction()).isEqualTo(cents.get(i) < 0 ? Direction.DEBIT : Direction.CREDIT);
            assertThat(e.transactions().get(0).references().accountServicerReference()).contains("B" + i);
            assertThat(e.transactions().get(0).remittance().unstructured())
                .containsExactly("PAYMENT " + i + ", INVOICE " + (2000 + i), "MORE TEXT " + i);
          }
        });
  }

  private static final String INTERESTING = ",/\n\r 0123456789+-VSDZ\u0000";

  @Test
  void test_mutatedInput_eitherReadsOrFailsWithAParseException() throws IOException {
    String sample = Bai2ReaderTest.sample();
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(3, 30))
        .checkAssert(edits -> {
          String damaged = TextMutations.mutate(sample, edits, INTERESTING);
          try {
            StatementFile f = READER.readFile(
                new ByteArrayInputStream(damaged.getBytes(StandardCharsets.ISO_8859_1)), "m");
            assertThat(f.statements()).isNotNull();
          } catch (StatementParseException e) {
            assertThat(e.location()).matches("line [0-9]+");
          }
        });
  }

  /** One generated funds type: its BAI2 fields and the availability and S total it stands for. */
  record Funds(String fields, Optional<FundsAvailability> availability, Optional<Long> sTotal) {}

  /** A funds type of kind {@code kind % 8} drawn from {@code seed}, for a detail of {@code amount} cents. */
  static Funds funds(int kind, long seed, long amount) {
    CurrencyUnit usd = Monetary.getCurrency("USD");
    Random r = new Random(seed);
    switch (kind % 8) {
      case 0 -> {
        return new Funds("", Optional.empty(), Optional.empty());
      }
      case 1 -> {
        return new Funds("Z", Optional.of(FundsAvailability.of(Type.UNKNOWN)), Optional.empty());
      }
      case 2 -> {
        Type t = List.of(Type.IMMEDIATE, Type.ONE_DAY, Type.TWO_OR_MORE_DAYS).get(r.nextInt(3));
        return new Funds(t.defaultCode(), Optional.of(FundsAvailability.of(t)), Optional.empty());
      }
      case 3 -> {
        LocalDate d = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
        boolean withTime = r.nextBoolean();
        LocalTime t = LocalTime.of(r.nextInt(24), r.nextInt(60));
        String fields = String.format("V,%02d%02d%02d,%s", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth(),
            withTime ? String.format("%02d%02d", t.getHour(), t.getMinute()) : "");
        return new Funds(fields, Optional.of(FundsAvailability.valueDated(d, withTime ? Optional.of(t) : Optional.empty())),
            Optional.empty());
      }
      case 4, 5 -> {
        // Half of the S distributions split the amount exactly, the others are off by up to 3 cents.
        long a = amount == 0 ? 0 : Math.floorMod(r.nextLong(), amount + 1);
        long b = amount - a == 0 ? 0 : Math.floorMod(r.nextLong(), amount - a + 1);
        long c = amount - a - b + (kind % 8 == 5 ? r.nextInt(7) - 3 : 0);
        return new Funds("S," + a + "," + b + "," + c, Optional.of(FundsAvailability.immediateOneDayTwoOrMore(
            Money.ofMinor(usd, a), Money.ofMinor(usd, b), Money.ofMinor(usd, c))), Optional.of(a + b + c));
      }
      default -> {
        int n = 1 + r.nextInt(4);
        List<Distribution> ds = new ArrayList<>();
        int days = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          ds.add(Distribution.of(days, Money.ofMinor(usd, r.nextInt(1_000_000))));
          days += 1 + r.nextInt(5);
        }
        // Written in any order; read back in ascending days.
        Collections.shuffle(ds, r);
        StringBuilder shuffled = new StringBuilder("D,").append(n);
        for (Distribution d : ds) {
          shuffled.append(',').append(d.days()).append(',').append(d.amount().minorUnits());
        }
        ds.sort(Comparator.comparingInt(Distribution::days));
        return new Funds(shuffled.toString(), Optional.of(FundsAvailability.distributed(ds)), Optional.empty());
      }
    }
  }

  @Test
  void test_generatedFundsTypes_readBackAsTheirAvailabilityAndOnlyUnevenSDistributionsAreFindings() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(longs().between(0, 1_000_000_000L)).ofSizeBetween(1, 10),
            integers().between(0, Integer.MAX_VALUE), longs().all())
        .checkAssert((cents, kinds, seed) -> {
          List<Funds> funds = new ArrayList<>();
          StringBuilder details = new StringBuilder();
          long total = 0;
          for (int i = 0; i < cents.size(); i++) {
            Funds f = funds(kinds + i, seed + i, cents.get(i));
            funds.add(f);
            details.append("16,195,").append(cents.get(i)).append(',').append(f.fields()).append(",B").append(i)
                .append(",,TEXT/\n");
            total += cents.get(i);
          }
          int records = 2 + cents.size();
          String text = "01,BANK,CUST,200101,0900,7,,,2/\n02,CUST,BANK,1,200101,,USD,2/\n03,1,,/\n" + details
              + "49," + total + "," + records + "/\n98," + total + ",1," + (records + 2) + "/\n99," + total + ",1,"
              + (records + 4) + "/\n";
          Statement s = READER.readFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "gen")
              .statements().get(0);
          long uneven = 0;
          for (int i = 0; i < cents.size(); i++) {
            Funds f = funds.get(i);
            Entry e = s.entries().get(i);
            assertThat(e.availability()).isEqualTo(f.availability());
            assertThat(e.valueDate()).isEqualTo(f.availability().flatMap(FundsAvailability::valueDate)
                .or(() -> Optional.of(LocalDate.of(2020, 1, 1))));
            if (f.sTotal().isPresent() && f.sTotal().get().longValue() != cents.get(i).longValue()) {
              uneven++;
            }
          }
          assertThat(s.findings()).hasSize((int) uneven)
              .allSatisfy(x -> assertThat(x.code()).isEqualTo(Finding.AVAILABILITY_MISMATCH));
        });
  }
}

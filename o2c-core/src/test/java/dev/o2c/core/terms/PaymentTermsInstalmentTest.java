package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

class PaymentTermsInstalmentTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final LocalDate DOC = LocalDate.of(2024, 1, 15);

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @MethodSource
  void test_instalments_largestRemainder(String terms, String gross, List<String> expected) {
    String code = gross.substring(0, 3);
    List<DueAmount> due = PaymentTerms.parse(terms)
        .instalments(Money.of(code, gross.substring(4)), DOC);
    assertThat(due).extracting(DueAmount::amount)
        .containsExactlyElementsOf(expected.stream().map(a -> Money.of(code, a)).toList());
  }

  static Stream<Arguments> test_instalments_largestRemainder() {
    return Stream.of(
        Arguments.of("INSTALMENTS 50%/30 50%/60", "EUR 100.00", List.of("50.00", "50.00")),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "EUR 100.01", List.of("50.01", "50.00")),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "EUR 0.01", List.of("0.01", "0.00")),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "EUR -0.01", List.of("-0.01", "0.00")),
        Arguments.of("INSTALMENTS 33.33%/30 33.33%/60 33.34%/90", "EUR 0.10",
            List.of("0.03", "0.03", "0.04")),
        Arguments.of("INSTALMENTS 33.34%/30 33.33%/60 33.33%/90", "EUR 100.00",
            List.of("33.34", "33.33", "33.33")),
        Arguments.of("INSTALMENTS 33.33%/30 33.33%/60 33.34%/90", "EUR 100.00",
            List.of("33.33", "33.33", "33.34")),
        // exact 3.3, 3.4, 3.3: the one leftover yen goes to the largest fraction, not the last
        Arguments.of("INSTALMENTS 33%/30 34%/60 33%/90", "JPY 10", List.of("3", "4", "3")),
        // exact 0.7, 1.4, 4.9: two leftover yen go to fractions .9 and .7
        Arguments.of("INSTALMENTS 10%/0 20%/30 70%/60", "JPY 7", List.of("1", "1", "5")),
        Arguments.of("INSTALMENTS 25%/10 25%/20 25%/30 25%/40", "KWD 0.003",
            List.of("0.001", "0.001", "0.001", "0.000")),
        Arguments.of("INSTALMENTS 25%/10 25%/20 25%/30 25%/40", "KWD -10.002",
            List.of("-2.501", "-2.501", "-2.500", "-2.500")),
        Arguments.of("NET 30", "EUR 99.99", List.of("99.99")));
  }

  @Test
  void test_instalments_datesAndSingleEntryForPlainTerms() {
    assertThat(PaymentTerms.parse("INSTALMENTS 40%/0 60%/30 EOM")
        .instalments(Money.of("EUR", "10.00"), DOC)).containsExactly(
            DueAmount.of(LocalDate.of(2024, 1, 31), Money.of("EUR", "4.00")),
            DueAmount.of(LocalDate.of(2024, 3, 1), Money.of("EUR", "6.00")));
    assertThat(PaymentTerms.NET_30_EOM.instalments(Money.of("JPY", "500"), DOC))
        .containsExactly(DueAmount.of(LocalDate.of(2024, 3, 1), Money.of("JPY", "500")));
    assertThat(DueAmount.of(DOC, Money.of("EUR", "1.00"))).hasToString("EUR 1.00 due 2024-01-15");
  }

  @Test
  void test_instalments_property_sumExactWithinOneMinorUnitLargestRemainder() {
    List<CurrencyUnit> currencies = List.of(
        Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"));
    qt().withExamples(EXAMPLES)
        .forAll(TermsGen.instalmentPlans(),
            Generate.longRange(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
                .mix(Generate.longRange(-1000, 1000)),
            Generate.pick(currencies),
            TermsGen.dates())
        .checkAssert((plan, minor, currency, doc) -> {
          PaymentTerms terms = PaymentTerms.ofInstalments(plan);
          Money gross = Money.ofMinor(currency, minor);
          List<DueAmount> due = terms.instalments(gross, doc);

          assertThat(due).hasSameSizeAs(plan);
          Money sum = Money.zero(currency);
          for (DueAmount d : due) {
            sum = sum.plus(d.amount());
            assertThat(d.amount().currency()).isEqualTo(currency);
          }
          assertThat(sum).isEqualTo(gross);

          // Oracle: exact shares in BigDecimal; each amount is its share rounded down or up by
          // one minor unit (in absolute value), and whoever got the extra unit had a discarded
          // fraction at least as large as anyone who did not (ties: earlier first).
          BigDecimal abs = BigDecimal.valueOf(Math.abs(minor));
          BigDecimal[] fraction = new BigDecimal[plan.size()];
          boolean[] bumped = new boolean[plan.size()];
          for (int i = 0; i < plan.size(); i++) {
            BigDecimal exact = abs.multiply(plan.get(i).sharePercent())
                .divide(BigDecimal.valueOf(100));
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            fraction[i] = exact.subtract(floor);
            long got = Math.abs(due.get(i).amount().minorUnits());
            long diff = got - floor.longValueExact();
            assertThat(diff).isBetween(0L, 1L);
            bumped[i] = diff == 1;
            assertThat(Long.signum(due.get(i).amount().minorUnits()) * Long.signum(minor))
                .isGreaterThanOrEqualTo(0);
            assertThat(due.get(i).dueDate()).isEqualTo(doc.plusDays(plan.get(i).days()));
          }
          for (int i = 0; i < plan.size(); i++) {
            for (int j = 0; j < plan.size(); j++) {
              if (bumped[i] && !bumped[j]) {
                int cmp = fraction[i].compareTo(fraction[j]);
                assertThat(cmp > 0 || (cmp == 0 && i < j))
                    .as("part %d bumped over part %d", i, j).isTrue();
              }
            }
          }
          // Deterministic: same input, same output.
          assertThat(terms.instalments(gross, doc)).isEqualTo(due);
        });
  }
}

package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

class PaymentTermsDiscountTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final LocalDate DOC = LocalDate.of(2024, 3, 1);

  @ParameterizedTest(name = "{0}, document 2024-03-01, paid {1}: {2}% of EUR 1000.00 = {3}")
  @MethodSource
  void test_discount_onAndAfterEachTierDeadline(
      String terms, String paymentDate, String percent, String discount) {
    PaymentTerms t = PaymentTerms.parse(terms);
    LocalDate paid = LocalDate.parse(paymentDate);
    assertThat(t.discountRateOn(DOC, paid)).isEqualByComparingTo(percent);
    assertThat(t.discountFor(Money.of("EUR", "1000.00"), DOC, paid))
        .isEqualTo(Money.of("EUR", discount));
  }

  static Stream<Arguments> test_discount_onAndAfterEachTierDeadline() {
    return Stream.of(
        Arguments.of("2/10 NET 30", "2024-02-20", "2", "20.00"), // before the document date
        Arguments.of("2/10 NET 30", "2024-03-01", "2", "20.00"),
        Arguments.of("2/10 NET 30", "2024-03-11", "2", "20.00"), // day 10: deadline included
        Arguments.of("2/10 NET 30", "2024-03-12", "0", "0.00"), // day 11
        Arguments.of("2/10 NET 30", "2024-03-31", "0", "0.00"), // net due date
        Arguments.of("2/10 NET 30", "2024-05-01", "0", "0.00"), // overdue
        Arguments.of("3/10 2/20 NET 45", "2024-03-11", "3", "30.00"),
        Arguments.of("3/10 2/20 NET 45", "2024-03-12", "2", "20.00"),
        Arguments.of("3/10 2/20 NET 45", "2024-03-21", "2", "20.00"),
        Arguments.of("3/10 2/20 NET 45", "2024-03-22", "0", "0.00"),
        Arguments.of("1.5/14 NET 30", "2024-03-15", "1.5", "15.00"),
        Arguments.of("1.5/14 NET 30", "2024-03-16", "0", "0.00"),
        Arguments.of("2/0 NET 0", "2024-03-01", "2", "20.00"),
        Arguments.of("2/0 NET 0", "2024-03-02", "0", "0.00"),
        // EOM: days count from 2024-03-31
        Arguments.of("2/10 NET 30 EOM", "2024-04-10", "2", "20.00"),
        Arguments.of("2/10 NET 30 EOM", "2024-04-11", "0", "0.00"),
        Arguments.of("NET 30", "2024-03-01", "0", "0.00"),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "2024-03-01", "0", "0.00"));
  }

  @Test
  void test_discountDeadlines_listsEachTier() {
    assertThat(PaymentTerms.parse("3/10 2/20 NET 45").discountDeadlines(DOC)).containsExactly(
        DiscountDeadline.of(DiscountTier.of("3", 10), LocalDate.of(2024, 3, 11)),
        DiscountDeadline.of(DiscountTier.of("2", 20), LocalDate.of(2024, 3, 21)));
    assertThat(PaymentTerms.NET_30.discountDeadlines(DOC)).isEmpty();
    assertThat(PaymentTerms.TWO_TEN_NET_30.discountDeadlines(DOC).get(0))
        .hasToString("2/10 until 2024-03-11");
  }

  @Test
  void test_discount_deadlineOnWeekend_extendsWithFollowing() {
    // 2024-08-21 + 10 = Saturday 2024-08-31
    LocalDate doc = LocalDate.of(2024, 8, 21);
    LocalDate monday = LocalDate.of(2024, 9, 2);
    PaymentTerms t = PaymentTerms.TWO_TEN_NET_30;
    Money gross = Money.of("EUR", "500.00");
    assertThat(t.discountDeadlines(doc, HolidayCalendars.SAT_SUN, BusinessDayAdjustment.FOLLOWING))
        .extracting(DiscountDeadline::deadline).containsExactly(monday);
    assertThat(t.discountFor(gross, doc, monday, HolidayCalendars.SAT_SUN,
        BusinessDayAdjustment.FOLLOWING, RoundingMode.HALF_UP)).isEqualTo(Money.of("EUR", "10.00"));
    assertThat(t.discountFor(gross, doc, monday.plusDays(1), HolidayCalendars.SAT_SUN,
        BusinessDayAdjustment.FOLLOWING, RoundingMode.HALF_UP)).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(t.discountFor(gross, doc, monday)).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(t.discountRateOn(doc, LocalDate.of(2024, 8, 30), HolidayCalendars.SAT_SUN,
        BusinessDayAdjustment.PRECEDING)).isEqualByComparingTo("2");
    assertThat(t.discountRateOn(doc, LocalDate.of(2024, 8, 31), HolidayCalendars.SAT_SUN,
        BusinessDayAdjustment.PRECEDING)).isEqualByComparingTo("0");
  }

  @ParameterizedTest(name = "{1}% of {0} rounded {2} = {3}")
  @MethodSource
  void test_discountFor_roundsToCurrencyScale(
      String amount, String terms, RoundingMode rounding, String expected) {
    Money eligible = Money.of(amount.substring(0, 3), amount.substring(4));
    assertThat(PaymentTerms.parse(terms).discountFor(eligible, DOC, DOC, rounding))
        .isEqualTo(Money.of(expected.substring(0, 3), expected.substring(4)));
  }

  static Stream<Arguments> test_discountFor_roundsToCurrencyScale() {
    return Stream.of(
        Arguments.of("EUR 0.25", "2/10 NET 30", RoundingMode.HALF_UP, "EUR 0.01"),
        Arguments.of("EUR 0.25", "2/10 NET 30", RoundingMode.HALF_EVEN, "EUR 0.00"),
        Arguments.of("EUR 0.25", "2/10 NET 30", RoundingMode.DOWN, "EUR 0.00"),
        Arguments.of("EUR 0.75", "2/10 NET 30", RoundingMode.HALF_EVEN, "EUR 0.02"),
        Arguments.of("JPY 1234", "2/10 NET 30", RoundingMode.HALF_UP, "JPY 25"),
        Arguments.of("JPY 1225", "2/10 NET 30", RoundingMode.HALF_UP, "JPY 25"),
        Arguments.of("JPY 1225", "2/10 NET 30", RoundingMode.DOWN, "JPY 24"),
        Arguments.of("KWD 1.234", "1.5/10 NET 30", RoundingMode.HALF_UP, "KWD 0.019"),
        Arguments.of("KWD 1.234", "1.5/10 NET 30", RoundingMode.DOWN, "KWD 0.018"),
        Arguments.of("EUR 0.00", "2/10 NET 30", RoundingMode.HALF_UP, "EUR 0.00"));
  }

  @Test
  void test_discountFor_defaultIsHalfUp() {
    assertThat(PaymentTerms.TWO_TEN_NET_30.discountFor(Money.of("EUR", "0.25"), DOC, DOC))
        .isEqualTo(Money.of("EUR", "0.01"));
  }

  @Test
  void test_discountFor_rejectsNegativeAndInexactUnnecessary() {
    assertThatThrownBy(() -> PaymentTerms.TWO_TEN_NET_30
        .discountFor(Money.of("EUR", "-1.00"), DOC, DOC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative").hasMessageContaining("-1.00");
    assertThatThrownBy(() -> PaymentTerms.TWO_TEN_NET_30
        .discountFor(Money.of("EUR", "0.25"), DOC, DOC, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_discount_property_neverNegativeNonIncreasingAndZeroAfterLastDeadline() {
    qt().withExamples(EXAMPLES)
        .forAll(TermsGen.terms(), TermsGen.dates(), Generate.range(-5, 400),
            Generate.longRange(0, 1_000_000_000_000L))
        .checkAssert((terms, doc, offset, minor) -> {
          LocalDate paid = doc.plusDays(offset);
          BigDecimal rate = terms.discountRateOn(doc, paid);
          BigDecimal nextDayRate = terms.discountRateOn(doc, paid.plusDays(1));
          assertThat(nextDayRate).isLessThanOrEqualTo(rate);
          List<DiscountDeadline> deadlines = terms.discountDeadlines(doc);
          if (deadlines.isEmpty() || paid.isAfter(deadlines.get(deadlines.size() - 1).deadline())) {
            assertThat(rate).isZero();
          } else {
            assertThat(rate).isPositive();
          }
          Money eligible = Money.ofMinor(javax.money.Monetary.getCurrency("EUR"), minor);
          Money discount = terms.discountFor(eligible, doc, paid, RoundingMode.UP);
          assertThat(discount.isNegative()).isFalse();
          assertThat(discount.compareTo(eligible)).isLessThanOrEqualTo(0);
          // Cross-check against plain BigDecimal arithmetic.
          BigDecimal exact = eligible.amount().multiply(rate).divide(BigDecimal.valueOf(100));
          assertThat(discount.amount())
              .isEqualByComparingTo(exact.setScale(2, RoundingMode.UP));
        });
  }
}

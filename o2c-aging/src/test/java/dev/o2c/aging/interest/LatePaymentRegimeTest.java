package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the statutory presets, computed by hand from the statutes' rules; the
 * arithmetic is written beside each assertion. Rates are the published ones of 2023-2024 but come
 * from the test, as a host would supply them.
 */
class LatePaymentRegimeTest {

  private static final RateTable BASE_2024 = RateTableTest.BASE_2024;

  /** ECB main refinancing rate: 4.50 from 20 Sep 2023, 4.25 from 12 Jun 2024, 3.65 from 18 Sep 2024. */
  private static final RateTable ECB = RateTable.of(Map.of(LocalDate.of(2023, 9, 20), new BigDecimal("4.50"),
      LocalDate.of(2024, 6, 12), new BigDecimal("4.25"), LocalDate.of(2024, 9, 18), new BigDecimal("3.65")));

  /** Bank of England Bank Rate: 5.25 from 3 Aug 2023, 5.00 from 1 Aug 2024, 4.75 from 7 Nov 2024. */
  private static final RateTable BANK_RATE = RateTable.of(Map.of(LocalDate.of(2023, 8, 3), new BigDecimal("5.25"),
      LocalDate.of(2024, 8, 1), new BigDecimal("5.00"), LocalDate.of(2024, 11, 7), new BigDecimal("4.75")));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_germanyB2b_rateChangeMidPeriod() {
    // EUR 10,000 due 31 May 2024, paid 31 Aug 2024: 92 days, split where the base rate changes on 1 July
    //   1 Jun .. 30 Jun: 30 days at 3.62 + 9 = 12.62 %: 10,000 × 0.1262 × 30 / 365 = 37,860 / 365
    //   1 Jul .. 31 Aug: 62 days at 3.37 + 9 = 12.37 %: 10,000 × 0.1237 × 62 / 365 = 76,694 / 365
    //   total 114,554 / 365 = 313.8466 -> 313.85; EUR 40 fixed sum (§288(5)); 353.85
    LateInterestClaim claim = LatePaymentRegime.germanyB2b(BASE_2024).claim(eur("10000.00"), d("2024-05-31"),
        d("2024-08-31"));
    assertThat(claim.accrual().periods()).extracting(InterestPeriod::days, InterestPeriod::percent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(30L, new BigDecimal("12.62")),
            org.assertj.core.groups.Tuple.tuple(62L, new BigDecimal("12.37")));
    assertThat(claim.accrual().exactInterest()).isEqualTo(Ratio.of(new BigDecimal("114554"), new BigDecimal("365")));
    assertThat(claim.interest()).isEqualTo(eur("313.85"));
    assertThat(claim.compensation()).isEqualTo(eur("40.00"));
    assertThat(claim.total()).isEqualTo(eur("353.85"));
    // the day-weighted mean rate: (12.62 × 30 + 12.37 × 62) / 92 = 12.4515...
    assertThat(claim.accrual().meanPercent().orElseThrow().rounded(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("12.4515");
    // rounding is a parameter: down gives 313.84
    assertThat(LatePaymentRegime.germanyB2b(BASE_2024).withRounding(RoundingMode.DOWN)
        .claim(eur("10000.00"), d("2024-05-31"), d("2024-08-31")).interest()).isEqualTo(eur("313.84"));
  }

  @Test
  void test_germanyB2b_partialPaymentMidPeriod() {
    // as above, EUR 4,000 of principal paid on 15 Jul 2024 (interest on it runs up to and including 15 Jul):
    //   1 Jun .. 30 Jun: 30 days on 10,000 at 12.62 %: 37,860 / 365
    //   1 Jul .. 15 Jul: 15 days on 10,000 at 12.37 %: 18,555 / 365
    //   16 Jul .. 31 Aug: 47 days on 6,000 at 12.37 %: 34,883.4 / 365
    //   total 91,298.4 / 365 = 250.1326 -> 250.13
    InterestAccrual accrual = LatePaymentRegime.germanyB2b(BASE_2024).accrue(eur("10000.00"), d("2024-05-31"),
        d("2024-08-31"), List.of(PartialPayment.of(d("2024-07-15"), eur("4000.00"))));
    assertThat(accrual.periods()).extracting(InterestPeriod::start, InterestPeriod::end, InterestPeriod::principal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2024-05-31"), d("2024-06-30"), eur("10000.00")),
            org.assertj.core.groups.Tuple.tuple(d("2024-06-30"), d("2024-07-15"), eur("10000.00")),
            org.assertj.core.groups.Tuple.tuple(d("2024-07-15"), d("2024-08-31"), eur("6000.00")));
    assertThat(accrual.exactInterest()).isEqualTo(Ratio.of(new BigDecimal("91298.4"), new BigDecimal("365")));
    assertThat(accrual.interest()).isEqualTo(eur("250.13"));
  }

  @Test
  void test_germanyConsumer_fivePoints_noFixedSum() {
    // 30 days at 3.62 + 5 = 8.62 %: 25,860 / 365; 62 days at 8.37 %: 51,894 / 365; 77,754 / 365 = 213.0247 -> 213.02
    LateInterestClaim claim = LatePaymentRegime.germanyConsumer(BASE_2024).claim(eur("10000.00"), d("2024-05-31"),
        d("2024-08-31"));
    assertThat(claim.interest()).isEqualTo(eur("213.02"));
    assertThat(claim.compensation()).isEqualTo(eur("0.00"));
  }

  @Test
  void test_eu_halfYearRateOfItsFirstDay_ignoresChangesWithinTheHalfYear() {
    // EUR 5,000 due 10 Jun 2024, paid 30 Sep 2024 (112 days). The ECB cuts on 12 Jun and 18 Sep do not
    // split the period; the half-years do:
    //   11 Jun .. 30 Jun: 20 days at the rate of 1 Jan (4.50) + 8 = 12.50 %: 5,000 × 0.125 × 20 / 365 = 12,500 / 365
    //   1 Jul .. 30 Sep: 92 days at the rate of 1 Jul (4.25) + 8 = 12.25 %: 5,000 × 0.1225 × 92 / 365 = 56,350 / 365
    //   total 68,850 / 365 = 188.6301 -> 188.63; EUR 40; 228.63
    LateInterestClaim claim = LatePaymentRegime.eu(ECB).claim(eur("5000.00"), d("2024-06-10"), d("2024-09-30"));
    assertThat(claim.accrual().days()).isEqualTo(112);
    assertThat(claim.accrual().periods()).hasSize(2);
    assertThat(claim.interest()).isEqualTo(eur("188.63"));
    assertThat(claim.total()).isEqualTo(eur("228.63"));
    // a Member State's higher margin: 9 points
    assertThat(LatePaymentRegime.eu(ECB, new BigDecimal("9")).claim(eur("5000.00"), d("2024-06-10"), d("2024-09-30"))
        .accrual().periods().get(0).percent()).isEqualByComparingTo("13.50");
  }

  @Test
  void test_uk_rateFixedAtTheHalfYearEndBeforeInterestRuns() {
    // GBP 2,500 due 15 Jul 2024, paid 13 Dec 2024: interest starts 16 Jul, so the reference date is 30 Jun 2024,
    // Bank Rate 5.25: 13.25 % for the whole delay despite the cuts of 1 Aug and 7 Nov.
    //   days: 16 (16..31 Jul) + 31 + 30 + 31 + 30 + 13 = 151
    //   2,500 × 0.1325 × 151 / 365 = 50,018.75 / 365 = 137.0377 -> 137.04; debt 1,000 .. 9,999.99: GBP 70; 207.04
    LateInterestClaim claim = LatePaymentRegime.uk(BANK_RATE).claim(Money.of("GBP", "2500.00"), d("2024-07-15"),
        d("2024-12-13"));
    assertThat(claim.accrual().days()).isEqualTo(151);
    assertThat(claim.accrual().periods()).singleElement()
        .extracting(InterestPeriod::percent).isEqualTo(new BigDecimal("13.25"));
    assertThat(claim.interest()).isEqualTo(Money.of("GBP", "137.04"));
    assertThat(claim.compensation()).isEqualTo(Money.of("GBP", "70.00"));
    assertThat(claim.total()).isEqualTo(Money.of("GBP", "207.04"));
    // due 31 Dec 2024: interest starts 1 Jan 2025, reference 31 Dec 2024, Bank Rate 4.75: 12.75 %
    assertThat(LatePaymentRegime.uk(BANK_RATE).claim(Money.of("GBP", "100.00"), d("2024-12-31"), d("2025-01-31"))
        .accrual().periods().get(0).percent()).isEqualByComparingTo("12.75");
  }

  @Test
  void test_uk_fixedSumsByDebtSize() {
    FixedCompensation uk = FixedCompensation.ukScale();
    assertThat(uk.forDebt(Money.of("GBP", "999.99"))).isEqualTo(Money.of("GBP", "40.00"));
    assertThat(uk.forDebt(Money.of("GBP", "1000.00"))).isEqualTo(Money.of("GBP", "70.00"));
    assertThat(uk.forDebt(Money.of("GBP", "9999.99"))).isEqualTo(Money.of("GBP", "70.00"));
    assertThat(uk.forDebt(Money.of("GBP", "10000.00"))).isEqualTo(Money.of("GBP", "100.00"));
    assertThatThrownBy(() -> uk.forDebt(Money.of("EUR", "100.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("there is none for a debt in EUR");
  }

  @Test
  void test_fixedSumInAnotherCurrency_isTheHostsChoice() {
    LatePaymentRegime eu = LatePaymentRegime.eu(ECB);
    assertThatThrownBy(() -> eu.claim(Money.of("SEK", "12000.00"), d("2024-06-10"), d("2024-09-30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SEK");
    LatePaymentRegime withSek = eu.withCompensation(eu.compensation().or(FixedCompensation.flat(Money.of("SEK", "450.00"))));
    assertThat(withSek.claim(Money.of("SEK", "12000.00"), d("2024-06-10"), d("2024-09-30")).compensation())
        .isEqualTo(Money.of("SEK", "450.00"));
    assertThat(withSek.claim(eur("100.00"), d("2024-06-10"), d("2024-09-30")).compensation()).isEqualTo(eur("40.00"));
  }

  @Test
  void test_contract_dayCounts_act360_and_30e360_monthEnd() {
    // EUR 1,200 at 7.5 %, due 31 Jan 2025, paid 31 Mar 2025
    //   ACT/360: 59 days: 1,200 × 0.075 × 59 / 360 = 5,310 / 360 = 14.75 exactly
    //   30E/360: 31 Jan and 31 Mar both count as day 30: 60 days: 1,200 × 0.075 × 60 / 360 = 15.00
    LatePaymentRegime contract = LatePaymentRegime.contract(new BigDecimal("7.5"));
    assertThat(contract.withDayCount(DayCounts.ACT_360).claim(eur("1200.00"), d("2025-01-31"), d("2025-03-31"))
        .interest()).isEqualTo(eur("14.75"));
    assertThat(contract.withDayCount(DayCounts.THIRTY_E_360).claim(eur("1200.00"), d("2025-01-31"), d("2025-03-31"))
        .interest()).isEqualTo(eur("15.00"));
    assertThat(contract.claim(eur("1200.00"), d("2025-01-31"), d("2025-03-31")).compensation()).isEqualTo(eur("0.00"));
  }

  @Test
  void test_actAct_leapYear() {
    // EUR 10,000 at 10 %, due 15 Dec 2023, paid 15 Jan 2024:
    //   ACT/ACT: 1,000 × 17 / 365 + 1,000 × 14 / 366 = 46.5753 + 38.2514 = 84.8267 -> 84.83
    //   ACT/365F: 1,000 × 31 / 365 = 84.9315 -> 84.93
    LatePaymentRegime contract = LatePaymentRegime.contract(BigDecimal.TEN);
    assertThat(contract.withDayCount(DayCounts.ACT_ACT_ISDA).claim(eur("10000.00"), d("2023-12-15"), d("2024-01-15"))
        .interest()).isEqualTo(eur("84.83"));
    assertThat(contract.claim(eur("10000.00"), d("2023-12-15"), d("2024-01-15")).interest()).isEqualTo(eur("84.93"));
  }

  @Test
  void test_paidOnTheDueDate_noInterest_noFixedSum_andPaidBefore_throws() {
    LateInterestClaim onTime = LatePaymentRegime.germanyB2b(BASE_2024).claim(eur("10000.00"), d("2024-05-31"),
        d("2024-05-31"));
    assertThat(onTime.interest()).isEqualTo(eur("0.00"));
    assertThat(onTime.compensation()).isEqualTo(eur("0.00"));
    assertThat(onTime.accrual().meanPercent()).isEmpty();
    assertThatThrownBy(() -> LatePaymentRegime.germanyB2b(BASE_2024).claim(eur("1.00"), d("2024-05-31"),
        d("2024-05-30"))).isInstanceOf(IllegalArgumentException.class);
    // a due date before the table: the first day of interest has no base rate
    assertThatThrownBy(() -> LatePaymentRegime.germanyB2b(BASE_2024).claim(eur("1.00"), d("2023-12-15"),
        d("2024-01-15"))).isInstanceOf(MissingRateException.class)
        .hasMessage("no rate in force on 2023-12-16: the table starts on 2024-01-01");
  }
}

package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lookups in a dated rate table, and the annual-rate rules built on it. */
class RateTableTest {

  /** The German Basiszinssatz of 2024 (§247 BGB), as the Bundesbank published it. */
  static final RateTable BASE_2024 = RateTable.of(Map.of(
      LocalDate.of(2024, 1, 1), new BigDecimal("3.62"),
      LocalDate.of(2024, 7, 1), new BigDecimal("3.37")));

  @Test
  void test_rateOn_takesTheLatestEffectiveDate() {
    assertThat(BASE_2024.rateOn(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("3.62");
    assertThat(BASE_2024.rateOn(LocalDate.of(2024, 6, 30))).isEqualByComparingTo("3.62");
    assertThat(BASE_2024.rateOn(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("3.37");
    assertThat(BASE_2024.rateFixedAt(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("3.37");
    assertThat(BASE_2024.firstEffectiveDate()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void test_dayBeforeTheTable_throwsNamingTheDay() {
    assertThatThrownBy(() -> BASE_2024.rateOn(LocalDate.of(2023, 12, 31)))
        .isInstanceOf(MissingRateException.class)
        .hasMessage("no rate in force on 2023-12-31: the table starts on 2024-01-01");
    assertThatThrownBy(() -> RateTable.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_changeDays_areTheEffectiveDatesAfterStartUpToEnd() {
    assertThat(BASE_2024.changeDays(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31)))
        .containsExactly(LocalDate.of(2024, 7, 1));
    // a change on the day after the start is inside (interest of that day is at the new rate) ...
    assertThat(BASE_2024.changeDays(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1)))
        .containsExactly(LocalDate.of(2024, 7, 1));
    // ... a change on the start itself is not
    assertThat(BASE_2024.changeDays(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31))).isEmpty();
  }

  @Test
  void test_following_splitsAtEveryChange_halfYearly_takesTheFirstDayOfTheHalfYear() {
    // ECB main refinancing rate 2024: 4.50, cut to 4.25 on 12 June and 3.65 on 18 September
    RateTable ecb = RateTable.of(Map.of(LocalDate.of(2024, 1, 1), new BigDecimal("4.50"),
        LocalDate.of(2024, 6, 12), new BigDecimal("4.25"), LocalDate.of(2024, 9, 18), new BigDecimal("3.65")));
    LocalDate start = LocalDate.of(2024, 6, 10);
    LocalDate end = LocalDate.of(2024, 9, 30);
    assertThat(AnnualRate.following(ecb, new BigDecimal("8")).periods(start, end)).containsExactly(
        new RatePeriod(start, LocalDate.of(2024, 6, 11), new BigDecimal("12.50")),
        new RatePeriod(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 9, 17), new BigDecimal("12.25")),
        new RatePeriod(LocalDate.of(2024, 9, 17), end, new BigDecimal("11.65")));
    // the Directive: 1 January's 4.50 for the first half-year, 1 July's 4.25 for the second
    assertThat(AnnualRate.halfYearly(ecb, new BigDecimal("8")).periods(start, end)).containsExactly(
        new RatePeriod(start, LocalDate.of(2024, 6, 30), new BigDecimal("12.50")),
        new RatePeriod(LocalDate.of(2024, 6, 30), end, new BigDecimal("12.25")));
  }

  @Test
  void test_equalNeighbours_areJoined_andZeroDays_haveNoPeriod() {
    RateTable flat = RateTable.of(Map.of(LocalDate.of(2024, 1, 1), new BigDecimal("3.62"),
        LocalDate.of(2024, 7, 1), new BigDecimal("3.620")));
    assertThat(AnnualRate.following(flat, BigDecimal.ONE).periods(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1)))
        .hasSize(1);
    assertThat(AnnualRate.fixed(BigDecimal.TEN).periods(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1))).isEmpty();
    assertThatThrownBy(() -> AnnualRate.fixed(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_ukReferenceDate_isTheHalfYearEndStrictlyBeforeInterestStarts() {
    assertThat(RateRule.ukReferenceDate(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(RateRule.ukReferenceDate(LocalDate.of(2024, 6, 30))).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(RateRule.ukReferenceDate(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(RateRule.ukReferenceDate(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 6, 30));
  }
}

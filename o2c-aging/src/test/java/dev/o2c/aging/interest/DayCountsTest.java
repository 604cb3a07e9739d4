package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.aging.kpi.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The four day counts on hand-counted periods: month ends for 30E/360, leap years for ACT/ACT. */
class DayCountsTest {

  private static Ratio ratio(long numerator, long denominator) {
    return Ratio.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void test_act365f_act360_countActualDays() {
    // 31 March to 30 April: 30 days after 31 March up to and including 30 April
    assertThat(DayCounts.ACT_365F.days(d("2026-03-31"), d("2026-04-30"))).isEqualTo(30);
    assertThat(DayCounts.ACT_365F.yearFraction(d("2026-03-31"), d("2026-04-30"))).isEqualTo(ratio(30, 365));
    assertThat(DayCounts.ACT_360.yearFraction(d("2026-03-31"), d("2026-04-30"))).isEqualTo(ratio(30, 360));
    // a leap year is still 365 days under ACT/365F: 2024 has 366 days, so the fraction is 366/365
    assertThat(DayCounts.ACT_365F.yearFraction(d("2023-12-31"), d("2024-12-31"))).isEqualTo(ratio(366, 365));
  }

  @Test
  void test_30e360_monthEnds() {
    // 31 Jan -> D1 = 30; 28 Feb -> D2 = 28: 30 × 1 + (28 − 30) = 28
    assertThat(DayCounts.THIRTY_E_360.days(d("2026-01-31"), d("2026-02-28"))).isEqualTo(28);
    // 28 Feb -> D1 = 28 (no February rule in 30E/360); 31 Mar -> D2 = 30: 30 + 2 = 32
    assertThat(DayCounts.THIRTY_E_360.days(d("2026-02-28"), d("2026-03-31"))).isEqualTo(32);
    // 31 Mar and 30 Apr are both day 30: one full month
    assertThat(DayCounts.THIRTY_E_360.days(d("2026-03-31"), d("2026-04-30"))).isEqualTo(30);
    // 30 Apr to 31 May: D2 = 31 -> 30, one month, although 31 actual days
    assertThat(DayCounts.THIRTY_E_360.days(d("2026-04-30"), d("2026-05-31"))).isEqualTo(30);
    // 31 Jan 2025 to 31 Mar 2025: two months of 30
    assertThat(DayCounts.THIRTY_E_360.yearFraction(d("2025-01-31"), d("2025-03-31"))).isEqualTo(ratio(60, 360));
    // across a year: 360 × 1 + 30 × (1 − 12) + (15 − 15) = 30
    assertThat(DayCounts.THIRTY_E_360.days(d("2025-12-15"), d("2026-01-15"))).isEqualTo(30);
  }

  @Test
  void test_actAct_splitsAtTheYearEnd() {
    // 15 Dec 2023 to 15 Jan 2024, ISDA counts 15..31 Dec 2023 (17 days, /365) and 1..14 Jan 2024 (14 days, /366)
    assertThat(DayCounts.ACT_ACT_ISDA.days(d("2023-12-15"), d("2024-01-15"))).isEqualTo(31);
    assertThat(DayCounts.ACT_ACT_ISDA.yearFraction(d("2023-12-15"), d("2024-01-15")))
        .isEqualTo(ratio(17, 365).plus(ratio(14, 366)));
    // the whole leap year 2024 is exactly one year
    assertThat(DayCounts.ACT_ACT_ISDA.yearFraction(d("2024-01-01"), d("2025-01-01"))).isEqualTo(ratio(1, 1));
    // 31 Dec 2023 to 31 Dec 2024: 1 day of 2023 and 365 of 2024
    assertThat(DayCounts.ACT_ACT_ISDA.yearFraction(d("2023-12-31"), d("2024-12-31")))
        .isEqualTo(ratio(1, 365).plus(ratio(365, 366)));
    // 29 Feb counts in a leap year only: 2024-02-28 to 2024-03-01 is 2/366
    assertThat(DayCounts.ACT_ACT_ISDA.yearFraction(d("2024-02-28"), d("2024-03-01"))).isEqualTo(ratio(2, 366));
  }

  @Test
  void test_zeroDays_isZero_andEndBeforeStart_throws() {
    for (DayCount count : new DayCount[] {DayCounts.ACT_365F, DayCounts.ACT_360, DayCounts.THIRTY_E_360,
        DayCounts.ACT_ACT_ISDA}) {
      assertThat(count.days(d("2024-02-29"), d("2024-02-29"))).isZero();
      assertThat(count.yearFraction(d("2024-02-29"), d("2024-02-29")).signum()).isZero();
      assertThatThrownBy(() -> count.yearFraction(d("2024-03-01"), d("2024-02-29")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("period end 2024-02-29 is before its start 2024-03-01");
    }
  }

  @Test
  void test_of_readsTheCliNames() {
    assertThat(DayCount.of("ACT/365F")).isSameAs(DayCounts.ACT_365F);
    assertThat(DayCount.of("act/365")).isSameAs(DayCounts.ACT_365F);
    assertThat(DayCount.of("ACT/360")).isSameAs(DayCounts.ACT_360);
    assertThat(DayCount.of("30e/360")).isSameAs(DayCounts.THIRTY_E_360);
    assertThat(DayCount.of("ACT/ACT")).isSameAs(DayCounts.ACT_ACT_ISDA);
    assertThat(DayCounts.THIRTY_E_360.name()).isEqualTo("30E/360");
    assertThat(DayCounts.ACT_ACT_ISDA.toString()).isEqualTo("ACT/ACT");
    assertThatThrownBy(() -> DayCount.of("30/360")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown day count '30/360'");
  }
}

package dev.o2c.aging.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each period KPI against a worked example computed by hand from the contract's definitions. */
class ReceivablesKpisTest {

  /*
   * The worked series (one currency), calendar months:
   *   month    days  sales    R        C
   *   2026-01  31    90,000   100,000  60,000
   *   2026-02  28    120,000  130,000  80,000
   *   2026-03  31    100,000  150,000  90,000
   *   2026-04  30    110,000  140,000  100,000
   */
  static final List<PeriodFigures> MONTHS = List.of(
      month(1, "90000", "100000", "60000"),
      month(2, "120000", "130000", "80000"),
      month(3, "100000", "150000", "90000"),
      month(4, "110000", "140000", "100000"));

  static PeriodFigures month(int month, String sales, String receivables, String current) {
    return PeriodFigures.of(YearMonth.of(2026, month), new BigDecimal(sales), new BigDecimal(receivables),
        new BigDecimal(current));
  }

  static BigDecimal twoDecimals(Optional<Ratio> value) {
    return value.orElseThrow().rounded(2, RoundingMode.HALF_UP);
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void test_dso_periodMethod() {
    // March, window Jan-Mar: S = 310,000, D = 31 + 28 + 31 = 90; 150,000 × 90 / 310,000 = 43.548...
    assertThat(twoDecimals(ReceivablesKpis.dso(d("150000"), d("310000"), 90))).isEqualByComparingTo("43.55");
    // the exact value, before any rounding: 13,500,000 / 310,000
    assertThat(ReceivablesKpis.dso(d("150000"), d("310000"), 90))
        .contains(Ratio.of(d("13500000"), d("310000")));
  }

  @Test
  void test_bestPossibleDso_andAverageDaysDelinquent() {
    // BPDSO = 90,000 × 90 / 310,000 = 26.129...; ADD = 60,000 × 90 / 310,000 = 17.419...
    assertThat(twoDecimals(ReceivablesKpis.bestPossibleDso(d("90000"), d("310000"), 90))).isEqualByComparingTo("26.13");
    assertThat(twoDecimals(ReceivablesKpis.averageDaysDelinquent(d("150000"), d("90000"), d("310000"), 90)))
        .isEqualByComparingTo("17.42");
    // ADD is exactly DSO − BPDSO
    assertThat(ReceivablesKpis.averageDaysDelinquent(d("150000"), d("90000"), d("310000"), 90).orElseThrow())
        .isEqualTo(ReceivablesKpis.dso(d("150000"), d("310000"), 90).orElseThrow()
            .minus(ReceivablesKpis.bestPossibleDso(d("90000"), d("310000"), 90).orElseThrow()));
  }

  @Test
  void test_cei_withThreeMonths() {
    // April, window Feb-Apr: B = Jan's 100,000, S = 330,000, N = 3, R = 140,000, C = 100,000
    // (100,000 + 110,000 − 140,000) / (100,000 + 110,000 − 100,000) × 100 = 70,000 / 110,000 × 100 = 63.636...
    assertThat(twoDecimals(ReceivablesKpis.collectionEffectivenessIndex(d("100000"), d("330000"), 3, d("140000"),
        d("100000")))).isEqualByComparingTo("63.64");
  }

  @Test
  void test_cei_withOneMonth_isTheClassicMonthlyForm() {
    // N = 1: (B + S − R) / (B + S − C) × 100 = (130,000 + 100,000 − 150,000) / (130,000 + 100,000 − 90,000) × 100
    //        = 80,000 / 140,000 × 100 = 57.142...
    assertThat(twoDecimals(ReceivablesKpis.collectionEffectivenessIndex(d("130000"), d("100000"), 1, d("150000"),
        d("90000")))).isEqualByComparingTo("57.14");
    assertThatThrownBy(() -> ReceivablesKpis.collectionEffectivenessIndex(d("1"), d("1"), 0, d("1"), d("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months 0");
  }

  @Test
  void test_percentCurrent_andTurnover() {
    // 90,000 / 150,000 × 100 = 60; 310,000 × 365 / 90 / 150,000 = 113,150,000 / 13,500,000 = 8.381...
    assertThat(twoDecimals(ReceivablesKpis.percentCurrent(d("90000"), d("150000")))).isEqualByComparingTo("60.00");
    assertThat(twoDecimals(ReceivablesKpis.receivablesTurnover(d("310000"), 90, d("150000"))))
        .isEqualByComparingTo("8.38");
  }

  @Test
  void test_countback_calendarMonths() {
    // March: 150,000 − March 100,000 = 50,000 left, 31 days; February's 120,000 exceed it:
    // 50,000 / 120,000 × 28 = 11.666..., so 42.666...
    assertThat(twoDecimals(ReceivablesKpis.countbackDso(MONTHS, 2, MonthDays.CALENDAR))).isEqualByComparingTo("42.67");
    // April: 140,000 − 110,000 = 30,000 left, 30 days; March: 30,000 / 100,000 × 31 = 9.3, so 39.30
    assertThat(twoDecimals(ReceivablesKpis.countbackDso(MONTHS, 3, MonthDays.CALENDAR))).isEqualByComparingTo("39.30");
  }

  @Test
  void test_countback_thirtyDayMonths() {
    // April: 30 + 30,000 / 100,000 × 30 = 39.00
    assertThat(twoDecimals(ReceivablesKpis.countbackDso(MONTHS, 3, MonthDays.THIRTY))).isEqualByComparingTo("39.00");
  }

  @Test
  void test_countback_runningOutOfHistory_isEmpty() {
    // January: 100,000 − 90,000 = 10,000 left and no earlier month to take it from
    assertThat(ReceivablesKpis.countbackDso(MONTHS, 0, MonthDays.CALENDAR)).isEmpty();
    // receivables above all sales ever: 480,000 > 90,000 + 120,000 + 100,000 + 110,000 = 420,000
    List<PeriodFigures> big = List.of(MONTHS.get(0), MONTHS.get(1), MONTHS.get(2), month(4, "110000", "480000", "0"));
    assertThat(ReceivablesKpis.countbackDso(big, 3, MonthDays.CALENDAR)).isEmpty();
  }

  @Test
  void test_countback_monthWithoutSales_countsWholly() {
    // Feb has no sales: 50,000 − Mar 40,000 = 10,000, 31 days; Feb 0 ≤ 10,000: 28 days; Jan 20,000 > 10,000:
    // 10,000 / 20,000 × 31 = 15.5; 31 + 28 + 15.5 = 74.50
    List<PeriodFigures> months = List.of(month(1, "20000", "20000", "0"), month(2, "0", "10000", "0"),
        month(3, "40000", "50000", "0"));
    assertThat(twoDecimals(ReceivablesKpis.countbackDso(months, 2, MonthDays.CALENDAR))).isEqualByComparingTo("74.50");
  }

  @Test
  void test_zeroDenominators_areEmpty() {
    assertThat(ReceivablesKpis.dso(d("100"), BigDecimal.ZERO, 90)).isEmpty();
    assertThat(ReceivablesKpis.bestPossibleDso(d("100"), d("0.00"), 90)).isEmpty();
    assertThat(ReceivablesKpis.averageDaysDelinquent(d("100"), d("50"), BigDecimal.ZERO, 90)).isEmpty();
    assertThat(ReceivablesKpis.percentCurrent(d("0"), BigDecimal.ZERO)).isEmpty();
    assertThat(ReceivablesKpis.receivablesTurnover(d("100"), 90, BigDecimal.ZERO)).isEmpty();
    // B + S/N − C = 0: 0 + 300/3 − 100
    assertThat(ReceivablesKpis.collectionEffectivenessIndex(d("0"), d("300"), 3, d("50"), d("100"))).isEmpty();
  }
}

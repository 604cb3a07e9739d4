package dev.o2c.aging.kpi;

import static dev.o2c.aging.kpi.ReceivablesKpisTest.MONTHS;
import static dev.o2c.aging.kpi.ReceivablesKpisTest.month;
import static dev.o2c.aging.kpi.ReceivablesKpisTest.twoDecimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The trend over months: which months get a row and which KPIs each can have. */
class KpiSeriesTest {

  @Test
  void test_threeMonthWindow_rowsFromTheThirdMonth_ceiFromTheFourth() {
    List<PeriodKpis> rows = KpiSeries.of(MONTHS, 3, MonthDays.CALENDAR);
    assertThat(rows).extracting(PeriodKpis::month).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));

    PeriodKpis march = rows.get(0);   // figures worked out in ReceivablesKpisTest
    assertThat(twoDecimals(march.dso())).isEqualByComparingTo("43.55");
    assertThat(twoDecimals(march.dsoCountback())).isEqualByComparingTo("42.67");
    assertThat(twoDecimals(march.bestPossibleDso())).isEqualByComparingTo("26.13");
    assertThat(twoDecimals(march.averageDaysDelinquent())).isEqualByComparingTo("17.42");
    assertThat(march.collectionEffectivenessIndex()).isEmpty();   // no month before the window
    assertThat(twoDecimals(march.percentCurrent())).isEqualByComparingTo("60.00");
    assertThat(twoDecimals(march.turnover())).isEqualByComparingTo("8.38");

    // April, window Feb-Apr: S = 330,000, D = 28 + 31 + 30 = 89, R = 140,000, C = 100,000, B = 100,000
    PeriodKpis april = rows.get(1);
    assertThat(twoDecimals(april.dso())).isEqualByComparingTo("37.76");            // 12,460,000 / 330,000 = 37.757...
    assertThat(twoDecimals(april.dsoCountback())).isEqualByComparingTo("39.30");
    assertThat(twoDecimals(april.bestPossibleDso())).isEqualByComparingTo("26.97"); // 8,900,000 / 330,000 = 26.969...
    assertThat(twoDecimals(april.averageDaysDelinquent())).isEqualByComparingTo("10.79"); // 3,560,000 / 330,000
    assertThat(twoDecimals(april.collectionEffectivenessIndex())).isEqualByComparingTo("63.64");
    assertThat(twoDecimals(april.percentCurrent())).isEqualByComparingTo("71.43");  // 100,000 / 140,000
    assertThat(twoDecimals(april.turnover())).isEqualByComparingTo("9.67");          // 330,000 × 365 / 89 / 140,000 = 9.666...
  }

  @Test
  void test_thirtyDayMonths_changeTheWindowDays() {
    // April with 30-day months: D = 90; DSO = 140,000 × 90 / 330,000 = 38.18; turnover 330,000 × 365 / 90 / 140,000 = 9.56
    PeriodKpis april = KpiSeries.of(MONTHS, 3, MonthDays.THIRTY).get(1);
    assertThat(twoDecimals(april.dso())).isEqualByComparingTo("38.18");
    assertThat(twoDecimals(april.turnover())).isEqualByComparingTo("9.56");
    assertThat(twoDecimals(april.dsoCountback())).isEqualByComparingTo("39.00");
  }

  @Test
  void test_noCurrentPart_leavesItsKpisEmpty() {
    List<PeriodFigures> months = List.of(
        PeriodFigures.of(YearMonth.of(2026, 1), new BigDecimal("100"), new BigDecimal("50")),
        PeriodFigures.of(YearMonth.of(2026, 2), new BigDecimal("100"), new BigDecimal("60")));
    PeriodKpis february = KpiSeries.of(months, 1, MonthDays.CALENDAR).get(1);
    // DSO 60 × 28 / 100 = 16.80; no C, so no BPDSO, ADD, CEI, percent current
    assertThat(twoDecimals(february.dso())).isEqualByComparingTo("16.80");
    assertThat(february.bestPossibleDso()).isEmpty();
    assertThat(february.averageDaysDelinquent()).isEmpty();
    assertThat(february.collectionEffectivenessIndex()).isEmpty();
    assertThat(february.percentCurrent()).isEmpty();
    assertThat(february.turnover()).isPresent();
  }

  @Test
  void test_zeroSalesWindow_leavesDsoEmpty() {
    List<PeriodFigures> months = List.of(month(1, "0", "500", "100"), month(2, "0", "400", "100"));
    PeriodKpis february = KpiSeries.of(months, 2, MonthDays.CALENDAR).get(0);
    assertThat(february.dso()).isEmpty();
    assertThat(february.bestPossibleDso()).isEmpty();
    assertThat(february.averageDaysDelinquent()).isEmpty();
    assertThat(february.dsoCountback()).isEmpty();   // no month's sales ever exceed the rest
    assertThat(february.turnover()).isPresent();     // 0 times a year: defined, R is not zero
    assertThat(twoDecimals(february.turnover())).isEqualByComparingTo("0.00");
  }

  @Test
  void test_fewerMonthsThanTheWindow_giveNoRows() {
    assertThat(KpiSeries.of(MONTHS.subList(0, 2), 3, MonthDays.CALENDAR)).isEmpty();
  }

  @Test
  void test_monthsMustBeConsecutive() {
    List<PeriodFigures> gap = List.of(MONTHS.get(0), MONTHS.get(2));
    assertThatThrownBy(() -> KpiSeries.of(gap, 1, MonthDays.CALENDAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03 does not follow 2026-01");
    assertThatThrownBy(() -> KpiSeries.of(MONTHS, 0, MonthDays.CALENDAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window 0");
  }

  @Test
  void test_figuresInDifferentCurrencies_neverAdd() {
    PeriodFigures euros = PeriodFigures.of(YearMonth.of(2026, 1), Money.of("EUR", "1.00"),
        Money.of("EUR", "1.00"), Optional.empty());
    PeriodFigures dollars = PeriodFigures.of(YearMonth.of(2026, 1), Money.of("USD", "1.00"),
        Money.of("USD", "1.00"), Optional.empty());
    assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> PeriodFigures.of(YearMonth.of(2026, 1), Money.of("EUR", "1.00"),
        Money.of("USD", "1.00"), Optional.empty()))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> euros.plus(month(2, "1", "1", "1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot add figures of 2026-01 and 2026-02");
    // plain figures (no currency) add to either
    assertThat(euros.plus(PeriodFigures.of(YearMonth.of(2026, 1), BigDecimal.ONE, BigDecimal.ONE)).currency())
        .contains(Monetary.getCurrency("EUR"));
  }

  @Test
  void test_perCustomer_andPortfolio() {
    // Two customers; the portfolio's months are their sums, and its KPIs come from those sums.
    List<PeriodFigures> acme = List.of(month(1, "100", "80", "40"), month(2, "200", "150", "100"));
    List<PeriodFigures> globex = List.of(month(1, "300", "120", "60"), month(2, "100", "90", "20"));
    Map<String, List<PeriodFigures>> customers = new LinkedHashMap<>();
    customers.put("ACME", acme);
    customers.put("GLOBEX", globex);
    Map<String, List<PeriodKpis>> perCustomer = KpiSeries.perKey(customers, 1, MonthDays.CALENDAR);
    // Acme February: 150 × 28 / 200 = 21.00; Globex February: 90 × 28 / 100 = 25.20
    assertThat(twoDecimals(perCustomer.get("ACME").get(1).dso())).isEqualByComparingTo("21.00");
    assertThat(twoDecimals(perCustomer.get("GLOBEX").get(1).dso())).isEqualByComparingTo("25.20");

    List<PeriodFigures> portfolio = PortfolioFigures.of(acme).merge(PortfolioFigures.of(globex)).months();
    assertThat(portfolio).containsExactly(month(1, "400", "200", "100"), month(2, "300", "240", "120"));
    // Portfolio February: 240 × 28 / 300 = 22.40; CEI (N = 1) (200 + 300 − 240) / (200 + 300 − 120) × 100 = 68.42
    PeriodKpis february = KpiSeries.of(portfolio, 1, MonthDays.CALENDAR).get(1);
    assertThat(twoDecimals(february.dso())).isEqualByComparingTo("22.40");
    assertThat(twoDecimals(february.collectionEffectivenessIndex())).isEqualByComparingTo("68.42");
  }
}

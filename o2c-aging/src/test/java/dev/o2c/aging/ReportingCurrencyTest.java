package dev.o2c.aging;

import static dev.o2c.aging.TestBooks.EUR;
import static dev.o2c.aging.TestBooks.JPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.RateType;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.junit.jupiter.api.Test;

/** Conversion into a reporting currency through a host's own rates, rounding explicit. */
class ReportingCurrencyTest {

  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);
  static final CustomerId C1 = CustomerId.of("C-1");

  /** Fixed rates to EUR, as a host's provider of the as-of day would give them; no network. */
  static final ExchangeRateProvider RATES = new FixedRates(Map.of(USD, new BigDecimal("0.9263"),
      JPY, new BigDecimal("0.006123")));

  /**
   * C-1: EUR current 1000.00; USD current 10.00 and 1-30 0.05 (and 2.00 unapplied); JPY 1-30 1234.
   * <pre>
   * USD current 10.00 x 0.9263 = 9.263      -> 9.26 (half up)
   * USD 1-30     0.05 x 0.9263 = 0.046315   -> 0.05
   * USD unapplied 2.00 x 0.9263 = 1.8526    -> 1.85
   * JPY 1-30     1234 x 0.006123 = 7.555782 -> 7.56 (half up), 7.55 (down)
   * EUR current 1000.00 + 9.26 = 1009.26; 1-30 0.05 + 7.56 = 7.61; unapplied 1.85
   * </pre>
   */
  @Test
  void test_convertTo_roundsEachCellThenAddsRowsOfTheSameKey() {
    AgingReport<CustomerId> report = AgingReport.<CustomerId>builder(AS_OF, AgingBasis.DUE_DATE, AgingBuckets.STANDARD)
        .addItem(C1, Money.of("EUR", "1000.00"), 0)
        .addItem(C1, Money.of("USD", "10.00"), 0)
        .addItem(C1, Money.of("USD", "0.05"), 1)
        .addUnappliedCash(C1, Money.of("USD", "2.00"))
        .addItem(C1, Money.of("JPY", "1234"), 1)
        .build();

    AgingReport<CustomerId> inEur = report.convertTo(EUR, RATES, RoundingMode.HALF_UP);
    assertThat(inEur.currencies()).containsExactly(EUR);
    AgingRow<CustomerId> row = inEur.row(C1, EUR).orElseThrow();
    assertThat(row.net(0)).isEqualTo(Money.of("EUR", "1009.26"));
    assertThat(row.net(1)).isEqualTo(Money.of("EUR", "7.61"));
    assertThat(row.unappliedCash()).isEqualTo(Money.of("EUR", "1.85"));
    assertThat(row.itemCount()).isEqualTo(4);
    assertThat(inEur.total(EUR)).isEqualTo(Money.of("EUR", "1016.87")); // 1009.26 + 7.61

    AgingRow<CustomerId> down = report.convertTo(EUR, RATES, RoundingMode.DOWN).row(C1, EUR).orElseThrow();
    assertThat(down.net(1)).isEqualTo(Money.of("EUR", "7.59")); // 0.04 + 7.55
    assertThatThrownBy(() -> report.convertTo(EUR, RATES, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_convertTo_missingRate_isNamed() {
    AgingReport<CustomerId> report = AgingReport.<CustomerId>builder(AS_OF, AgingBasis.DUE_DATE, AgingBuckets.STANDARD)
        .addItem(C1, Money.of("GBP", "1.00"), 0).build();
    assertThatThrownBy(() -> report.convertTo(EUR, RATES, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP");
  }

  /** A provider with fixed rates into EUR. */
  private static final class FixedRates implements ExchangeRateProvider {
    private final Map<CurrencyUnit, BigDecimal> toEur;

    FixedRates(Map<CurrencyUnit, BigDecimal> toEur) {
      this.toEur = toEur;
    }

    @Override
    public ProviderContext getContext() {
      return ProviderContext.of("TEST", RateType.OTHER);
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
      BigDecimal factor = query.getCurrency().equals(EUR) ? toEur.get(query.getBaseCurrency()) : null;
      return factor == null ? null : new Rate(query.getBaseCurrency(), factor);
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
      throw new UnsupportedOperationException("aging only asks for rates");
    }
  }

  private record Rate(CurrencyUnit base, BigDecimal factor) implements ExchangeRate {
    @Override
    public ConversionContext getContext() {
      return ConversionContext.of("TEST", RateType.OTHER);
    }

    @Override
    public CurrencyUnit getBaseCurrency() {
      return base;
    }

    @Override
    public CurrencyUnit getCurrency() {
      return EUR;
    }

    @Override
    public NumberValue getFactor() {
      return new DefaultNumberValue(factor);
    }

    @Override
    public List<ExchangeRate> getExchangeRateChain() {
      return List.of(this);
    }
  }
}

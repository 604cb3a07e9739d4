package dev.o2c.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.NumberValue;
import org.javamoney.moneta.spi.AbstractAmountFactory;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * JSR 354 factory for {@link Money}: creates exact amounts, throwing {@link ArithmeticException}
 * when the number is not representable at the currency's scale. The context set on the factory
 * is accepted (within precision 19 and scale 18) but never rounds.
 */
final class MoneyAmountFactory extends AbstractAmountFactory<Money> {

  private static final NumberValue MAX = new DefaultNumberValue(BigDecimal.valueOf(Long.MAX_VALUE));
  private static final NumberValue MIN = new DefaultNumberValue(BigDecimal.valueOf(Long.MIN_VALUE));

  @Override
  protected Money create(Number number, CurrencyUnit currency, MonetaryContext monetaryContext) {
    return Money.of(currency, Money.toBigDecimal(number), RoundingMode.UNNECESSARY);
  }

  // Called from the superclass constructor, so these must not read instance fields.
  @Override
  protected MonetaryContext loadDefaultMonetaryContext() {
    return Money.DEFAULT_CONTEXT;
  }

  @Override
  protected MonetaryContext loadMaxMonetaryContext() {
    return Money.MAXIMAL_CONTEXT;
  }

  @Override
  public Class<? extends MonetaryAmount> getAmountType() {
    return Money.class;
  }

  /** Largest amount of a currency with scale 0; a currency with scale s holds 10^s times less. */
  @Override
  public NumberValue getMaxNumber() {
    return MAX;
  }

  /** Smallest amount of a currency with scale 0; a currency with scale s holds 10^s times less. */
  @Override
  public NumberValue getMinNumber() {
    return MIN;
  }
}

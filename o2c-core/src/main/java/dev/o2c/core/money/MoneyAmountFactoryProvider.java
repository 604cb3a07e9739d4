package dev.o2c.core.money;

import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.spi.MonetaryAmountFactoryProviderSpi;

/**
 * Makes {@link Money} known to JSR 354, so that {@code Monetary.getAmountFactory(Money.class)}
 * returns a factory of exact o2c amounts. Found by {@link java.util.ServiceLoader}; hosts never call
 * it directly.
 *
 * <p>It is registered for direct lookup only: queries for "any amount type" and the JSR 354 default
 * amount type stay with Moneta, so adding o2c to a classpath changes nothing for code that does not ask
 * for {@link Money}.
 */
public final class MoneyAmountFactoryProvider implements MonetaryAmountFactoryProviderSpi<Money> {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public MoneyAmountFactoryProvider() {}

  @Override
  public QueryInclusionPolicy getQueryInclusionPolicy() {
    return QueryInclusionPolicy.DIRECT_REFERENCE_ONLY;
  }

  @Override
  public Class<Money> getAmountType() {
    return Money.class;
  }

  @Override
  public MonetaryAmountFactory<Money> createMonetaryAmountFactory() {
    return new MoneyAmountFactory();
  }

  @Override
  public MonetaryContext getDefaultMonetaryContext() {
    return Money.DEFAULT_CONTEXT;
  }

  @Override
  public MonetaryContext getMaximalMonetaryContext() {
    return Money.MAXIMAL_CONTEXT;
  }
}

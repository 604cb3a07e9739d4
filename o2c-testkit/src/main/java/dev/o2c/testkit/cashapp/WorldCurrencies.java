package dev.o2c.testkit.cashapp;

import dev.o2c.core.money.Money;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The currencies of a benchmark world, by index: EUR, JPY (no minor unit) and KWD (three decimals),
 * so that every scale an engine must handle appears.
 */
final class WorldCurrencies {

  static final CurrencyUnit[] CURRENCIES = {
    Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD")
  };
  /** Shares of customers (and of unidentifiable lines) per currency, in per cent. */
  static final int[] WEIGHTS = {80, 12, 8};
  /** Minor units of each currency worth about one euro. */
  static final long[] UNIT = {100, 160, 340};

  private WorldCurrencies() {}

  static int indexOf(CurrencyUnit c) {
    for (int i = 0; i < CURRENCIES.length; i++) {
      if (CURRENCIES[i].equals(c)) {
        return i;
      }
    }
    throw new IllegalArgumentException("currency " + c);
  }

  /** Minor units as a plain decimal in a currency's scale. */
  static String decimal(long minor, int currency) {
    return Money.ofMinor(CURRENCIES[currency], minor).amount().toPlainString();
  }

  /** A lognormal invoice amount around 1,500 euro-equivalents, at least one unit. */
  static long amount(WorldDraws r, long unit) {
    return Math.max(unit, Math.round(r.lognormal(1500, 1.0) * unit));
  }
}

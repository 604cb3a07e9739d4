package dev.o2c.core.money;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * The JSR 354 currency of an ISO 4217 code, looked up once per code: {@link
 * Monetary#getCurrency(String, String...)} costs microseconds (a provider lookup with regular
 * expressions), and amounts read from files come by the million in a few currencies. Known codes are
 * kept, at most {@value #KEPT}, so that unknown or odd codes cannot fill memory; a currency
 * registered with Moneta after its code was first looked up is not seen.
 *
 * <pre>{@code
 * CurrencyUnit eur = Currencies.of("EUR");
 * }</pre>
 */
public final class Currencies {

  /** The most codes kept; more are looked up each time. */
  static final int KEPT = 512;

  private static final Map<String, CurrencyUnit> KNOWN = new ConcurrentHashMap<>();

  private Currencies() {}

  /**
   * The currency of a code, as {@link Monetary#getCurrency(String, String...)} gives it.
   *
   * @param code the ISO 4217 code, e.g. {@code EUR}
   * @return the currency
   * @throws UnknownCurrencyException if Moneta knows no currency of that code
   */
  public static CurrencyUnit of(String code) {
    Objects.requireNonNull(code, "code");
    CurrencyUnit known = KNOWN.get(code);
    if (known != null) {
      return known;
    }
    CurrencyUnit currency = Monetary.getCurrency(code);
    if (KNOWN.size() < KEPT) {
      KNOWN.put(code, currency);
    }
    return currency;
  }
}

package dev.o2c.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Minimal placeholder, replaced by the full kernel. */
public final class Money implements Comparable<Money> {
  private final CurrencyUnit currency;
  private final long minor;

  private Money(CurrencyUnit currency, long minor) {
    this.currency = currency;
    this.minor = minor;
  }

  public static Money ofMinor(CurrencyUnit currency, long minor) {
    return new Money(Objects.requireNonNull(currency, "currency"), minor);
  }

  public static Money zero(CurrencyUnit currency) {
    return ofMinor(currency, 0);
  }

  public static Money of(CurrencyUnit currency, BigDecimal amount) {
    long m = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
        .unscaledValue().longValueExact();
    return ofMinor(currency, m);
  }

  public static Money of(String currencyCode, String amount) {
    return of(Monetary.getCurrency(currencyCode), new BigDecimal(amount));
  }

  public static Money of(MonetaryAmount amount) {
    return of(amount.getCurrency(), amount.getNumber().numberValueExact(BigDecimal.class));
  }

  public CurrencyUnit currency() {
    return currency;
  }

  public long minorUnits() {
    return minor;
  }

  public int scale() {
    return currency.getDefaultFractionDigits();
  }

  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, scale());
  }

  public Money plus(Money other) {
    check(other);
    return new Money(currency, Math.addExact(minor, other.minor));
  }

  public Money minus(Money other) {
    check(other);
    return new Money(currency, Math.subtractExact(minor, other.minor));
  }

  public Money negated() {
    return new Money(currency, Math.negateExact(minor));
  }

  public Money abs() {
    return minor < 0 ? negated() : this;
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public int signum() {
    return Long.signum(minor);
  }

  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    BigDecimal r = amount().multiply(factor).setScale(scale(), rounding);
    return of(currency, r);
  }

  public MonetaryAmount toMonetaryAmount() {
    return org.javamoney.moneta.Money.of(amount(), currency);
  }

  private void check(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public int compareTo(Money o) {
    check(o);
    return Long.compare(minor, o.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).minor == minor && ((Money) o).currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + Long.hashCode(minor);
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount().toPlainString();
  }
}

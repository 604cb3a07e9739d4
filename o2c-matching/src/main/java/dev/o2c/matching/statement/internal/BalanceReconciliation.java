package dev.o2c.matching.statement.internal;

import dev.o2c.matching.statement.Balance;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The balance check of a statement, written once for every format over the normalized model:
 * opening booked balance + booked credits - booked debits = closing booked balance.
 *
 * <p>A reader adds every entry it hands out ({@link #add}), and at the end of the statement asks
 * for the finding ({@link #check}), naming the balances that open and close the statement: which
 * ones those are is the format's rule (camt {@code OPBD}, else {@code PRCD}, and the last {@code
 * CLBD}; MT940 {@code :60F:}/{@code :60M:} and {@code :62F:}/{@code :62M:}; BAI2 {@code 010} and
 * {@code 015}), and so is whether a missing balance is a finding. Only {@link EntryStatus#BOOKED}
 * entries count: pending and information-only entries are not on the booked balance. An entry left
 * out because it could not be read is never added, so the check then shows what it lacks.
 *
 * <p>Sums are kept per currency and exact whatever their size (an entry's amount is a {@code long}
 * of minor units, a file of many may add up beyond one).
 *
 * <p>Not API (see the package documentation). Not thread-safe; one instance per statement.
 */
public final class BalanceReconciliation {

  /** Booked totals per currency, in file order of first appearance. */
  private final Map<CurrencyUnit, Totals> booked = new LinkedHashMap<>(2);
  /** The totals of the last currency added: statements are mostly in one currency. */
  private Totals last;

  /** Creates a reconciliation with nothing booked. */
  public BalanceReconciliation() {}

  /** The booked credits and debits of one currency. */
  private static final class Totals {
    final CurrencyUnit currency;
    long credits;
    long debits;
    /** What did not fit into the longs, in minor units; null while everything fits. */
    BigDecimal creditsOverflow;
    BigDecimal debitsOverflow;
    long creditCount;
    long debitCount;

    Totals(CurrencyUnit currency) {
      this.currency = currency;
    }

    BigDecimal credits() {
      BigDecimal minor = BigDecimal.valueOf(credits);
      return scaled(creditsOverflow == null ? minor : minor.add(creditsOverflow));
    }

    BigDecimal debits() {
      BigDecimal minor = BigDecimal.valueOf(debits);
      return scaled(debitsOverflow == null ? minor : minor.add(debitsOverflow));
    }

    private BigDecimal scaled(BigDecimal minor) {
      return minor.movePointLeft(currency.getDefaultFractionDigits());
    }
  }

  /**
   * Counts an entry that was read, if it is booked.
   *
   * @param entry an entry handed out for the statement
   */
  public void add(Entry entry) {
    if (entry.status() != EntryStatus.BOOKED) {
      return;
    }
    CurrencyUnit ccy = entry.amount().currency();
    Totals t = last != null && last.currency.equals(ccy) ? last : booked.computeIfAbsent(ccy, Totals::new);
    last = t;
    long minor = entry.amount().minorUnits();
    if (entry.direction() == Direction.CREDIT) {
      t.creditCount++;
      long sum = t.credits + minor;
      if (((t.credits ^ sum) & (minor ^ sum)) < 0) {
        t.creditsOverflow = add(t.creditsOverflow, t.credits);
        sum = minor;
      }
      t.credits = sum;
    } else {
      t.debitCount++;
      long sum = t.debits + minor;
      if (((t.debits ^ sum) & (minor ^ sum)) < 0) {
        t.debitsOverflow = add(t.debitsOverflow, t.debits);
        sum = minor;
      }
      t.debits = sum;
    }
  }

  private static BigDecimal add(BigDecimal overflow, long value) {
    return overflow == null ? BigDecimal.valueOf(value) : overflow.add(BigDecimal.valueOf(value));
  }

  /**
   * The sum of the booked credits in a currency.
   *
   * @param currency the currency
   * @return the sum, at the currency's scale; zero when none was booked
   */
  public BigDecimal credits(CurrencyUnit currency) {
    Totals t = booked.get(currency);
    return t == null ? BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()) : t.credits();
  }

  /**
   * The sum of the booked debits in a currency, unsigned.
   *
   * @param currency the currency
   * @return the sum, at the currency's scale; zero when none was booked
   */
  public BigDecimal debits(CurrencyUnit currency) {
    Totals t = booked.get(currency);
    return t == null ? BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()) : t.debits();
  }

  /**
   * The number of booked credit entries in a currency.
   *
   * @param currency the currency
   * @return the count
   */
  public long creditCount(CurrencyUnit currency) {
    Totals t = booked.get(currency);
    return t == null ? 0 : t.creditCount;
  }

  /**
   * The number of booked debit entries in a currency.
   *
   * @param currency the currency
   * @return the count
   */
  public long debitCount(CurrencyUnit currency) {
    Totals t = booked.get(currency);
    return t == null ? 0 : t.debitCount;
  }

  /**
   * Checks the statement's balances against the booked entries: a {@link Finding#BALANCE_MISMATCH}
   * when the opening and closing balances are in different currencies, when entries were booked in
   * a currency other than the balances', or when opening + credits - debits is not the closing
   * balance. Nothing is checked unless both balances are given.
   *
   * @param opening the balance that opens the statement, by the format's rule
   * @param closing the balance that closes it
   * @param location where the finding is placed, e.g. {@code "line 1"} or the statement's path
   * @return the finding, or empty when the balances reconcile or are not both there
   */
  public Optional<Finding> check(Optional<Balance> opening, Optional<Balance> closing, String location) {
    if (opening.isEmpty() || closing.isEmpty()) {
      return Optional.empty();
    }
    CurrencyUnit ccy = opening.get().amount().currency();
    CurrencyUnit closingCcy = closing.get().amount().currency();
    if (!closingCcy.equals(ccy)) {
      return Optional.of(Finding.of(Finding.BALANCE_MISMATCH,
          "cannot reconcile: opening booked balance is in " + ccy.getCurrencyCode()
              + ", closing booked balance in " + closingCcy.getCurrencyCode(), location));
    }
    for (CurrencyUnit other : booked.keySet()) {
      if (!other.equals(ccy)) {
        return Optional.of(Finding.of(Finding.BALANCE_MISMATCH,
            "cannot reconcile: booked entries in " + other.getCurrencyCode()
                + " on a statement with balances in " + ccy.getCurrencyCode(), location));
      }
    }
    BigDecimal open = opening.get().amount().amount();
    BigDecimal close = closing.get().amount().amount();
    BigDecimal credits = credits(ccy);
    BigDecimal debits = debits(ccy);
    BigDecimal computed = open.add(credits).subtract(debits);
    if (computed.compareTo(close) == 0) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(Finding.BALANCE_MISMATCH,
        "opening booked " + format(ccy, open) + " + credits " + format(ccy, credits) + " - debits "
            + format(ccy, debits) + " = " + format(ccy, computed) + ", but closing booked is "
            + format(ccy, close) + " (difference " + format(ccy, close.subtract(computed)) + ")",
        location));
  }

  /**
   * An amount as {@code Money} writes it ({@code EUR 12.30}), whatever its size.
   *
   * @param currency the currency
   * @param amount the amount
   * @return the text
   */
  public static String format(CurrencyUnit currency, BigDecimal amount) {
    return currency.getCurrencyCode() + " "
        + amount.setScale(currency.getDefaultFractionDigits()).toPlainString();
  }
}

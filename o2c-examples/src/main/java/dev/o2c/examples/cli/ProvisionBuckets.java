package dev.o2c.examples.cli;

import dev.o2c.aging.ecl.BucketBalances;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The aging buckets of {@code o2c provision}, exactly as the CLI contract defines those of {@code o2c
 * age}: a minimal stand-in, kept inside the command line, until the aging engine of {@code
 * dev.o2c.aging} takes its place (then {@link ProvisionCommand} feeds the engine's gross amount per
 * bucket into {@link BucketBalances} and this class goes).
 *
 * <p>With basis {@code due} the age is {@code asOf − dueDate} in days and the buckets for bounds
 * {@code 30,60,90,120} are {@code current} (age ≤ 0), {@code 1-30}, {@code 31-60}, {@code 61-90},
 * {@code 91-120}, {@code 121+}; with basis {@code document} the age is {@code asOf − documentDate}
 * and the buckets {@code 0-30} (also a document dated after {@code asOf}), {@code 31-60}, {@code
 * 61-90}, {@code 91-120}, {@code 121+}.
 */
final class ProvisionBuckets {

  /** What the age counts from. */
  enum Basis {
    /** The net due date. */
    DUE,
    /** The document date. */
    DOCUMENT
  }

  private final int[] bounds;
  private final Basis basis;
  private final List<String> labels;

  private ProvisionBuckets(int[] bounds, Basis basis) {
    this.bounds = bounds;
    this.basis = basis;
    List<String> l = new ArrayList<>();
    if (basis == Basis.DUE) {
      l.add("current");
    }
    int lower = basis == Basis.DUE ? 1 : 0;
    for (int bound : bounds) {
      l.add(lower + "-" + bound);
      lower = bound + 1;
    }
    l.add(lower + "+");
    this.labels = List.copyOf(l);
  }

  /**
   * The buckets for the given upper bounds.
   *
   * @param bounds the upper bound of each closed bucket, in days, positive and strictly increasing
   * @param basis what the age counts from
   * @return the buckets
   * @throws IllegalArgumentException if a bound is not positive or not above the one before
   */
  static ProvisionBuckets of(List<Integer> bounds, Basis basis) {
    int[] b = new int[bounds.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = bounds.get(i);
      if (b[i] < 1 || i > 0 && b[i] <= b[i - 1]) {
        throw new IllegalArgumentException("bucket bounds must be positive and increasing, got " + bounds);
      }
    }
    return new ProvisionBuckets(b, basis);
  }

  /** {@return the bucket labels, youngest first} */
  List<String> labels() {
    return labels;
  }

  /** {@return the bucket an item falls in as of a date, 0 for the youngest} */
  int index(OpenItem item, LocalDate asOf) {
    long age = ChronoUnit.DAYS.between(basis == Basis.DUE ? item.dueDate() : item.documentDate(), asOf);
    int first = 0;
    if (basis == Basis.DUE) {
      if (age <= 0) {
        return 0;
      }
      first = 1;
    }
    for (int j = 0; j < bounds.length; j++) {
      if (age <= bounds[j]) {
        return first + j;
      }
    }
    return first + bounds.length;
  }

  /**
   * The signed open amounts of the items summed per bucket.
   *
   * @param items the items, all in {@code currency}
   * @param asOf the day the ages are counted to
   * @param currency the currency
   * @return the gross amount per bucket
   */
  BucketBalances balances(List<OpenItem> items, LocalDate asOf, CurrencyUnit currency) {
    long[] gross = new long[labels.size()];
    for (OpenItem item : items) {
      int bucket = index(item, asOf);
      gross[bucket] = Math.addExact(gross[bucket], item.openAmount().minorUnits());
    }
    List<Money> amounts = new ArrayList<>(gross.length);
    for (long minor : gross) {
      amounts.add(Money.ofMinor(currency, minor));
    }
    return BucketBalances.of(labels, amounts);
  }

  /** {@code due} or {@code document}. */
  static final class BasisConverter implements ITypeConverter<Basis> {
    @Override
    public Basis convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "due":
          return Basis.DUE;
        case "document":
          return Basis.DOCUMENT;
        default:
          throw new TypeConversionException("'" + value + "' is neither due nor document");
      }
    }
  }
}

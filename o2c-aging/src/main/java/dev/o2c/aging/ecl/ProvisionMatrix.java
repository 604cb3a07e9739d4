package dev.o2c.aging.ecl;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A provision matrix: one expected loss rate per aging bucket (IFRS 9's simplified approach, the
 * CECL aging method, or the classic aging-schedule allowance). Applied to an aged book it gives the
 * allowance per bucket: {@code gross × rate}, rounded half-up to the currency's minor unit per
 * bucket; the total is the sum of the rounded rows, so the rows always add up to it.
 *
 * <p>Rates are decimal fractions ({@code 0.003} = 0.3 %), between 0 and 1. They are given (a
 * policy) or estimated from history ({@link RollRates#provisionMatrix()}). This instance is
 * immutable.
 *
 * <pre>{@code
 * ProvisionMatrix matrix = ProvisionMatrix.of(List.of("current", "1-30", "31-60"),
 *     List.of(new BigDecimal("0.005"), new BigDecimal("0.02"), new BigDecimal("0.10")));
 * Allowance allowance = matrix.apply(book);      // rows per bucket and their total
 * }</pre>
 */
public final class ProvisionMatrix {

  private final List<String> labels;
  private final List<BigDecimal> rates;

  private ProvisionMatrix(List<String> labels, List<BigDecimal> rates) {
    this.labels = labels;
    this.rates = rates;
  }

  /**
   * A matrix from bucket labels and their loss rates.
   *
   * @param labels the bucket labels, youngest first, as the aged book names them
   * @param rates the loss rate of each bucket, in label order, each in {@code [0, 1]}
   * @return the matrix
   * @throws IllegalArgumentException if the lists are empty or differ in length, a label is blank
   *     or repeats, or a rate is outside {@code [0, 1]} (naming every such rate)
   */
  public static ProvisionMatrix of(List<String> labels, List<BigDecimal> rates) {
    List<String> l = List.copyOf(labels);
    List<BigDecimal> r = List.copyOf(rates);
    List<String> problems = new ArrayList<>();
    if (l.isEmpty()) {
      problems.add("no buckets");
    }
    if (l.size() != r.size()) {
      problems.add(l.size() + " buckets but " + r.size() + " rates");
    }
    Set<String> seen = new HashSet<>();
    for (String label : l) {
      if (label.isBlank()) {
        problems.add("a bucket label is blank");
      } else if (!seen.add(label)) {
        problems.add("bucket " + label + " appears twice");
      }
    }
    for (int i = 0; i < r.size(); i++) {
      BigDecimal rate = r.get(i);
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        problems.add("rate " + rate.toPlainString() + (i < l.size() ? " of bucket " + l.get(i) : "")
            + " is outside [0, 1]");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("provision matrix: " + String.join("; ", problems));
    }
    return new ProvisionMatrix(l, r);
  }

  /**
   * The classic percentage-of-receivables allowance: one rate for the whole book, as a matrix of one
   * bucket.
   *
   * @param label the bucket's label, e.g. {@code receivables}
   * @param rate the loss rate, in {@code [0, 1]}
   * @return the one-bucket matrix
   * @throws IllegalArgumentException if the label is blank or the rate outside {@code [0, 1]}
   */
  public static ProvisionMatrix single(String label, BigDecimal rate) {
    return of(List.of(label), List.of(rate));
  }

  /** {@return the bucket labels, youngest first} */
  public List<String> labels() {
    return labels;
  }

  /** {@return the loss rates, in label order} */
  public List<BigDecimal> rates() {
    return rates;
  }

  /**
   * The matrix with a forward-looking adjustment (IFRS 9 asks that historical rates reflect current
   * conditions and forecasts): every rate multiplied by {@code factor}, capped at 1. A factor of
   * {@code 1.10} raises the rates by 10 % for a worsening outlook; exact, no rounding.
   *
   * @param factor the multiplier, not negative
   * @return the adjusted matrix; this instance is unaffected
   * @throws IllegalArgumentException if the factor is negative
   */
  public ProvisionMatrix adjustedBy(BigDecimal factor) {
    if (factor.signum() < 0) {
      throw new IllegalArgumentException("forward-looking factor " + factor.toPlainString() + " is negative");
    }
    List<BigDecimal> adjusted = new ArrayList<>(rates.size());
    for (BigDecimal rate : rates) {
      adjusted.add(rate.multiply(factor).min(BigDecimal.ONE));
    }
    return new ProvisionMatrix(labels, List.copyOf(adjusted));
  }

  /**
   * The allowance for an aged book: per bucket {@code gross × rate} rounded half-up (away from
   * zero at half a minor unit) to the currency's minor unit, and their sum.
   *
   * @param book the gross amounts per bucket, with the same labels in the same order
   * @return the allowance rows and total
   * @throws IllegalArgumentException if the book's bucket labels differ from the matrix's
   */
  public Allowance apply(BucketBalances book) {
    Objects.requireNonNull(book, "book");
    if (!book.labels().equals(labels)) {
      throw new IllegalArgumentException("the book's buckets " + book.labels() + " are not the matrix's " + labels);
    }
    List<AllowanceRow> rows = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      Money gross = book.gross(i);
      rows.add(new AllowanceRow(labels.get(i), gross, rates.get(i), gross.multipliedBy(rates.get(i), RoundingMode.HALF_UP)));
    }
    return new Allowance(book.currency(), rows);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProvisionMatrix)) {
      return false;
    }
    ProvisionMatrix m = (ProvisionMatrix) o;
    if (!labels.equals(m.labels)) {
      return false;
    }
    for (int i = 0; i < rates.size(); i++) {
      if (rates.get(i).compareTo(m.rates.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    List<BigDecimal> stripped = new ArrayList<>();
    rates.forEach(r -> stripped.add(r.stripTrailingZeros()));
    return Objects.hash(labels, stripped);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ProvisionMatrix[");
    for (int i = 0; i < labels.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(labels.get(i)).append(' ').append(rates.get(i).toPlainString());
    }
    return text.append(']').toString();
  }
}

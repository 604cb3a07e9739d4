package dev.o2c.aging.ecl;

import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loss rates estimated from history by roll rates (migration analysis): how much of a bucket's
 * balance at one month end is found one bucket older at the next, and how much of the oldest
 * bucket is written off during the month; chained, they give each bucket's expected loss rate.
 *
 * <p>Given month-end aging snapshots (the same buckets each month, one month apart, the buckets as
 * wide as a month so that an unpaid item moves one bucket per month) and the write-offs of each
 * month between two snapshots:
 * <ul>
 *   <li>roll rate of bucket i (not the oldest) = Σ<sub>t</sub> gross<sub>i+1</sub>(t+1) /
 *       Σ<sub>t</sub> gross<sub>i</sub>(t): the amount-weighted average over all pairs of months;
 *   <li>roll rate of the oldest bucket = Σ<sub>t</sub> writeOff(t) / Σ<sub>t</sub>
 *       gross<sub>oldest</sub>(t): its roll into loss (the oldest bucket rolls only into write-off,
 *       so what stays in it a further month is treated as not lost);
 *   <li>loss rate of bucket i = roll<sub>i</sub> × roll<sub>i+1</sub> × … × roll<sub>oldest</sub>
 *       (the chain), so {@code loss(i) = roll(i) × loss(i + 1)}.
 * </ul>
 * Each roll rate is rounded to {@link #PRECISION} (34 significant digits, half-even) and clamped to
 * {@code [0, 1]}: above 1 means amounts entered the older bucket from elsewhere (a late-posted
 * invoice), below 0 comes from credit memos outweighing invoices; neither is a probability. The
 * chain is then computed exactly. A bucket whose balance was never positive over the history has no
 * roll rate, and neither it nor any younger bucket gets a loss rate. This instance is immutable.
 *
 * <pre>{@code
 * RollRates history = RollRates.estimate(monthEndAgings, writeOffsPerMonth);
 * ProvisionMatrix matrix = history.provisionMatrix().adjustedBy(new BigDecimal("1.10"));
 * }</pre>
 */
public final class RollRates {

  /** The precision of each roll rate: 34 significant digits, half-even. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private final List<String> labels;
  private final List<Optional<BigDecimal>> rollRates;
  private final List<Optional<BigDecimal>> lossRates;

  private RollRates(List<String> labels, List<Optional<BigDecimal>> rollRates) {
    this.labels = labels;
    this.rollRates = rollRates;
    List<Optional<BigDecimal>> loss = new ArrayList<>(rollRates);
    Optional<BigDecimal> older = Optional.of(BigDecimal.ONE);
    for (int i = rollRates.size() - 1; i >= 0; i--) {
      Optional<BigDecimal> roll = rollRates.get(i);
      Optional<BigDecimal> chained = older.flatMap(o -> roll.map(r -> r.multiply(o)));
      loss.set(i, chained);
      older = chained;
    }
    this.lossRates = List.copyOf(loss);
  }

  /**
   * Estimates roll rates from month-end snapshots.
   *
   * @param snapshots the aged book at consecutive month ends, oldest first, at least two, all with
   *     the same bucket labels and currency
   * @param writeOffs what was written off between snapshot t and t+1, one entry per pair (so one
   *     fewer than snapshots), not negative
   * @return the roll rates and chained loss rates
   * @throws IllegalArgumentException if there are fewer than two snapshots, their buckets differ,
   *     the write-offs do not number one fewer than the snapshots, or a write-off is negative
   * @throws CurrencyMismatchException if amounts are in different currencies
   */
  public static RollRates estimate(List<BucketBalances> snapshots, List<? extends Money> writeOffs) {
    Objects.requireNonNull(snapshots, "snapshots");
    Objects.requireNonNull(writeOffs, "writeOffs");
    if (snapshots.size() < 2) {
      throw new IllegalArgumentException("roll rates need at least two month-end snapshots, got " + snapshots.size());
    }
    if (writeOffs.size() != snapshots.size() - 1) {
      throw new IllegalArgumentException(snapshots.size() + " snapshots need " + (snapshots.size() - 1)
          + " write-offs (one per month between them), got " + writeOffs.size());
    }
    BucketBalances first = snapshots.get(0);
    List<String> labels = first.labels();
    for (int t = 1; t < snapshots.size(); t++) {
      BucketBalances snapshot = snapshots.get(t);
      if (!snapshot.labels().equals(labels)) {
        throw new IllegalArgumentException("snapshot " + t + " has buckets " + snapshot.labels() + ", snapshot 0 "
            + labels);
      }
      if (!snapshot.currency().equals(first.currency())) {
        throw new CurrencyMismatchException(first.currency(), snapshot.currency());
      }
    }
    int k = labels.size();
    long[] from = new long[k];
    long[] to = new long[k];
    for (int t = 0; t + 1 < snapshots.size(); t++) {
      BucketBalances now = snapshots.get(t);
      BucketBalances next = snapshots.get(t + 1);
      for (int i = 0; i < k; i++) {
        from[i] = Math.addExact(from[i], now.gross(i).minorUnits());
        to[i] = Math.addExact(to[i], i + 1 < k ? next.gross(i + 1).minorUnits() : writeOff(writeOffs, t, now));
      }
    }
    List<Optional<BigDecimal>> rolls = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      rolls.add(from[i] <= 0 ? Optional.empty() : Optional.of(clamp(
          BigDecimal.valueOf(to[i]).divide(BigDecimal.valueOf(from[i]), PRECISION))));
    }
    return new RollRates(labels, List.copyOf(rolls));
  }

  /**
   * Roll rates given directly (e.g. from a host's own migration analysis), chained into loss rates.
   *
   * @param labels the bucket labels, youngest first
   * @param rollRates each bucket's roll rate into the next (the oldest bucket's: into loss), each in
   *     {@code [0, 1]}
   * @return the roll rates and chained loss rates
   * @throws IllegalArgumentException if the lists differ in length or are empty, or a rate is
   *     outside {@code [0, 1]}
   */
  public static RollRates of(List<String> labels, List<BigDecimal> rollRates) {
    ProvisionMatrix.of(labels, rollRates); // same checks: labels and rates in [0, 1]
    List<Optional<BigDecimal>> rolls = new ArrayList<>();
    rollRates.forEach(r -> rolls.add(Optional.of(r)));
    return new RollRates(List.copyOf(labels), List.copyOf(rolls));
  }

  private static long writeOff(List<? extends Money> writeOffs, int t, BucketBalances now) {
    Money writeOff = Objects.requireNonNull(writeOffs.get(t), "writeOff");
    if (!writeOff.currency().equals(now.currency())) {
      throw new CurrencyMismatchException(now.currency(), writeOff.currency());
    }
    if (writeOff.isNegative()) {
      throw new IllegalArgumentException("write-off " + writeOff + " of month " + t + " is negative");
    }
    return writeOff.minorUnits();
  }

  private static BigDecimal clamp(BigDecimal rate) {
    return rate.signum() < 0 ? BigDecimal.ZERO : rate.min(BigDecimal.ONE);
  }

  /** {@return the bucket labels, youngest first} */
  public List<String> labels() {
    return labels;
  }

  /** {@return each bucket's roll rate into the next (the oldest: into loss); empty where the history has no balance} */
  public List<Optional<BigDecimal>> rollRates() {
    return rollRates;
  }

  /** {@return each bucket's chained loss rate; empty where it or an older bucket has no roll rate} */
  public List<Optional<BigDecimal>> lossRates() {
    return lossRates;
  }

  /**
   * The chained loss rates as a provision matrix.
   *
   * @return the matrix, exact
   * @throws IllegalStateException if a bucket has no loss rate, naming it
   */
  public ProvisionMatrix provisionMatrix() {
    List<BigDecimal> rates = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      int bucket = i;
      rates.add(lossRates.get(i).orElseThrow(() -> new IllegalStateException("bucket " + labels.get(bucket)
          + " has no loss rate: it or an older bucket never held a positive balance in the history")));
    }
    return ProvisionMatrix.of(labels, rates);
  }

  @Override
  public String toString() {
    return "RollRates[" + labels + " roll " + rollRates + " loss " + lossRates + "]";
  }
}

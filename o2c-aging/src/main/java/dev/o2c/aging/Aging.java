package dev.o2c.aging;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;

/**
 * Ages open items: places each item in a bucket by its age as of a day and adds up the open amounts
 * per group and currency into an {@link AgingReport}. A pure function of the items and the as-of
 * day; nothing reads the clock.
 *
 * <pre>{@code
 * Aging aging = Aging.of(AgingBasis.DUE_DATE, AgingBuckets.STANDARD);
 * AgingReport<CustomerId> now = aging.byCustomer(items, LocalDate.of(2026, 4, 30));
 * AgingReport<String> byRegion = aging.by(items, asOf, item -> regions.get(item.customerId()));
 * // Time travel: the book as it stood at the end of a past day, from the ledger's history.
 * AgingReport<CustomerId> march = aging.ofLedger(ledger, LocalDate.of(2026, 3, 31));
 * }</pre>
 *
 * <p>Every item given is counted, whatever its date: an item dated after the as-of day has a negative
 * age and lands in the first bucket ({@link #ofLedger} leaves such items out, as the ledger's view of
 * that day does). Cleared items (open amount zero) are left out.
 *
 * <p>This instance is immutable and safe to share between threads.
 */
public final class Aging {

  private final AgingBasis basis;
  private final AgingBuckets buckets;
  private final Map<DocumentNumber, PromiseToPay> promises;

  private Aging(AgingBasis basis, AgingBuckets buckets, Map<DocumentNumber, PromiseToPay> promises) {
    this.basis = basis;
    this.buckets = buckets;
    this.promises = promises;
  }

  /**
   * An aging on a basis with a bucket set.
   *
   * @param basis the date ages count from
   * @param buckets the bucket set, e.g. {@link AgingBuckets#STANDARD}
   * @return the aging
   */
  public static Aging of(AgingBasis basis, AgingBuckets buckets) {
    return new Aging(Objects.requireNonNull(basis, "basis"), Objects.requireNonNull(buckets, "buckets"), Map.of());
  }

  /** {@return the CLI contract's default: by due date, current, 1-30, 31-60, 61-90, 91-120, 121+} */
  public static Aging standard() {
    return of(AgingBasis.DUE_DATE, AgingBuckets.STANDARD);
  }

  /**
   * This aging with promises to pay, for {@link AgingBasis#PROMISED_DATE}: an item that an {@linkplain
   * PromiseStatus#OPEN open} promise covers (by document number) ages from the promise's last promised
   * date, if the promise was made on or before the as-of day; other items age from their due date.
   * Where several open promises cover an item, the one made last counts (on a tie, the later in the
   * list). Promises against the balance (no document numbers) and promises not open are ignored.
   * Promises are taken as they stand: for a past as-of day, pass them as they stood then.
   *
   * @param promisesToPay the promises
   * @return a copy of this aging with the promises; this instance is unaffected
   */
  public Aging withPromises(Collection<PromiseToPay> promisesToPay) {
    Map<DocumentNumber, PromiseToPay> byItem = new HashMap<>();
    for (PromiseToPay promise : promisesToPay) {
      if (promise.status() != PromiseStatus.OPEN) {
        continue;
      }
      for (DocumentNumber item : promise.documentNumbers()) {
        byItem.merge(item, promise, (a, b) -> b.madeOn().isBefore(a.madeOn()) ? a : b);
      }
    }
    return new Aging(basis, buckets, Map.copyOf(byItem));
  }

  /** {@return the date ages count from} */
  public AgingBasis basis() {
    return basis;
  }

  /** {@return the bucket set} */
  public AgingBuckets buckets() {
    return buckets;
  }

  /**
   * The date an item's age counts from on this aging's basis.
   *
   * @param item the item
   * @param asOf the as-of day (a promise made after it does not count)
   * @return the due date, document date or promised date
   */
  public LocalDate basisDate(OpenItem item, LocalDate asOf) {
    switch (basis) {
      case DOCUMENT_DATE:
        return item.documentDate();
      case PROMISED_DATE: {
        PromiseToPay promise = promises.get(item.documentNumber());
        return promise != null && !promise.madeOn().isAfter(asOf) ? promise.lastDate() : item.dueDate();
      }
      default:
        return item.dueDate();
    }
  }

  /**
   * An item's age: the days from its {@linkplain #basisDate basis date} to the as-of day.
   *
   * @param item the item
   * @param asOf the as-of day
   * @return {@code asOf − basis date} in days; zero or negative for an item not yet due
   */
  public long ageOf(OpenItem item, LocalDate asOf) {
    return ChronoUnit.DAYS.between(basisDate(item, asOf), asOf);
  }

  /**
   * The bucket an item falls in as of a day.
   *
   * @param item the item
   * @param asOf the as-of day
   * @return the bucket's index in {@link #buckets()}
   */
  public int bucketOf(OpenItem item, LocalDate asOf) {
    return buckets.bucketOf(ageOf(item, asOf));
  }

  /**
   * Ages items per customer and currency.
   *
   * @param items the open items, in any order
   * @param asOf the day to age them as of
   * @return one row per customer and currency
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public AgingReport<CustomerId> byCustomer(Iterable<OpenItem> items, LocalDate asOf) {
    return by(items, asOf, OpenItem::customerId);
  }

  /**
   * Ages items per currency only: the portfolio view.
   *
   * @param items the open items, in any order
   * @param asOf the day to age them as of
   * @return one row per currency, keyed by the currency
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public AgingReport<CurrencyUnit> byCurrency(Iterable<OpenItem> items, LocalDate asOf) {
    return by(items, asOf, item -> item.openAmount().currency());
  }

  /**
   * Ages items per host key (segment, region, collector, ...) and currency.
   *
   * @param <K> the key's type
   * @param items the open items, in any order
   * @param asOf the day to age them as of
   * @param key the group of an item; must not return null
   * @return one row per key and currency
   * @throws NullPointerException if {@code key} returns null
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public <K> AgingReport<K> by(Iterable<OpenItem> items, LocalDate asOf, Function<? super OpenItem, ? extends K> key) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(key, "key");
    AgingReport.Builder<K> builder = AgingReport.builder(asOf, basis, buckets);
    for (OpenItem item : items) {
      add(builder, item, asOf, key.apply(item));
    }
    return builder.build();
  }

  private <K> void add(AgingReport.Builder<K> builder, OpenItem item, LocalDate asOf, K key) {
    Money open = item.openAmount();
    if (!open.isZero()) {
      builder.addItem(key, open, bucketOf(item, asOf));
    }
  }

  /**
   * Time travel: ages the ledger's book as it stood at the end of a day, from its history. Each
   * customer's items open at that day are aged with their open amount at that day, so a payment applied
   * later is not yet deducted, and an item cleared later is still there; items posted after the day are
   * not. Unapplied cash and money on account of that day are shown beside the buckets.
   *
   * @param ledger the ledger
   * @param asOf the day; may be in the past
   * @return one row per customer and currency with anything open or held
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public AgingReport<CustomerId> ofLedger(ReceivablesLedger ledger, LocalDate asOf) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    LedgerView view = ledger.asOf(asOf);
    AgingReport.Builder<CustomerId> builder = AgingReport.builder(asOf, basis, buckets);
    ledger.customers().forEach(customer -> {
      CustomerId id = customer.id();
      List<OpenItem> open = view.openItems(id);
      for (OpenItem item : open) {
        add(builder, item, asOf, id);
      }
      for (Money cash : view.unappliedCash(id).amounts()) {
        if (!cash.isZero()) {
          builder.addUnappliedCash(id, cash);
        }
      }
      for (Money cash : view.onAccount(id).amounts()) {
        if (!cash.isZero()) {
          builder.addOnAccount(id, cash);
        }
      }
    });
    return builder.build();
  }
}

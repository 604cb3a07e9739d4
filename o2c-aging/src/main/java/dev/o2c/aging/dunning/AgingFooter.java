package dev.o2c.aging.dunning;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingReport;
import dev.o2c.aging.AgingRow;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The aging line at the foot of a statement of account: the customer's open amount per aging bucket
 * in one currency, as {@link Aging} computes it (credit memos reduce their bucket).
 *
 * @param labels the bucket labels, e.g. {@code current, 1-30, ..., 121+}
 * @param amounts the net open amount per bucket, in label order
 */
public record AgingFooter(List<String> labels, List<Money> amounts) {

  /**
   * Checks and copies the lists.
   *
   * @param labels the bucket labels
   * @param amounts the amounts, one per label
   * @throws IllegalArgumentException if the counts differ or there are none
   */
  public AgingFooter {
    labels = List.copyOf(labels);
    amounts = List.copyOf(amounts);
    if (labels.isEmpty() || labels.size() != amounts.size()) {
      throw new IllegalArgumentException("aging footer: " + labels.size() + " labels and " + amounts.size() + " amounts");
    }
  }

  /**
   * Ages a customer's open items in one currency.
   *
   * @param aging the aging (basis and buckets)
   * @param items the open items; other customers' and other currencies' are left out
   * @param customer the customer
   * @param currency the currency
   * @param asOf the day aged to
   * @return the footer; all zero if nothing is open
   */
  public static AgingFooter of(Aging aging, Iterable<OpenItem> items, CustomerId customer, CurrencyUnit currency,
      LocalDate asOf) {
    Objects.requireNonNull(aging, "aging");
    List<OpenItem> mine = new ArrayList<>();
    for (OpenItem item : items) {
      if (item.customerId().equals(customer) && item.openAmount().currency().equals(currency)) {
        mine.add(item);
      }
    }
    AgingReport<CustomerId> report = aging.byCustomer(mine, asOf);
    List<String> labels = aging.buckets().labels();
    List<Money> amounts = report.row(customer, currency).map(AgingRow::net).orElseGet(() -> {
      List<Money> zeros = new ArrayList<>();
      labels.forEach(l -> zeros.add(Money.zero(currency)));
      return zeros;
    });
    return new AgingFooter(labels, amounts);
  }

  /** {@return the sum of the buckets} */
  public Money total() {
    return Money.total(amounts);
  }
}

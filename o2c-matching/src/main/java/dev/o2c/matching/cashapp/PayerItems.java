package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;

/** Which open items a payer may be paying: its own and its subsidiaries', in one currency, oldest first. */
final class PayerItems {

  /** Amount searches look at no more than this many of a payer's oldest items. */
  static final int MAX_POOL = 1_000;

  private final OpenItemBook book;

  PayerItems(OpenItemBook book) {
    this.book = book;
  }

  /** The likeliest payer that may pay the owner's items, else the owner itself. */
  CustomerId payerOf(CustomerId owner, List<PayerHypothesis> payers) {
    return payers.stream().map(PayerHypothesis::customer).filter(p -> book.mayPay(p, owner)).findFirst().orElse(owner);
  }

  /** The payer's (and its subsidiaries') items still open in the currency, oldest first, at most {@link #MAX_POOL}. */
  int[] pool(CustomerId payer, long[] open, CurrencyUnit currency, Set<Integer> exclude) {
    int[] all = book.itemsPayableBy(payer);
    int[] pool = new int[Math.min(all.length, MAX_POOL)];
    int n = 0;
    for (int i : all) {
      if (n == pool.length) {
        break;
      }
      if (open[i] != 0 && (exclude.isEmpty() || !exclude.contains(i)) && book.inCurrency(i, currency)) {
        pool[n++] = i;
      }
    }
    return Arrays.copyOf(pool, n);
  }

  /** The items of a pool issued by a day (a payment cannot pay what did not exist yet), in pool order. */
  int[] issuedBy(int[] pool, LocalDate day) {
    return Arrays.stream(pool).filter(i -> !book.at(i).documentDate().isAfter(day)).toArray();
  }

  /** The one customer owning the items, or a paying parent that may pay them all; empty if none. */
  Optional<CustomerId> commonOwner(int[] items) {
    if (items.length == 0) {
      return Optional.empty();
    }
    CustomerId first = book.at(items[0]).customerId();
    boolean one = true;
    for (int k = 1; k < items.length && one; k++) {
      one = book.at(items[k]).customerId().equals(first);
    }
    if (one) {
      return Optional.of(first); // nearly always, and asked for every reading: no set needed
    }
    // Customers under one paying parent that owns some of them.
    Set<CustomerId> owners = Arrays.stream(items).mapToObj(i -> book.at(i).customerId())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (owners.size() == 1) {
      return Optional.of(owners.iterator().next());
    }
    for (CustomerId candidate : owners) {
      if (owners.stream().allMatch(o -> book.mayPay(candidate, o))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

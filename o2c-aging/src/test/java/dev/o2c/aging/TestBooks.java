package dev.o2c.aging;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Random open-item books for properties, and a brute-force aging to check reports against. */
final class TestBooks {
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
  static final List<CurrencyUnit> CURRENCIES = List.of(EUR, JPY, KWD);
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private TestBooks() {}

  /**
   * A book of {@code count} items of up to {@code customers} customers: 80 % invoices, 10 % credit
   * memos, 10 % debit memos; documents from 400 days before {@code around} to 30 days after; due 0 to
   * 90 days after the document; open in full (70 %), in part (20 %) or cleared (10 %).
   */
  static List<OpenItem> items(long seed, int count, int customers, List<CurrencyUnit> currencies, LocalDate around) {
    SplittableRandom random = new SplittableRandom(seed);
    List<OpenItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int k = random.nextInt(10);
      ItemKind kind = k < 8 ? ItemKind.INVOICE : k == 8 ? ItemKind.CREDIT_MEMO : ItemKind.DEBIT_MEMO;
      CurrencyUnit currency = currencies.get(random.nextInt(currencies.size()));
      long original = 1 + random.nextLong(10_000_000);
      int r = random.nextInt(10);
      long open = r < 7 ? original : r < 9 ? 1 + random.nextLong(original) : 0;
      LocalDate document = around.minusDays(random.nextInt(400)).plusDays(random.nextInt(30));
      items.add(OpenItem.builder().documentNumber(DocumentNumber.of("D" + i))
          .customerId(CustomerId.of("C" + random.nextInt(customers))).kind(kind)
          .documentDate(document).dueDate(document.plusDays(random.nextInt(91)))
          .originalAmount(Money.ofMinor(currency, original * kind.sign()))
          .openAmount(Money.ofMinor(currency, open * kind.sign())).build());
    }
    return items;
  }

  /**
   * The bucket label of an age, worked out from the CLI contract's words rather than from {@link
   * AgingBuckets}: by due date {@code current} for age ≤ 0, then {@code 1-b1}, {@code (b1+1)-b2}, ...,
   * {@code (bn+1)+}; by document date {@code 0-b1} for age ≤ b1, then the same.
   */
  static String label(long age, boolean pastDue, int[] boundaries) {
    if (pastDue && age <= 0) {
      return "current";
    }
    int previous = pastDue ? 0 : -1;
    for (int b : boundaries) {
      if (age <= b) {
        return (previous == -1 ? "0" : String.valueOf(previous + 1)) + "-" + b;
      }
      previous = b;
    }
    return (previous + 1) + "+";
  }

  /**
   * Brute force: every item with something open, its age by plain date arithmetic, summed as
   * BigDecimal under "customer|currency|label|D" (debits) or "...|C" (credits), and counted under
   * "customer|currency|#".
   */
  static Map<String, BigDecimal> bruteForce(List<OpenItem> items, LocalDate asOf, AgingBasis basis,
      int[] boundaries) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (OpenItem item : items) {
      BigDecimal open = item.openAmount().amount();
      if (open.signum() == 0) {
        continue;
      }
      LocalDate from = basis == AgingBasis.DOCUMENT_DATE ? item.documentDate() : item.dueDate();
      long age = ChronoUnit.DAYS.between(from, asOf);
      String row = item.customerId() + "|" + item.openAmount().currency().getCurrencyCode();
      String cell = row + "|" + label(age, basis != AgingBasis.DOCUMENT_DATE, boundaries) + "|"
          + (open.signum() > 0 ? "D" : "C");
      sums.merge(cell, open, BigDecimal::add);
      sums.merge(row + "|#", BigDecimal.ONE, BigDecimal::add);
    }
    sums.values().removeIf(v -> v.signum() == 0);
    return sums;
  }

  /** The same cells read from a report keyed by customer. */
  static Map<String, BigDecimal> cells(AgingReport<?> report) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (AgingRow<?> row : report.rows()) {
      String key = row.key() + "|" + row.currency().getCurrencyCode();
      for (int b = 0; b < row.bucketCount(); b++) {
        sums.merge(key + "|" + report.buckets().label(b) + "|D", row.debits(b).amount(), BigDecimal::add);
        sums.merge(key + "|" + report.buckets().label(b) + "|C", row.credits(b).amount(), BigDecimal::add);
      }
      sums.merge(key + "|#", BigDecimal.valueOf(row.itemCount()), BigDecimal::add);
    }
    sums.values().removeIf(v -> v.signum() == 0);
    return sums;
  }
}

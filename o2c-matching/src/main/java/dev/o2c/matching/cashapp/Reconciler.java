package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.DiscountDeadline;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles a payment amount with a set of items: how it fits (exactly, less earned discounts, within
 * tolerance, over, short) and the allocations that follow, conserving every cent of the payment. Works
 * in minor units of the payment's currency; every item must be in that currency.
 */
final class Reconciler {

  /** The outcome for one set of items. */
  record Outcome(Fit fit, List<Allocation> allocations, Money unapplied, String detail) {}

  private final OpenItemBook book;
  private final MatchPolicy policy;

  Reconciler(OpenItemBook book, MatchPolicy policy) {
    this.book = book;
    this.policy = policy;
  }

  /**
   * The cash discount an item's terms earn for a payment on {@code valueDate}, in minor units; zero
   * for credit memos, items without terms and items already partly settled (their discount was decided
   * when they were first paid).
   */
  long earnedDiscount(int index, long openMinor, LocalDate valueDate) {
    if (openMinor <= 0 || openMinor != book.originalMinor(index)) {
      return 0;
    }
    return book.discountOn(index, valueDate);
  }

  /** The best discount the terms ever offered, for recognising one taken after its deadline. */
  long bestDiscount(int index, long openMinor) {
    OpenItem item = book.at(index);
    return earnedDiscount(index, openMinor, item.documentDate());
  }

  Outcome reconcile(Payment payment, int[] items, long[] open) {
    var currency = payment.amount().currency();
    long paid = payment.amount().minorUnits();
    LocalDate valueDate = payment.valueDate();
    long gross = 0;
    long discount = 0;
    long[] discounts = new long[items.length];
    for (int k = 0; k < items.length; k++) {
      int i = items[k];
      gross += open[i];
      discounts[k] = earnedDiscount(i, open[i], valueDate);
      discount += discounts[k];
    }
    long tolerance = policy.tolerance(currency).limitMinor(paid);
    long charges = ForeignAmounts.chargesMinor(payment);
    if (charges > 0 && (paid + charges == gross || (discount > 0 && paid + charges == gross - discount))) {
      // The bank says what it took on the way, and that is exactly the gap.
      boolean withDiscount = paid + charges != gross;
      String text = money(currency, charges) + " charges deducted by the banks, as the statement reports: written off";
      return settle(Fit.BANK_CHARGES, items, open, withDiscount ? discounts : new long[items.length], charges, currency,
          withDiscount ? discountText(items, discounts, valueDate) + "; " + text : text);
    }
    // Read once: only a single item paid short can carry a deduction.
    Optional<DeductionReason> reason = paid < gross && items.length == 1
        ? PaymentText.of(payment).deductionReason() : Optional.empty();
    if (reason.isPresent() && !(discount > 0 && paid == gross - discount)) {
      // The payer says why it paid less: a deduction, however small.
      return shortPayment(payment, items, open, gross, currency, reason);
    }
    if (paid == gross) {
      return settle(Fit.EXACT, items, open, new long[items.length], 0, currency, "");
    }
    if (discount > 0 && paid == gross - discount) {
      return settle(Fit.DISCOUNT, items, open, discounts, 0, currency, discountText(items, discounts, valueDate));
    }
    if (discount > 0 && paid < gross - discount && gross - discount - paid <= tolerance) {
      return settle(Fit.DISCOUNT, items, open, discounts, gross - discount - paid, currency,
          discountText(items, discounts, valueDate) + "; " + money(currency, gross - discount - paid) + " written off");
    }
    if (paid != gross && gross > 0 && ForeignAmounts.converted(payment)
        && atMost(Math.abs(gross - paid), gross, policy.exchangeDifferencePercent())) {
      // Less arrived: a loss written off; more: a gain (a negative write-off) that settles the items.
      Money instructed = payment.instructedAmount().orElseThrow();
      return settle(Fit.EXCHANGE_DIFFERENCE, items, open, new long[items.length], gross - paid, currency,
          "instructed as " + instructed.currency().getCurrencyCode() + " " + instructed.amount().toPlainString() + "; "
              + (paid < gross ? money(currency, gross - paid) + " exchange difference written off"
                  : money(currency, paid - gross) + " exchange gain"));
    }
    if (paid < gross && gross - paid <= tolerance) {
      return settle(Fit.SMALL_DIFFERENCE, items, open, new long[items.length], gross - paid, currency,
          money(currency, gross - paid) + " written off as a small difference");
    }
    if (paid > gross && gross > 0) {
      Outcome full = settle(Fit.EXACT, items, open, new long[items.length], 0, currency, "");
      return new Outcome(Fit.OVERPAID, full.allocations(), Money.ofMinor(currency, paid - gross),
          money(currency, paid - gross) + " more than the open amount stays unapplied");
    }
    if (gross <= 0) {
      return null;
    }
    return shortPayment(payment, items, open, gross, currency, reason);
  }

  private Outcome shortPayment(Payment payment, int[] items, long[] open, long gross, javax.money.CurrencyUnit currency,
      Optional<DeductionReason> reason) {
    long paid = payment.amount().minorUnits();
    long shortfall = gross - paid;
    if (items.length == 1) {
      int i = items[0];
      if (reason.isPresent()) {
        Money zero = Money.zero(currency);
        Allocation allocation = new Allocation(book.at(i).documentNumber(), Money.ofMinor(currency, paid), zero, zero,
            Money.ofMinor(currency, shortfall), reason);
        return new Outcome(Fit.SHORT_WITH_REASON, List.of(allocation), zero,
            money(currency, shortfall) + " deducted (" + reason.get().name().toLowerCase(java.util.Locale.ROOT) + ")");
      }
      long best = bestDiscount(i, open[i]);
      Money zero = Money.zero(currency);
      DocumentNumber number = book.at(i).documentNumber();
      if (best > 0 && best == shortfall) {
        Allocation allocation = new Allocation(number, Money.ofMinor(currency, paid), zero, zero,
            Money.ofMinor(currency, shortfall), Optional.of(DeductionReason.OTHER));
        return new Outcome(Fit.LATE_DISCOUNT, List.of(allocation), zero, "short by " + money(currency, shortfall)
            + ", the cash discount of its terms, taken after " + deadline(i).map(LocalDate::toString).orElse("its deadline")
            + ": deducted as an unearned discount");
      }
      // A shortfall in whole units may be bank charges or a fixed deduction, not a part payment; as a
      // deduction it is safe only when the bank says the payment arrived as sent (no charges taken).
      boolean asSent = ForeignAmounts.arrivedAsInstructed(payment);
      boolean cents = currency.getDefaultFractionDigits() > 0 && shortfall % minorPerMajor(currency) != 0;
      boolean unconverted = !ForeignAmounts.converted(payment) && !PaymentText.of(payment).foreignMentioned();
      if (looksPartial(payment, shortfall, gross, currency)
          || (cents && unconverted && atLeast(shortfall, gross, policy.partialFromPercent()))) {
        return new Outcome(Fit.PARTIAL, List.of(Allocation.of(number, Money.ofMinor(currency, paid))), zero,
            "pays part: " + money(currency, shortfall) + " stays open");
      }
      if (asSent && !atLeast(shortfall, gross, policy.deductionBelowPercent())) {
        Allocation deduction = new Allocation(number, Money.ofMinor(currency, paid), zero, zero,
            Money.ofMinor(currency, shortfall), Optional.of(DeductionReason.OTHER));
        return new Outcome(Fit.UNEXPLAINED_SHORT, List.of(deduction), zero,
            money(currency, shortfall) + " short, less than " + policy.deductionBelowPercent().toPlainString()
                + " % of the item: deducted, reason to clear up");
      }
      Allocation deduction = new Allocation(number, Money.ofMinor(currency, paid), zero, zero,
          Money.ofMinor(currency, shortfall), Optional.of(DeductionReason.OTHER));
      return new Outcome(Fit.SHORT, List.of(deduction), zero,
          money(currency, shortfall) + " short without a reason: a deduction to clear up, or a part payment");
    }
    // Several items and not enough money: pay them in the order given, the last one partly.
    List<Allocation> allocations = new ArrayList<>();
    long rest = paid;
    for (int i : items) {
      if (rest == 0) {
        break;
      }
      long part = open[i] < 0 ? open[i] : Math.min(open[i], rest);
      if (part != 0) {
        allocations.add(Allocation.of(book.at(i).documentNumber(), Money.ofMinor(currency, part)));
        rest -= part;
      }
    }
    if (rest != 0 || allocations.isEmpty()) {
      return null;
    }
    return new Outcome(Fit.SHORT, allocations, Money.zero(currency),
        "pays part of " + items.length + " items: " + money(currency, shortfall) + " stays open");
  }

  /**
   * The same short payment read as a part payment: the item keeps its shortfall open. The matcher
   * offers it beside a deduction when the payer gives no reason.
   */
  Outcome asPartial(Payment payment, int index) {
    var currency = payment.amount().currency();
    return new Outcome(Fit.SHORT, List.of(Allocation.of(book.at(index).documentNumber(), payment.amount())),
        Money.zero(currency), "read as a part payment: the rest stays open");
  }

  /**
   * The same short payment read as bank charges deducted on the way (SHA/BEN transfers): the item is
   * settled and the shortfall written off. Only for a shortfall of at most a quarter of the item;
   * otherwise null. A reading for a person to pick, never applied on its own.
   */
  Outcome asBankCharges(Payment payment, int index, long[] open) {
    var currency = payment.amount().currency();
    long shortfall = open[index] - payment.amount().minorUnits();
    if (shortfall <= 0 || shortfall * 4 > open[index]) {
      return null;
    }
    return settle(Fit.SHORT, new int[] {index}, open, new long[1], shortfall, currency,
        "read as bank charges: " + money(currency, shortfall) + " written off");
  }

  /**
   * Whether a short payment without a reason reads as a part payment: the payer says so (instalment,
   * partial), or it leaves at least half of the item and more than 100 major units of a currency with
   * cents open: beyond what deductions and bank charges usually take. (A yen amount gives no such
   * scale, so there only the payer's words count.)
   */
  private static boolean looksPartial(Payment payment, long shortfall, long gross, javax.money.CurrencyUnit currency) {
    String text = PaymentText.of(payment).upper();
    if (text.contains("INSTAL") || text.contains("PARTIAL") || text.contains("TEILZAHLUNG") || text.contains("RATE ")
        || text.contains("ABSCHLAG")) {
      return true;
    }
    int digits = currency.getDefaultFractionDigits();
    long hundred = 100 * (long) Math.pow(10, Math.max(0, digits));
    return digits >= 2 && shortfall * 2 >= gross && shortfall > hundred;
  }

  /** Whether {@code part} is at most {@code percent} % of {@code whole}. */
  private static boolean atMost(long part, long whole, java.math.BigDecimal percent) {
    return java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
        .compareTo(java.math.BigDecimal.valueOf(whole).multiply(percent)) <= 0;
  }

  /** Whether {@code part} is at least {@code percent} % of {@code whole}. */
  private static boolean atLeast(long part, long whole, java.math.BigDecimal percent) {
    return java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
        .compareTo(java.math.BigDecimal.valueOf(whole).multiply(percent)) >= 0;
  }

  /** The minor units of one major unit of the currency: 100 for EUR, 1 for JPY, 1000 for KWD. */
  static long minorPerMajor(javax.money.CurrencyUnit currency) {
    return java.math.BigInteger.TEN.pow(currency.getDefaultFractionDigits()).longValueExact();
  }

  private Outcome settle(Fit fit, int[] items, long[] open, long[] discounts, long writeOff,
      javax.money.CurrencyUnit currency, String detail) {
    // The small difference (or a gain, negative) goes on the largest item, where it is the smallest
    // share of the item.
    int writeOffAt = -1;
    if (writeOff != 0) {
      for (int k = 0; k < items.length; k++) {
        if (open[items[k]] > 0 && (writeOffAt < 0 || open[items[k]] > open[items[writeOffAt]])) {
          writeOffAt = k;
        }
      }
      if (writeOffAt < 0 || open[items[writeOffAt]] - discounts[writeOffAt] < writeOff) {
        return null;
      }
    }
    List<Allocation> allocations = new ArrayList<>(items.length);
    Money zero = Money.zero(currency);
    for (int k = 0; k < items.length; k++) {
      int i = items[k];
      long w = k == writeOffAt ? writeOff : 0;
      long applied = open[i] - discounts[k] - w;
      if (applied == 0) {
        return null; // an item settled by discount or write-off alone is not a payment of it
      }
      allocations.add(new Allocation(book.at(i).documentNumber(), Money.ofMinor(currency, applied),
          Money.ofMinor(currency, discounts[k]), Money.ofMinor(currency, w), zero, Optional.empty()));
    }
    return new Outcome(fit, allocations, zero, detail);
  }

  private String discountText(int[] items, long[] discounts, LocalDate valueDate) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < items.length; k++) {
      if (discounts[k] > 0) {
        OpenItem item = book.at(items[k]);
        PaymentTerms terms = item.terms().orElseThrow();
        Optional<DiscountDeadline> earned = terms.discountDeadlines(item.documentDate()).stream()
            .filter(d -> !d.deadline().isBefore(valueDate)).findFirst();
        if (text.length() > 0) {
          text.append("; ");
        }
        text.append(item.documentNumber()).append(": ")
            .append(earned.map(d -> d.tier().percent().stripTrailingZeros().toPlainString() + "% discount earned until "
                + d.deadline()).orElse("discount earned"));
      }
    }
    return text.toString();
  }

  private Optional<LocalDate> deadline(int index) {
    OpenItem item = book.at(index);
    return item.terms().flatMap(t -> t.discountDeadlines(item.documentDate()).stream().reduce((a, b) -> b))
        .map(DiscountDeadline::deadline);
  }

  static String money(javax.money.CurrencyUnit currency, long minor) {
    Money m = Money.ofMinor(currency, minor);
    return m.currency().getCurrencyCode() + " " + m.amount().toPlainString();
  }
}

package dev.o2c.testkit;

import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Common payment-terms notations the generators use, with the arithmetic the testkit needs spelled
 * out (net days, discount percent and window), so that generated due dates and discounts do not
 * depend on a particular {@link PaymentTerms} implementation and can serve as an oracle for it.
 *
 * <pre>{@code
 * TermsNotation t = TermsNotation.TWO_10_NET_30;
 * PaymentTerms terms = t.terms();                                   // PaymentTerms.parse("2/10 NET 30")
 * LocalDate due = t.dueDate(LocalDate.of(2026, 3, 1));              // 2026-03-31
 * Money discount = t.discount(Money.of("EUR", "1000.00"));          // EUR 20.00
 * }</pre>
 */
public enum TermsNotation {
  /** Net 7 days. */
  NET_7("NET 7", 0, 0, 7),
  /** Net 10 days. */
  NET_10("NET 10", 0, 0, 10),
  /** Net 14 days. */
  NET_14("NET 14", 0, 0, 14),
  /** Net 30 days, the most common terms. */
  NET_30("NET 30", 0, 0, 30),
  /** Net 45 days. */
  NET_45("NET 45", 0, 0, 45),
  /** Net 60 days. */
  NET_60("NET 60", 0, 0, 60),
  /** Net 90 days. */
  NET_90("NET 90", 0, 0, 90),
  /** 2% discount within 10 days, net 30. */
  TWO_10_NET_30("2/10 NET 30", 2, 10, 30),
  /** 1% discount within 10 days, net 30. */
  ONE_10_NET_30("1/10 NET 30", 1, 10, 30),
  /** 2% discount within 14 days, net 30. */
  TWO_14_NET_30("2/14 NET 30", 2, 14, 30),
  /** 3% discount within 10 days, net 60. */
  THREE_10_NET_60("3/10 NET 60", 3, 10, 60);

  private final String notation;
  private final int discountPercent;
  private final int discountDays;
  private final int netDays;

  TermsNotation(String notation, int discountPercent, int discountDays, int netDays) {
    this.notation = notation;
    this.discountPercent = discountPercent;
    this.discountDays = discountDays;
    this.netDays = netDays;
  }

  /** {@return the notation as printed on invoices, e.g. {@code "2/10 NET 30"}} */
  public String notation() {
    return notation;
  }

  /** {@return the terms, parsed from {@link #notation()} by {@link PaymentTerms#parse(CharSequence)}} */
  public PaymentTerms terms() {
    return PaymentTerms.parse(notation);
  }

  /** {@return days from the document date to the net due date} */
  public int netDays() {
    return netDays;
  }

  /** {@return the cash discount in whole percent; zero for net-only terms} */
  public int discountPercent() {
    return discountPercent;
  }

  /** {@return days from the document date during which the discount may be taken; zero for net-only terms} */
  public int discountDays() {
    return discountDays;
  }

  /** {@return true if the terms grant a cash discount} */
  public boolean hasDiscount() {
    return discountPercent > 0;
  }

  /**
   * The net due date of a document issued on a day.
   *
   * @param documentDate the document date
   * @return {@code documentDate + netDays}
   */
  public LocalDate dueDate(LocalDate documentDate) {
    return documentDate.plusDays(netDays);
  }

  /**
   * The last day the discount may be taken for a document issued on a day.
   *
   * @param documentDate the document date
   * @return {@code documentDate + discountDays} (the document date itself for net-only terms)
   */
  public LocalDate discountDate(LocalDate documentDate) {
    return documentDate.plusDays(discountDays);
  }

  /**
   * The cash discount on an amount: {@code discountPercent}% of it, rounded half-up to the currency's
   * scale.
   *
   * @param amount the gross amount, usually an invoice's open amount
   * @return the discount, same sign and currency as {@code amount}; zero for net-only terms
   */
  public Money discount(Money amount) {
    return amount.multipliedBy(BigDecimal.valueOf(discountPercent, 2), RoundingMode.HALF_UP);
  }
}

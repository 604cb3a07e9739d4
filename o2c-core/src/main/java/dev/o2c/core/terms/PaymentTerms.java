package dev.o2c.core.terms;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Payment terms: when a document (an invoice) is due, which cash discounts paying early earns, and
 * how the amount splits into instalments.
 *
 * <h2>Kinds of terms and their notation</h2>
 * {@link #toString()} writes one canonical form that {@link #parse(CharSequence)} reads back:
 * <ul>
 *   <li>{@code NET 30}: due 30 days after the document date. {@code NET 0} is written
 *       {@code DUE ON RECEIPT}.
 *   <li>{@code NET 30 EOM}: due 30 days after the last day of the document's month
 *       ({@link DueBasis#END_OF_MONTH}); an invoice of 2024-01-20 is due 2024-03-01. This is the
 *       "end of month plus N days" reading. A common alternative, not implemented here, first adds the
 *       N days to the document date and then moves to the end of that month (2024-01-20 plus 30 is
 *       2024-02-19, due 2024-02-29); some ERPs also treat invoices dated after the 25th as dated in
 *       the next month. Hosts with such conventions supply the due date themselves.
 *   <li>{@code DAY 15 NEXT MONTH}: due on day 15 of the month after the document's month; a day
 *       past that month's end is clamped to its last day ({@code DAY 31 NEXT MONTH} on 2024-01-10
 *       is due 2024-02-29).
 *   <li>Cash-discount tiers before the net part: {@code 2/10 NET 30} (2 percent if paid within 10
 *       days, otherwise net within 30), {@code 3/10 2/20 NET 45}, {@code 2/10 NET 30 EOM} (all days
 *       counted from the month end). Tiers are ordered by strictly increasing days and strictly
 *       decreasing percents, and no tier's days exceed the net days.
 *   <li>{@code INSTALMENTS 50%/30 50%/60}: at least two parts, each a share in percent of the
 *       gross amount and its own days; shares sum to exactly 100 and days strictly increase.
 *       {@code INSTALMENTS 50%/30 50%/60 EOM} counts from the month end. Instalment terms carry no
 *       cash discount.
 * </ul>
 * The parser is case-insensitive and tolerant: extra spaces and commas between parts, {@code N30},
 * {@code NET30}, {@code N/30}, a trailing {@code DAYS}, {@code 2% 10} or {@code 2%/10} for a tier,
 * {@code INSTALLMENTS}, {@code DAY 15 FOLLOWING MONTH}, and {@code 1/10 EOM NET 30} (the
 * {@code EOM} before {@code NET}, with the same meaning as after it: every day count starts at the
 * month end). Some trading partners read {@code 1/10 EOM NET 30} as a discount counted from the month
 * end but net days counted from the document date; that mixed reading cannot be expressed here.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Deadlines are inclusive: under {@code 2/10 NET 30}, payment 10 days after the document date
 *       earns the 2 percent, payment 11 days after earns nothing. Payment before the document date
 *       earns the first tier.
 *   <li>Dates may be moved off holidays with a {@link HolidayCalendar} and a
 *       {@link BusinessDayAdjustment}; the same adjustment applies to the net due date, discount
 *       deadlines and instalment dates. Overloads without them apply no adjustment.
 *   <li>Percents are {@link BigDecimal}, kept without trailing zeros. Day counts are 0 to
 *       {@link #MAX_DAYS}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe; equal terms have equal {@link #toString()}.
 */
public final class PaymentTerms {

  /** The largest day count accepted anywhere in payment terms. */
  public static final int MAX_DAYS = 9999;

  /** Due on the document date: {@code DUE ON RECEIPT}, the same as {@code NET 0}. */
  public static final PaymentTerms DUE_ON_RECEIPT = net(0);
  /** {@code NET 7}. */
  public static final PaymentTerms NET_7 = net(7);
  /** {@code NET 10}. */
  public static final PaymentTerms NET_10 = net(10);
  /** {@code NET 14}. */
  public static final PaymentTerms NET_14 = net(14);
  /** {@code NET 15}. */
  public static final PaymentTerms NET_15 = net(15);
  /** {@code NET 30}. */
  public static final PaymentTerms NET_30 = net(30);
  /** {@code NET 45}. */
  public static final PaymentTerms NET_45 = net(45);
  /** {@code NET 60}. */
  public static final PaymentTerms NET_60 = net(60);
  /** {@code NET 90}. */
  public static final PaymentTerms NET_90 = net(90);
  /** {@code NET 30 EOM}: 30 days after the end of the document's month. */
  public static final PaymentTerms NET_30_EOM = netEndOfMonth(30);
  /** {@code 2/10 NET 30}: 2 percent discount within 10 days, net within 30. */
  public static final PaymentTerms TWO_TEN_NET_30 = NET_30.withDiscount(BigDecimal.valueOf(2), 10);
  /** {@code 1/10 NET 30}: 1 percent discount within 10 days, net within 30. */
  public static final PaymentTerms ONE_TEN_NET_30 = NET_30.withDiscount(BigDecimal.ONE, 10);

  private final DueBasis basis;
  /** Net days for DOCUMENT_DATE and END_OF_MONTH (the last part's days for instalments). */
  private final int days;
  private final List<DiscountTier> discountTiers;
  private final List<Instalment> instalmentPlan;

  private PaymentTerms(
      DueBasis basis, int days, List<DiscountTier> discountTiers, List<Instalment> instalmentPlan) {
    this.basis = basis;
    this.days = days;
    this.discountTiers = discountTiers;
    this.instalmentPlan = instalmentPlan;
  }

  // ---------------------------------------------------------------------------------- factories

  /**
   * Returns terms due a number of days after the document date, for example {@code net(30)} for
   * {@code NET 30}.
   *
   * @param days the net days, 0 to {@link #MAX_DAYS}
   * @return the terms, without discount
   * @throws IllegalArgumentException if days are out of range
   */
  public static PaymentTerms net(int days) {
    return create(DueBasis.DOCUMENT_DATE, days, List.of(), List.of());
  }

  /**
   * Returns terms due a number of days after the last day of the document's month, for example
   * {@code netEndOfMonth(30)} for {@code NET 30 EOM}.
   *
   * @param days the days after the month end, 0 to {@link #MAX_DAYS}
   * @return the terms, without discount
   * @throws IllegalArgumentException if days are out of range
   */
  public static PaymentTerms netEndOfMonth(int days) {
    return create(DueBasis.END_OF_MONTH, days, List.of(), List.of());
  }

  /**
   * Returns terms due on a fixed day of the month following the document's month, for example
   * {@code dayOfNextMonth(15)} for {@code DAY 15 NEXT MONTH}. A day beyond the length of that month
   * means its last day.
   *
   * @param dayOfMonth the day of the month, 1 to 31
   * @return the terms
   * @throws IllegalArgumentException if dayOfMonth is not between 1 and 31
   */
  public static PaymentTerms dayOfNextMonth(int dayOfMonth) {
    return create(DueBasis.DAY_OF_NEXT_MONTH, dayOfMonth, List.of(), List.of());
  }

  /**
   * Returns instalment terms counting from the document date, for example
   * {@code ofInstalments(List.of(Instalment.of("50", 30), Instalment.of("50", 60)))} for
   * {@code INSTALMENTS 50%/30 50%/60}.
   *
   * @param parts at least two parts, days strictly increasing, shares summing to exactly 100
   * @return the terms
   * @throws NullPointerException if parts or one of them is null
   * @throws IllegalArgumentException listing every problem if the parts are invalid
   */
  public static PaymentTerms ofInstalments(List<Instalment> parts) {
    return ofInstalments(DueBasis.DOCUMENT_DATE, parts);
  }

  /**
   * Returns instalment terms counting from the given basis, for example
   * {@code ofInstalments(END_OF_MONTH, parts)} for {@code INSTALMENTS 50%/30 50%/60 EOM}.
   *
   * @param basis {@link DueBasis#DOCUMENT_DATE} or {@link DueBasis#END_OF_MONTH}
   * @param parts at least two parts, days strictly increasing, shares summing to exactly 100
   * @return the terms
   * @throws NullPointerException if an argument or a part is null
   * @throws IllegalArgumentException listing every problem if the basis is
   *     {@link DueBasis#DAY_OF_NEXT_MONTH} or the parts are invalid
   */
  public static PaymentTerms ofInstalments(DueBasis basis, List<Instalment> parts) {
    Objects.requireNonNull(basis, "basis");
    List<Instalment> copy = copyOf(parts, "parts");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Invalid payment terms: no instalments given");
    }
    return create(basis, copy.get(copy.size() - 1).days(), List.of(), copy);
  }

  /**
   * Returns a copy of these terms with the given cash-discount tiers instead of the current ones.
   * For example {@code NET_30.withDiscountTiers(List.of(DiscountTier.of("2", 10)))} is
   * {@code 2/10 NET 30}. This instance is immutable and unaffected by this method.
   *
   * @param tiers the tiers, ordered by strictly increasing days and strictly decreasing percents,
   *     none with more days than the net days; empty for no discount
   * @return the new terms
   * @throws NullPointerException if tiers or one of them is null
   * @throws IllegalArgumentException listing every problem if the tiers do not fit these terms,
   *     including any tier on {@code DAY_OF_NEXT_MONTH} or instalment terms
   */
  public PaymentTerms withDiscountTiers(List<DiscountTier> tiers) {
    return create(basis, days, copyOf(tiers, "tiers"), instalmentPlan);
  }

  /**
   * Returns a copy of these terms with one more cash-discount tier after the existing ones. For
   * example {@code NET_45.withDiscount(new BigDecimal("3"), 10).withDiscount(new BigDecimal("2"),
   * 20)} is {@code 3/10 2/20 NET 45}. This instance is immutable and unaffected by this method.
   *
   * @param percent the discount in percent, strictly between 0 and 100 and below the previous tier's
   * @param days the discount days, more than the previous tier's and at most the net days
   * @return the new terms
   * @throws NullPointerException if percent is null
   * @throws IllegalArgumentException if the tier is invalid or does not fit these terms
   */
  public PaymentTerms withDiscount(BigDecimal percent, int days) {
    List<DiscountTier> tiers = new ArrayList<>(discountTiers);
    tiers.add(DiscountTier.of(percent, days));
    return withDiscountTiers(tiers);
  }

  /**
   * Parses the payment-terms notation described in the class documentation, for example
   * {@code "2/10 net 30"}, {@code "N30"}, {@code "NET 30 EOM"}, {@code "DAY 15 NEXT MONTH"} or
   * {@code "INSTALMENTS 50%/30 50%/60"}. {@code parse(t.toString())} equals {@code t} for all terms.
   *
   * @param text the notation, case-insensitive
   * @return the terms
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is not valid notation or describes invalid terms;
   *     the message quotes the text and names the index (0-based) or the part that is wrong
   */
  public static PaymentTerms parse(CharSequence text) {
    return new TermsParser(Objects.requireNonNull(text, "text").toString()).parse();
  }

  // ---------------------------------------------------------------------------------- accessors

  /**
   * Returns the date the days count from.
   *
   * @return the basis
   */
  public DueBasis basis() {
    return basis;
  }

  /**
   * Returns the net days: from the basis date to the net due date, for instalment terms to the last
   * instalment.
   *
   * @return the net days, 0 or more
   * @throws IllegalStateException if the basis is {@link DueBasis#DAY_OF_NEXT_MONTH}
   */
  public int netDays() {
    if (basis == DueBasis.DAY_OF_NEXT_MONTH) {
      throw new IllegalStateException(this + " has a fixed due day, not net days");
    }
    return days;
  }

  /**
   * Returns the fixed day of the next month on which {@code DAY_OF_NEXT_MONTH} terms are due.
   *
   * @return the day of the month, 1 to 31, before clamping to the month's length
   * @throws IllegalStateException if the basis is not {@link DueBasis#DAY_OF_NEXT_MONTH}
   */
  public int dayOfMonth() {
    if (basis != DueBasis.DAY_OF_NEXT_MONTH) {
      throw new IllegalStateException(this + " has net days, not a fixed due day");
    }
    return days;
  }

  /**
   * Returns the cash-discount tiers, ordered by increasing days.
   *
   * @return an unmodifiable list, empty if these terms offer no discount
   */
  public List<DiscountTier> discountTiers() {
    return discountTiers;
  }

  /**
   * Returns the instalment parts, ordered by increasing days.
   *
   * @return an unmodifiable list, empty unless these are instalment terms
   */
  public List<Instalment> instalmentPlan() {
    return instalmentPlan;
  }

  /**
   * Tells whether these are instalment terms.
   *
   * @return true if the amount is split into two or more instalments
   */
  public boolean isInstalments() {
    return !instalmentPlan.isEmpty();
  }

  // ---------------------------------------------------------------------------------- due dates

  /**
   * Returns the net due date of a document, without business-day adjustment: for instalment terms
   * the due date of the last instalment. {@code NET 30} on 2024-01-31 gives 2024-03-01.
   *
   * @param documentDate the document (invoice) date
   * @return the net due date
   * @throws NullPointerException if documentDate is null
   * @throws java.time.DateTimeException if the due date is beyond {@link LocalDate#MAX}
   */
  public LocalDate dueDate(LocalDate documentDate) {
    return dueDate(documentDate, HolidayCalendars.NO_HOLIDAYS, BusinessDayAdjustment.NONE);
  }

  /**
   * Returns the net due date of a document, moved off holidays by the adjustment. {@code NET 30} on
   * 2024-08-02 falls on Sunday 2024-09-01; with {@link HolidayCalendars#SAT_SUN} and
   * {@link BusinessDayAdjustment#FOLLOWING} it is 2024-09-02.
   *
   * @param documentDate the document (invoice) date
   * @param calendar the business-day calendar
   * @param adjustment how a due date on a holiday moves
   * @return the adjusted net due date
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the calendar has no business day near the due date
   */
  public LocalDate dueDate(
      LocalDate documentDate, HolidayCalendar calendar, BusinessDayAdjustment adjustment) {
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(adjustment, "adjustment");
    LocalDate unadjusted;
    if (basis == DueBasis.DAY_OF_NEXT_MONTH) {
      YearMonth month = YearMonth.from(documentDate).plusMonths(1);
      unadjusted = month.atDay(Math.min(days, month.lengthOfMonth()));
    } else {
      unadjusted = basisDate(documentDate).plusDays(days);
    }
    return adjustment.adjust(unadjusted, calendar);
  }

  /**
   * Returns the discount deadlines of a document without business-day adjustment, one per tier in
   * tier order. {@code 2/10 NET 30} on 2024-03-01 gives {@code [2/10 until 2024-03-11]}.
   *
   * @param documentDate the document (invoice) date
   * @return an unmodifiable list, empty if these terms offer no discount
   * @throws NullPointerException if documentDate is null
   */
  public List<DiscountDeadline> discountDeadlines(LocalDate documentDate) {
    return discountDeadlines(documentDate, HolidayCalendars.NO_HOLIDAYS, BusinessDayAdjustment.NONE);
  }

  /**
   * Returns the discount deadlines of a document, each moved off holidays by the adjustment; with
   * {@link BusinessDayAdjustment#FOLLOWING} a deadline on a Saturday extends to Monday.
   *
   * @param documentDate the document (invoice) date
   * @param calendar the business-day calendar
   * @param adjustment how a deadline on a holiday moves
   * @return an unmodifiable list in tier order, empty if these terms offer no discount
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the calendar has no business day near a deadline
   */
  public List<DiscountDeadline> discountDeadlines(
      LocalDate documentDate, HolidayCalendar calendar, BusinessDayAdjustment adjustment) {
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(adjustment, "adjustment");
    List<DiscountDeadline> result = new ArrayList<>(discountTiers.size());
    LocalDate from = basisDate(documentDate);
    for (DiscountTier tier : discountTiers) {
      result.add(DiscountDeadline.of(tier, adjustment.adjust(from.plusDays(tier.days()), calendar)));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the amounts due and their dates, without business-day adjustment; see
   * {@link #instalments(Money, LocalDate, HolidayCalendar, BusinessDayAdjustment)}.
   *
   * @param gross the document's gross amount, of any sign
   * @param documentDate the document (invoice) date
   * @return the instalments, summing exactly to {@code gross}
   * @throws NullPointerException if an argument is null
   */
  public List<DueAmount> instalments(Money gross, LocalDate documentDate) {
    return instalments(
        gross, documentDate, HolidayCalendars.NO_HOLIDAYS, BusinessDayAdjustment.NONE);
  }

  /**
   * Returns the amounts due and their (adjusted) dates. Terms without instalments give one entry:
   * the whole gross amount on the net due date. Instalment terms give one entry per part, in part
   * order, even when an amount is zero.
   *
   * <p>The split loses no minor unit, by the largest-remainder rule on the absolute amount in minor
   * units: each part first gets its exact share rounded down, then the minor units left over go one
   * each to the parts with the largest discarded fractions, ties to the earlier part. A negative
   * gross (a credit note) is split as its absolute value and negated. For example EUR 0.10 under
   * {@code INSTALMENTS 33.33%/30 33.33%/60 33.34%/90} gives 0.03, 0.03, 0.04, and EUR 0.01 under
   * {@code INSTALMENTS 50%/30 50%/60} gives 0.01, 0.00.
   *
   * @param gross the document's gross amount, of any sign
   * @param documentDate the document (invoice) date
   * @param calendar the business-day calendar
   * @param adjustment how an instalment date on a holiday moves
   * @return an unmodifiable list of instalments summing exactly to {@code gross}
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if gross is {@code Long.MIN_VALUE} minor units
   * @throws IllegalStateException if the calendar has no business day near a due date
   */
  public List<DueAmount> instalments(
      Money gross,
      LocalDate documentDate,
      HolidayCalendar calendar,
      BusinessDayAdjustment adjustment) {
    Objects.requireNonNull(gross, "gross");
    if (instalmentPlan.isEmpty()) {
      return List.of(DueAmount.of(dueDate(documentDate, calendar, adjustment), gross));
    }
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(adjustment, "adjustment");
    List<BigDecimal> shares = new ArrayList<>(instalmentPlan.size());
    for (Instalment part : instalmentPlan) {
      shares.add(part.sharePercent());
    }
    long[] minors = allocate(gross.minorUnits(), shares);
    LocalDate from = basisDate(documentDate);
    List<DueAmount> result = new ArrayList<>(minors.length);
    for (int i = 0; i < minors.length; i++) {
      LocalDate due = adjustment.adjust(from.plusDays(instalmentPlan.get(i).days()), calendar);
      result.add(DueAmount.of(due, Money.ofMinor(gross.currency(), minors[i])));
    }
    return Collections.unmodifiableList(result);
  }

  // ---------------------------------------------------------------------------------- discounts

  /**
   * Returns the cash-discount rate in percent earned by paying on a date, without business-day
   * adjustment of the deadlines: the percent of the first tier whose deadline is on or after the
   * payment date, or zero. Under {@code 3/10 2/20 NET 45} on 2024-03-01, payment on 2024-03-11
   * gives 3, on 2024-03-12 gives 2, on 2024-03-22 gives 0.
   *
   * @param documentDate the document (invoice) date
   * @param paymentDate the date the payment is made (as the host defines it: value date, receipt)
   * @return the percent, zero if no discount is earned
   * @throws NullPointerException if an argument is null
   */
  public BigDecimal discountRateOn(LocalDate documentDate, LocalDate paymentDate) {
    return discountRateOn(
        documentDate, paymentDate, HolidayCalendars.NO_HOLIDAYS, BusinessDayAdjustment.NONE);
  }

  /**
   * Returns the cash-discount rate in percent earned by paying on a date, with deadlines moved off
   * holidays as in {@link #discountDeadlines(LocalDate, HolidayCalendar, BusinessDayAdjustment)}.
   *
   * @param documentDate the document (invoice) date
   * @param paymentDate the date the payment is made
   * @param calendar the business-day calendar
   * @param adjustment how a deadline on a holiday moves
   * @return the percent, zero if no discount is earned
   * @throws NullPointerException if an argument is null
   */
  public BigDecimal discountRateOn(
      LocalDate documentDate,
      LocalDate paymentDate,
      HolidayCalendar calendar,
      BusinessDayAdjustment adjustment) {
    Objects.requireNonNull(paymentDate, "paymentDate");
    for (DiscountDeadline deadline : discountDeadlines(documentDate, calendar, adjustment)) {
      if (!paymentDate.isAfter(deadline.deadline())) {
        return deadline.tier().percent();
      }
    }
    return BigDecimal.ZERO;
  }

  /**
   * Returns the cash discount earned on an amount by paying on a date, rounded
   * {@link RoundingMode#HALF_UP} to the currency's scale, without business-day adjustment. Under
   * {@code 2/10 NET 30}, EUR 1000.00 paid within 10 days earns EUR 20.00.
   *
   * @param amountEligible the amount the discount applies to (often the gross, some hosts exclude
   *     freight or tax), zero or positive
   * @param documentDate the document (invoice) date
   * @param paymentDate the date the payment is made
   * @return the discount, zero or positive, in the amount's currency
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if amountEligible is negative
   */
  public Money discountFor(Money amountEligible, LocalDate documentDate, LocalDate paymentDate) {
    return discountFor(amountEligible, documentDate, paymentDate, RoundingMode.HALF_UP);
  }

  /**
   * Returns the cash discount earned on an amount by paying on a date, rounded with the given mode
   * to the currency's scale, without business-day adjustment. EUR 0.25 at 2 percent is EUR 0.005:
   * EUR 0.01 with {@code HALF_UP}, EUR 0.00 with {@code DOWN}.
   *
   * @param amountEligible the amount the discount applies to, zero or positive
   * @param documentDate the document (invoice) date
   * @param paymentDate the date the payment is made
   * @param rounding how the exact discount rounds to the currency's scale
   * @return the discount, zero or positive and at most {@code amountEligible}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if amountEligible is negative
   * @throws ArithmeticException if rounding is {@code UNNECESSARY} and the discount is inexact
   */
  public Money discountFor(
      Money amountEligible,
      LocalDate documentDate,
      LocalDate paymentDate,
      RoundingMode rounding) {
    return discountFor(
        amountEligible,
        documentDate,
        paymentDate,
        HolidayCalendars.NO_HOLIDAYS,
        BusinessDayAdjustment.NONE,
        rounding);
  }

  /**
   * Returns the cash discount earned on an amount by paying on a date, with deadlines moved off
   * holidays by the adjustment and the discount rounded with the given mode to the currency's scale.
   * The discount is {@code amountEligible * rate / 100} where rate is
   * {@link #discountRateOn(LocalDate, LocalDate, HolidayCalendar, BusinessDayAdjustment)}; it is zero
   * after the last deadline.
   *
   * @param amountEligible the amount the discount applies to, zero or positive
   * @param documentDate the document (invoice) date
   * @param paymentDate the date the payment is made
   * @param calendar the business-day calendar
   * @param adjustment how a deadline on a holiday moves
   * @param rounding how the exact discount rounds to the currency's scale
   * @return the discount, zero or positive and at most {@code amountEligible}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if amountEligible is negative
   * @throws ArithmeticException if rounding is {@code UNNECESSARY} and the discount is inexact
   */
  public Money discountFor(
      Money amountEligible,
      LocalDate documentDate,
      LocalDate paymentDate,
      HolidayCalendar calendar,
      BusinessDayAdjustment adjustment,
      RoundingMode rounding) {
    Objects.requireNonNull(amountEligible, "amountEligible");
    Objects.requireNonNull(rounding, "rounding");
    if (amountEligible.isNegative()) {
      throw new IllegalArgumentException(
          "The amount eligible for cash discount must not be negative: " + amountEligible);
    }
    BigDecimal rate = discountRateOn(documentDate, paymentDate, calendar, adjustment);
    if (rate.signum() == 0) {
      return Money.zero(amountEligible.currency());
    }
    return amountEligible.multipliedBy(rate.movePointLeft(2), rounding);
  }

  // ---------------------------------------------------------------------------------- internals

  private LocalDate basisDate(LocalDate documentDate) {
    return basis == DueBasis.END_OF_MONTH
        ? documentDate.with(TemporalAdjusters.lastDayOfMonth())
        : documentDate;
  }

  /**
   * Splits minor units by percent shares summing to 100 with the largest-remainder rule, ties to
   * the earlier share; a negative total is split as its absolute value and negated.
   */
  static long[] allocate(long totalMinor, List<BigDecimal> sharesPercent) {
    long abs = Math.absExact(totalMinor);
    int n = sharesPercent.size();
    long[] result = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal total = BigDecimal.valueOf(abs);
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal exact = total.multiply(sharesPercent.get(i)).movePointLeft(2);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      result[i] = floor.longValueExact();
      remainders[i] = exact.subtract(floor);
      allocated += result[i];
    }
    long leftover = abs - allocated;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable sort keeps the earlier share first among equal remainders.
    Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed());
    for (int k = 0; k < leftover; k++) {
      result[order[k]]++;
    }
    if (totalMinor < 0) {
      for (int i = 0; i < n; i++) {
        result[i] = -result[i];
      }
    }
    return result;
  }

  private static <T> List<T> copyOf(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    for (T item : list) {
      Objects.requireNonNull(item, name + " element");
    }
    return List.copyOf(list);
  }

  private static PaymentTerms create(
      DueBasis basis, int days, List<DiscountTier> tiers, List<Instalment> parts) {
    List<String> problems = new ArrayList<>();
    if (basis == DueBasis.DAY_OF_NEXT_MONTH) {
      if (days < 1 || days > 31) {
        problems.add("day of month " + days + " is not between 1 and 31");
      }
      if (!tiers.isEmpty()) {
        problems.add("cash discounts are not supported with a fixed day of next month");
      }
      if (!parts.isEmpty()) {
        problems.add("instalments are not supported with a fixed day of next month");
      }
    } else if (days < 0 || days > MAX_DAYS) {
      problems.add("net days " + days + " are not between 0 and " + MAX_DAYS);
    }
    for (int i = 1; i < tiers.size(); i++) {
      DiscountTier before = tiers.get(i - 1);
      DiscountTier tier = tiers.get(i);
      if (tier.days() <= before.days()) {
        problems.add("discount tier " + tier + " does not have more days than tier " + before);
      }
      if (tier.percent().compareTo(before.percent()) >= 0) {
        problems.add("discount tier " + tier + " does not have a lower percent than tier " + before);
      }
    }
    if (basis != DueBasis.DAY_OF_NEXT_MONTH) {
      for (DiscountTier tier : tiers) {
        if (tier.days() > days) {
          problems.add("discount tier " + tier + " has more days than the net days " + days);
        }
      }
    }
    if (!parts.isEmpty()) {
      if (!tiers.isEmpty()) {
        problems.add("cash discounts are not supported with instalments");
      }
      if (parts.size() < 2) {
        problems.add("instalment terms need at least two instalments, got " + parts.size());
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < parts.size(); i++) {
        sum = sum.add(parts.get(i).sharePercent());
        if (i > 0 && parts.get(i).days() <= parts.get(i - 1).days()) {
          problems.add("instalment " + parts.get(i) + " does not have more days than instalment "
              + parts.get(i - 1));
        }
      }
      if (sum.compareTo(Percent.HUNDRED) != 0) {
        problems.add("instalment shares sum to " + sum.toPlainString() + "%, not 100%");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid payment terms: " + String.join("; ", problems));
    }
    return new PaymentTerms(basis, days, tiers, parts);
  }

  // ---------------------------------------------------------------------------------- Object

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentTerms)) {
      return false;
    }
    PaymentTerms other = (PaymentTerms) o;
    return basis == other.basis
        && days == other.days
        && discountTiers.equals(other.discountTiers)
        && instalmentPlan.equals(other.instalmentPlan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, days, discountTiers, instalmentPlan);
  }

  /**
   * Returns the canonical notation, which {@link #parse(CharSequence)} reads back into equal terms:
   * {@code DUE ON RECEIPT}, {@code NET 30}, {@code 3/10 2/20 NET 45 EOM}, {@code DAY 15 NEXT MONTH}
   * or {@code INSTALMENTS 50%/30 50%/60}.
   *
   * @return the notation, upper case, single spaces
   */
  @Override
  public String toString() {
    if (basis == DueBasis.DAY_OF_NEXT_MONTH) {
      return "DAY " + days + " NEXT MONTH";
    }
    String eom = basis == DueBasis.END_OF_MONTH ? " EOM" : "";
    StringBuilder text = new StringBuilder();
    if (!instalmentPlan.isEmpty()) {
      text.append("INSTALMENTS");
      for (Instalment part : instalmentPlan) {
        text.append(' ').append(part);
      }
      return text.append(eom).toString();
    }
    if (basis == DueBasis.DOCUMENT_DATE && days == 0 && discountTiers.isEmpty()) {
      return "DUE ON RECEIPT";
    }
    for (DiscountTier tier : discountTiers) {
      text.append(tier).append(' ');
    }
    return text.append("NET ").append(days).append(eom).toString();
  }
}

/**
 * Late-payment interest: day-count conventions ({@link dev.o2c.aging.interest.DayCounts}), dated
 * base-rate tables ({@link dev.o2c.aging.interest.RateTable}), simple interest over a period split at
 * every rate change and every partial payment ({@link dev.o2c.aging.interest.SimpleInterest}), the
 * statutory presets of the EU Directive 2011/7/EU, the UK Late Payment Act 1998 and BGB §288 with
 * their fixed compensation ({@link dev.o2c.aging.interest.LatePaymentRegime}), the order in which a
 * payment covers costs, interest and principal ({@link dev.o2c.aging.interest.PaymentAllocation}),
 * and the per-item position a dunning run needs ({@link dev.o2c.aging.interest.LateInterest}).
 *
 * <p>Conventions: interest is simple, never compound; it runs from the day after the due date up to
 * and including the payment day ({@code paid − due} days); annual rates are {@link java.math.BigDecimal}
 * percent; year fractions and interest stay exact ({@link dev.o2c.aging.kpi.Ratio}) until the total
 * is rounded once to the currency's minor unit, half-up unless the caller says otherwise. The host
 * supplies every rate table; the library holds no current rates.
 */
package dev.o2c.aging.interest;

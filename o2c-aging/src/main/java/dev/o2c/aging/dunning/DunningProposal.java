package dev.o2c.aging.dunning;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A notice a dunning run proposes: one customer, the items it dunns each at its own level, and what
 * the letter needs (the highest level's tone, the day to pay by). Nothing is sent or recorded by
 * proposing; {@link #notices()} is what the host records once it has sent the letter.
 *
 * @param customer the customer
 * @param date the run's day, the letter's date
 * @param lines the items dunned, oldest due date first; at least one
 * @param level the highest level among the lines, which sets the letter's tone
 * @param payBy the day the letter asks to be paid by
 * @param nextEvaluation the first day a later run could propose something new for this customer
 *     (an item reaching its next level, a notice interval ending, a promise lapsing); empty if only new
 *     input (payments, new items, resolved disputes) can change it
 * @param unusedCredit the customer's credit (unapplied cash, money on account, unused credit memos) that
 *     covered no item, per currency: not deducted from the totals, but worth mentioning in the letter
 */
public record DunningProposal(
    CustomerId customer,
    LocalDate date,
    List<DunningLine> lines,
    DunningLevel level,
    LocalDate payBy,
    Optional<LocalDate> nextEvaluation,
    MoneyTotals unusedCredit) {

  /**
   * Checks the proposal and copies its lines.
   *
   * @param customer the customer
   * @param date the run's day
   * @param lines the items dunned, at least one
   * @param level the highest level among the lines
   * @param payBy the day to pay by
   * @param nextEvaluation the next day worth evaluating again, if any
   * @param unusedCredit the customer's credit that covered no item
   * @throws IllegalArgumentException if there are no lines, a line is another customer's, or the level
   *     is not the highest of the lines
   */
  public DunningProposal {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(payBy, "payBy");
    Objects.requireNonNull(nextEvaluation, "nextEvaluation");
    Objects.requireNonNull(unusedCredit, "unusedCredit");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("dunning proposal for " + customer + " has no items");
    }
    int highest = 0;
    for (DunningLine line : lines) {
      if (!line.item().customerId().equals(customer)) {
        throw new IllegalArgumentException("dunning proposal for " + customer + " lists " + line.item().documentNumber()
            + " of " + line.item().customerId());
      }
      highest = Math.max(highest, line.level().number());
    }
    if (level.number() != highest) {
      throw new IllegalArgumentException("dunning proposal for " + customer + ": level " + level.number()
          + " is not the highest of its items (" + highest + ")");
    }
  }

  /** {@return the key of the letter's wording: the highest level's} */
  public String textKey() {
    return level.textKey();
  }

  /** {@return the currencies of the lines, in code order} */
  public List<CurrencyUnit> currencies() {
    List<CurrencyUnit> currencies = new ArrayList<>();
    dunnedAmounts().amounts().forEach(m -> currencies.add(m.currency()));
    return currencies;
  }

  /** {@return the amounts dunned, summed per currency} */
  public MoneyTotals dunnedAmounts() {
    return sum(lines, DunningLine::dunnedAmount);
  }

  /** {@return the fees, summed per currency} */
  public MoneyTotals fees() {
    return sum(lines, DunningLine::fee);
  }

  /** {@return the interest, summed per currency} */
  public MoneyTotals interest() {
    return sum(lines, DunningLine::interest);
  }

  /** {@return what the customer is asked to pay, per currency: the sum of the lines' totals} */
  public MoneyTotals totals() {
    return sum(lines, DunningLine::total);
  }

  /**
   * What the customer is asked to pay in one currency.
   *
   * @param currency the currency
   * @return the sum of the lines' totals in it, zero if none
   */
  public Money totalDue(CurrencyUnit currency) {
    return totals().get(currency);
  }

  /**
   * The notices to record once the letter is sent: one per line, dated the run's day, at the line's level
   * and amount dunned. Recorded as history, they keep the next run on the same day from proposing them again.
   *
   * @return the notices, in line order
   */
  public List<DunningNotice> notices() {
    List<DunningNotice> notices = new ArrayList<>(lines.size());
    for (DunningLine line : lines) {
      notices.add(new DunningNotice(customer, line.item().documentNumber(), line.level().number(), date,
          line.dunnedAmount()));
    }
    return notices;
  }

  static MoneyTotals sum(List<DunningLine> lines, java.util.function.Function<DunningLine, Money> amount) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    lines.forEach(line -> sum.add(amount.apply(line)));
    return sum.total();
  }
}

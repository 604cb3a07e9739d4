package dev.o2c.aging.dunning;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of a reminder (dunning) letter as plain values, for the host's own template: who writes
 * to whom, the date, the level and the key of its wording, the table of items with their fees and
 * interest, the totals per currency and the day to pay by.
 *
 * <pre>{@code
 * ReminderLetter letter = ReminderLetter.of(proposal, LetterParty.of("Our Company GmbH", "Hauptstr. 1", "Berlin"),
 *     LetterParty.of(customer.name()));
 * letter.textKey();     // "second-reminder": the host's template picks its wording by it
 * letter.totals();      // EUR 1,195.00: items + fees + interest
 * }</pre>
 *
 * @param creditor who sends the letter
 * @param debtor who it is addressed to
 * @param customer the debtor's account
 * @param date the letter's date
 * @param level the letter's level (the highest of its items)
 * @param textKey the key of the wording for the level's tone
 * @param lines the items, each with its level, amount dunned, fee and interest
 * @param payBy the day to pay by
 * @param unusedCredit the customer's credit that covered no item, per currency, to mention (not deducted)
 */
public record ReminderLetter(
    LetterParty creditor,
    LetterParty debtor,
    CustomerId customer,
    LocalDate date,
    int level,
    String textKey,
    List<DunningLine> lines,
    LocalDate payBy,
    MoneyTotals unusedCredit) {

  /**
   * Checks that nothing is null and copies the lines.
   *
   * @param creditor who sends the letter
   * @param debtor who it is addressed to
   * @param customer the debtor's account
   * @param date the letter's date
   * @param level the letter's level
   * @param textKey the key of the wording
   * @param lines the items, at least one
   * @param payBy the day to pay by
   * @param unusedCredit the customer's credit that covered no item
   * @throws IllegalArgumentException if there are no lines
   */
  public ReminderLetter {
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(textKey, "textKey");
    Objects.requireNonNull(payBy, "payBy");
    Objects.requireNonNull(unusedCredit, "unusedCredit");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("reminder letter to " + customer + " has no items");
    }
  }

  /**
   * The letter for a proposed notice.
   *
   * @param proposal the notice
   * @param creditor who sends it
   * @param debtor who it is addressed to
   * @return the letter
   */
  public static ReminderLetter of(DunningProposal proposal, LetterParty creditor, LetterParty debtor) {
    return new ReminderLetter(creditor, debtor, proposal.customer(), proposal.date(), proposal.level().number(),
        proposal.textKey(), proposal.lines(), proposal.payBy(), proposal.unusedCredit());
  }

  /** {@return the amounts dunned, per currency} */
  public MoneyTotals dunnedAmounts() {
    return DunningProposal.sum(lines, DunningLine::dunnedAmount);
  }

  /** {@return the fees, per currency} */
  public MoneyTotals fees() {
    return DunningProposal.sum(lines, DunningLine::fee);
  }

  /** {@return the interest, per currency} */
  public MoneyTotals interest() {
    return DunningProposal.sum(lines, DunningLine::interest);
  }

  /** {@return what the letter asks for, per currency: amounts dunned + fees + interest} */
  public MoneyTotals totals() {
    return DunningProposal.sum(lines, DunningLine::total);
  }
}

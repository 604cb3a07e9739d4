package dev.o2c.examples.match;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.csv.SpreadsheetSafe;
import dev.o2c.examples.text.Amounts;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.Proposal;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes cash-application decisions as the CLI contract's matches CSV: one row per allocation of an
 * AUTO or SUGGESTED decision, and one UNAPPLIED row (empty {@code item_id}) for what a payment leaves
 * unapplied, so that per payment the {@code applied_amount}s add up to the payment amount. Columns:
 *
 * <p>{@code entry_ref,item_id,applied_amount,discount_amount,writeoff_amount,decision,confidence,reason},
 * then {@code deduction_amount,deduction_reason,customer_id,currency,payment_amount}.
 *
 * <p>A credit memo netted in a payment has a negative {@code applied_amount} (its open amount is
 * negative; what clears it is negative too). Text cells are spreadsheet-safe.
 */
public final class MatchesCsv {

  /** The header row. */
  public static final List<String> HEADER = List.of("entry_ref", "item_id", "applied_amount", "discount_amount",
      "writeoff_amount", "decision", "confidence", "reason", "deduction_amount", "deduction_reason", "customer_id",
      "currency", "payment_amount");

  private final CsvWriter csv;
  private long rows;

  /**
   * Starts the CSV with its header.
   *
   * @param out where the CSV goes; not closed
   */
  public MatchesCsv(Writer out) {
    this.csv = new CsvWriter(out);
    csv.row(HEADER);
  }

  /**
   * Writes the rows of one decision.
   *
   * @param decision the decision
   */
  public void write(Decision decision) {
    Payment payment = decision.payment();
    Proposal proposal = decision.proposal();
    String confidence = BigDecimal.valueOf(decision.confidence()).setScale(3, RoundingMode.HALF_UP).toPlainString();
    String reason = SpreadsheetSafe.text(decision.reason());
    String payer = decision.payer().map(Object::toString).orElse("");
    for (Allocation allocation : proposal.allocations()) {
      row(payment, allocation.item().toString(), allocation.applied(), allocation.discount(), allocation.writeOff(),
          decision.kind(), confidence, reason, allocation.deduction(),
          allocation.deductionReason().map(Enum::name).orElse(""), payer);
    }
    if (proposal.unapplied().isPositive()) {
      Money zero = Money.zero(proposal.unapplied().currency());
      row(payment, "", proposal.unapplied(), zero, zero, DecisionKind.UNAPPLIED,
          decision.kind() == DecisionKind.UNAPPLIED ? confidence : "0.000",
          decision.kind() == DecisionKind.UNAPPLIED ? reason : SpreadsheetSafe.text("remainder of "
              + decision.kind() + " decision: " + decision.reason()), zero, "", payer);
    }
  }

  /**
   * Writes the one UNAPPLIED row of a credit the run did not decide (e.g. a pending entry).
   *
   * @param entryRef the entry's reference
   * @param amount the credit's amount
   * @param reason why it was not matched
   */
  public void writeNotDecided(String entryRef, Money amount, String reason) {
    Money zero = Money.zero(amount.currency());
    csv.row(SpreadsheetSafe.text(entryRef), "", Amounts.plain(amount), Amounts.plain(zero), Amounts.plain(zero),
        DecisionKind.UNAPPLIED.name(), "0.000", SpreadsheetSafe.text(reason), Amounts.plain(zero), "", "",
        amount.currency().getCurrencyCode(), Amounts.plain(amount));
    rows++;
  }

  /** {@return how many rows (not counting the header) were written} */
  public long rowCount() {
    return rows;
  }

  private void row(Payment payment, String item, Money applied, Money discount, Money writeOff, DecisionKind kind,
      String confidence, String reason, Money deduction, String deductionReason, String payer) {
    csv.row(SpreadsheetSafe.text(payment.bankReference().toString()), SpreadsheetSafe.text(item),
        Amounts.plain(applied), Amounts.plain(discount), Amounts.plain(writeOff), kind.name(), confidence, reason,
        Amounts.plain(deduction), deductionReason, SpreadsheetSafe.text(payer),
        payment.amount().currency().getCurrencyCode(), Amounts.plain(payment.amount()));
    rows++;
  }
}

package dev.o2c.examples.dunning;

import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.SkippedItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.csv.SpreadsheetSafe;
import dev.o2c.examples.text.Amounts;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of {@code o2c dun}: the proposed notices, one row per customer and item, and the items
 * not dunned with their reasons.
 */
public final class DunningCsv {

  /**
   * The proposals' columns: {@code total_due} is what the customer is asked to pay in the row's
   * currency over all its notices of the run (items + fees + interest), repeated on each of its rows;
   * {@code dunned_amount} is the open amount less any disputed part.
   */
  public static final List<String> HEADER = List.of("customer_id", "item_id", "level", "days_overdue", "open_amount",
      "fee", "interest", "total_due", "currency", "dunned_amount", "text_key", "pay_by");

  /** The skipped items' columns. */
  public static final List<String> SKIPPED_HEADER = List.of("customer_id", "item_id", "reason", "detail");

  private DunningCsv() {}

  /**
   * Writes the proposals, in the run's order (customers by id, items oldest due first).
   *
   * @param result the run
   * @param writer where the CSV goes; not closed
   * @return the number of rows written, header not counted
   */
  public static int writeProposals(DunningResult result, Writer writer) {
    Map<CustomerId, MoneyTotals> totals = new HashMap<>();
    for (DunningProposal p : result.proposals()) {
      totals.merge(p.customer(), p.totals(), MoneyTotals::plus);
    }
    CsvWriter csv = new CsvWriter(writer);
    csv.row(HEADER);
    int rows = 0;
    for (DunningProposal p : result.proposals()) {
      for (DunningLine line : p.lines()) {
        csv.row(SpreadsheetSafe.text(p.customer().toString()), SpreadsheetSafe.text(line.item().documentNumber().toString()),
            Integer.toString(line.level().number()), Long.toString(line.daysOverdue()), Amounts.plain(line.openAmount()),
            Amounts.plain(line.fee()), Amounts.plain(line.interest()),
            Amounts.plain(totals.get(p.customer()).get(line.openAmount().currency())),
            line.openAmount().currency().getCurrencyCode(), Amounts.plain(line.dunnedAmount()), line.level().textKey(),
            p.payBy().toString());
        rows++;
      }
    }
    return rows;
  }

  /**
   * Writes the items not dunned with their reasons.
   *
   * @param result the run
   * @param writer where the CSV goes; not closed
   */
  public static void writeSkipped(DunningResult result, Writer writer) {
    CsvWriter csv = new CsvWriter(writer);
    csv.row(SKIPPED_HEADER);
    for (SkippedItem s : result.skipped()) {
      csv.row(SpreadsheetSafe.text(s.item().customerId().toString()),
          SpreadsheetSafe.text(s.item().documentNumber().toString()), s.reason().name(), s.detail());
    }
  }
}

package dev.o2c.examples.demo;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.examples.csv.CsvReader;
import dev.o2c.examples.csv.CsvRow;
import dev.o2c.examples.csv.CsvTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the demo's cash-application script: {@code date, action, payment_ref, customer_id, item_id,
 * credit_memo_id, amount, discount, writeoff, reason, note}, and checks that each action has the
 * fields it needs.
 */
final class CashStepsCsv {

  private CashStepsCsv() {}

  static List<CashStep> read(Reader reader, String source) {
    CsvTable table = CsvReader.read(reader, source).requireColumns("date", "action");
    List<CashStep> steps = new ArrayList<>();
    for (CsvRow row : table.rows()) {
      CashStep step = new CashStep(row.line(), row.date("date"), action(row), row.optional("payment_ref"),
          row.optional("customer_id"), row.optional("item_id"), row.optional("credit_memo_id"),
          row.optionalDecimal("amount"), row.optionalDecimal("discount"), row.optionalDecimal("writeoff"),
          row.optional("reason"), row.optional("note"));
      check(row, step);
      steps.add(step);
    }
    return List.copyOf(steps);
  }

  private static CashAction action(CsvRow row) {
    String action = row.required("action");
    try {
      return CashAction.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("action \"" + action + "\" is not one of APPLY, DEDUCT, IDENTIFY, RETURN, OFFSET");
    }
  }

  private static void check(CsvRow row, CashStep step) {
    switch (step.action()) {
      case APPLY:
        row.required("payment_ref");
        row.required("item_id");
        if (step.amount().isEmpty() && step.discount().isEmpty() && step.writeOff().isEmpty()) {
          throw row.error("APPLY needs an amount, a discount or a writeoff");
        }
        break;
      case DEDUCT:
        row.required("item_id");
        row.required("amount");
        deductionReason(row);
        break;
      case IDENTIFY:
        row.required("payment_ref");
        row.required("customer_id");
        break;
      case RETURN:
        row.required("payment_ref");
        break;
      default:
        row.required("item_id");
        row.required("credit_memo_id");
        row.required("amount");
        break;
    }
  }

  static DeductionReason deductionReason(CsvRow row) {
    String reason = row.required("reason");
    try {
      return DeductionReason.valueOf(reason.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("reason \"" + reason + "\" is not a deduction reason (e.g. PRICING, SHORTAGE, DAMAGE)");
    }
  }
}

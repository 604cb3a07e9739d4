package dev.o2c.examples.demo;

import dev.o2c.core.domain.Payment;
import dev.o2c.examples.text.Amounts;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.CashApplication;
import dev.o2c.matching.cashapp.CashApplicationRun;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.OpenItemBook;
import dev.o2c.matching.ledger.StatementPostings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's statement decided by the cash-application engine: every payment with the engine's
 * decision, confidence, allocations and reason, against the items as they stood before the payments.
 */
final class EngineDecisions {

  private EngineDecisions() {}

  static void print(PrintWriter out, DemoData data) {
    List<Payment> payments = new ArrayList<>();
    data.statement().statements().forEach(statement -> payments.addAll(StatementPostings.payments(statement)));
    CashApplicationRun run = CashApplication.builder(OpenItemBook.of(data.customers(), data.items())).parallelism(1)
        .build().decideAll(payments);
    out.println("Cash application engine: the same statement decided by o2c-matching, with its reasons");
    out.println("(the payments table above follows the decisions a person confirmed)");
    for (Decision d : run.decisions()) {
      Payment p = d.payment();
      out.printf(Locale.ROOT, "  %-10s %s %12s  %-9s %.2f%n", p.bankReference(), p.amount().currency().getCurrencyCode(),
          Amounts.grouped(p.amount()), d.kind(), d.confidence());
      for (Allocation a : d.proposal().allocations()) {
        StringBuilder line = new StringBuilder("      ").append(a.item()).append(" applied ").append(Amounts.grouped(a.applied()));
        if (a.discount().isPositive()) {
          line.append(", discount ").append(Amounts.grouped(a.discount()));
        }
        if (a.writeOff().isPositive()) {
          line.append(", written off ").append(Amounts.grouped(a.writeOff()));
        } else if (a.writeOff().isNegative()) {
          line.append(", exchange gain ").append(Amounts.grouped(a.writeOff().negated()));
        }
        if (a.deduction().isPositive()) {
          line.append(", deduction ").append(Amounts.grouped(a.deduction())).append(" (")
              .append(a.deductionReason().orElseThrow().name().toLowerCase(Locale.ROOT)).append(')');
        }
        out.println(line);
      }
      if (d.proposal().unapplied().isPositive()) {
        out.println("      unapplied " + Amounts.grouped(d.proposal().unapplied()) + " (to " + d.remainder().name()
            .toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
      }
      out.println("      why: " + d.reason());
    }
    out.println();
  }
}

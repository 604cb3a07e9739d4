package dev.o2c.examples.demo;

import dev.o2c.aging.collections.CollectorAssignment;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputedAmounts;
import dev.o2c.aging.collections.PromiseEvaluator;
import dev.o2c.aging.collections.PromiseReceipt;
import dev.o2c.aging.collections.Task;
import dev.o2c.aging.collections.Worklist;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.aging.collections.WorklistEntry;
import dev.o2c.aging.collections.WorklistPlanner;
import dev.o2c.aging.collections.WorklistSources;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningInput;
import dev.o2c.aging.dunning.DunningInterest;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningPolicies;
import dev.o2c.aging.dunning.DunningPolicy;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.DunningRun;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.SkippedItem;
import dev.o2c.aging.interest.LateInterest;
import dev.o2c.aging.interest.LatePaymentRegime;
import dev.o2c.aging.interest.PaymentHistory;
import dev.o2c.aging.interest.RateTable;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.examples.letters.LetterTexts;
import dev.o2c.examples.letters.TextLetters;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The collector's month after the demo's statement: a dunning run on the report date, a customer's
 * promise and the open deduction as a dispute case, then a second run a month later with the first
 * run's notices as history, statutory interest (EU Directive 2011/7/EU on an illustrative reference
 * rate), one reminder letter, and the collectors' worklists.
 */
final class CollectionsRun {

  /** Illustrative ECB reference rate (the host supplies real ones; o2c holds none). */
  private static final RateTable REFERENCE_RATES = RateTable.of(Map.of(LocalDate.of(2026, 1, 1), new BigDecimal("2.15")));

  private CollectionsRun() {}

  static void print(PrintWriter out, ReceivablesLedger ledger, List<Customer> customers, LocalDate asOf) {
    LocalDate later = asOf.plusMonths(1);
    DunningPolicy policy = DunningPolicies.withFees(DunningFee.parse("EUR 5.00"), DunningFee.parse("EUR 10.00"))
        .withInterest(DunningInterest.late(
        LateInterest.of(LatePaymentRegime.eu(REFERENCE_RATES)), PaymentHistory.ofLedger(ledger)));

    // The open deduction becomes a dispute case, due for an answer in two weeks.
    List<DisputeCase> disputes = new ArrayList<>();
    for (Customer c : customers) {
      for (Deduction d : ledger.now().openDeductions(c.id())) {
        disputes.add(DisputeCase.fromDeduction(d, "ar-team", d.createdOn().plusDays(14)));
      }
    }
    // Baltic Tools promises on the report date to pay the rest of INV-2005 by mid-April, and does not.
    PromiseToPay promise = PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(CustomerId.of("C-200"))
        .addDocumentNumbers(DocumentNumber.of("INV-2005"))
        .addPayments(PromisedPayment.of(asOf.plusDays(15), Money.of("EUR", "1785.00"))).madeOn(asOf).build();

    DunningResult first = dun(ledger, customers, policy, asOf, List.of(), List.of(promise), disputes);
    List<PromiseToPay> graded = PromiseEvaluator.STRICT.graded(List.of(promise), PromiseReceipt.ofLedger(ledger), later);
    DunningResult second = dun(ledger, customers, policy, later, first.notices(), graded, disputes);

    out.println("Dunning run of " + asOf + " (standard levels at 7/21/35 days, fees none/EUR 5.00/EUR 10.00, EU late interest"
        + " on an illustrative 2.15 % reference rate)");
    printRun(out, first);
    out.println("Promise P-1 of C-200 to pay EUR 1,785.00 on INV-2005 by " + promise.lastDate() + ", graded on " + later
        + ": " + graded.get(0).status());
    out.println();
    out.println("Dunning run of " + later + " (nothing more paid; the first run's notices as history)");
    printRun(out, second);
    if (!second.proposals().isEmpty()) {
      DunningProposal proposal = second.proposals().get(0);
      String name = customers.stream().filter(c -> c.id().equals(proposal.customer())).map(Customer::name).findFirst()
          .orElse(proposal.customer().toString());
      ReminderLetter letter = ReminderLetter.of(proposal,
          LetterParty.of("o2c Demo Supplies GmbH", "Hauptstrasse 1", "10115 Berlin"), LetterParty.of(name));
      out.println("Reminder letter to " + proposal.customer() + " (plain text renderer; hosts bring their own templates)");
      for (String line : TextLetters.reminder(letter, LetterTexts.DEFAULT).split("\n", -1)) {
        out.println(line.isEmpty() ? "  |" : "  | " + line);
      }
      out.println();
    }

    Worklist worklist = WorklistPlanner.standard(CollectorAssignment.byCustomer(Map.of(
            CustomerId.of("C-100"), CollectorId.of("anna"), CustomerId.of("C-101"), CollectorId.of("anna"),
            CustomerId.of("C-200"), CollectorId.of("ben"))))
        .plan(ledger, later, WorklistSources.empty().withPromises(graded)
            .withDisputes(WorklistDispute.openOn(disputes, later)));
    out.println("Collectors' worklists on " + later + " (standard scoring; C-300 has no collector)");
    for (CollectorId collector : worklist.collectors()) {
      out.println("  " + collector);
      for (WorklistEntry entry : worklist.entries(collector)) {
        out.println("    #" + entry.rank() + " " + entry.customer() + " score " + entry.total().stripTrailingZeros()
            .toPlainString() + ": " + entry.reason());
      }
      for (Task task : worklist.tasks(collector)) {
        out.println("    task " + task.priority() + " due " + task.dueDate() + ": " + task.description());
      }
    }
    if (!worklist.unassigned().isEmpty() || !worklist.unassignedTasks().isEmpty()) {
      out.println("  fallback queue");
      worklist.unassigned().forEach(e -> out.println("    " + e.customer() + ": " + e.reason()));
      worklist.unassignedTasks().forEach(t -> out.println("    task " + t.priority() + " due " + t.dueDate() + ": "
          + t.description()));
    }
    out.println();
  }

  private static DunningResult dun(ReceivablesLedger ledger, List<Customer> customers, DunningPolicy policy,
      LocalDate day, List<DunningNotice> history, List<PromiseToPay> promises, List<DisputeCase> disputes) {
    LedgerView view = ledger.asOf(day);
    List<OpenItem> open = new ArrayList<>();
    DunningInput.Builder input = DunningInput.builder().history(history).promises(promises)
        .disputedAmounts(DisputedAmounts.asOf(disputes, view, day));
    for (Customer c : customers) {
      open.addAll(view.openItems(c.id()));
      input.credit(c.id(), view.unappliedCash(c.id()).plus(view.onAccount(c.id())));
    }
    return DunningRun.evaluate(input.openItems(open).build(), policy, day);
  }

  private static void printRun(PrintWriter out, DunningResult result) {
    TextTable table = new TextTable().left("Customer").left("Item").right("Days late").right("Level").right("Dunned")
        .right("Fee").right("Interest").right("Total").left("Cur");
    for (DunningProposal proposal : result.proposals()) {
      for (DunningLine line : proposal.lines()) {
        table.row(proposal.customer().toString(), line.item().documentNumber().toString(),
            Long.toString(line.daysOverdue()), Integer.toString(line.level().number()),
            Amounts.grouped(line.dunnedAmount()), Amounts.grouped(line.fee()), Amounts.grouped(line.interest()),
            Amounts.grouped(line.total()), line.total().currency().getCurrencyCode());
      }
    }
    if (table.size() == 0) {
      out.println("  no notice");
    } else {
      out.print(table.render("  "));
    }
    for (SkippedItem skipped : result.skipped()) {
      out.println("  not dunned: " + skipped.item().customerId() + " " + skipped.item().documentNumber() + ": "
          + skipped.detail());
    }
    out.println();
  }
}

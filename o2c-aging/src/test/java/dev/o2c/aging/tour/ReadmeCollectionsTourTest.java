package dev.o2c.aging.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.collections.CollectorAssignment;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputedAmounts;
import dev.o2c.aging.collections.Worklist;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.aging.collections.WorklistPlanner;
import dev.o2c.aging.collections.WorklistSources;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningInput;
import dev.o2c.aging.dunning.DunningInterest;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningPolicies;
import dev.o2c.aging.dunning.DunningPolicy;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.DunningRun;
import dev.o2c.aging.interest.LateInterest;
import dev.o2c.aging.interest.LatePaymentRegime;
import dev.o2c.aging.interest.PaymentHistory;
import dev.o2c.aging.interest.RateTable;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The "Dunning and collections" snippet of README.md's API tour, kept compiling and true. Change both together. */
class ReadmeCollectionsTourTest {

  @Test
  void test_readmeTour() {
    CustomerId acme = CustomerId.of("C-42");
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 3, 1),
        Customer.builder().id(acme).name("Acme GmbH").currency(Monetary.getCurrency("EUR")).build()));
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("INV-1001")).customerId(acme)
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
        .originalAmount(Money.of("EUR", "1190.00")).build()));
    RateTable referenceRates = RateTable.of(Map.of(LocalDate.of(2026, 1, 1), new BigDecimal("2.15")));
    LocalDate runDay = LocalDate.of(2026, 4, 30);
    List<DunningNotice> sentNotices = new ArrayList<>();
    List<PromiseToPay> promises = List.of();
    List<DisputeCase> disputes = List.of();

    // --- README: Dunning and collections
    LatePaymentRegime eu = LatePaymentRegime.eu(referenceRates);      // Directive 2011/7/EU; the host supplies the rates
    DunningPolicy policy = DunningPolicies.withFees(                 // levels at 7/21/35 days, 14 days apart
        DunningFee.parse("EUR 5.00"), DunningFee.parse("EUR 10.00")).withInterest(
        DunningInterest.late(LateInterest.of(eu), PaymentHistory.ofLedger(ledger)));
    DunningInput input = DunningInput.builder().openItems(ledger.asOf(runDay).openItems(acme))
        .history(sentNotices).promises(promises)                     // an open promise pauses its items
        .disputedAmounts(DisputedAmounts.asOf(disputes, ledger.asOf(runDay), runDay)).build();
    DunningResult run = DunningRun.evaluate(input, policy, runDay);  // proposals and skipped items; nothing is sent
    sentNotices.addAll(run.notices());                               // once the letters are out: the next run's history
    Worklist work = WorklistPlanner.standard(CollectorAssignment.byCustomer(Map.of(acme, CollectorId.of("anna"))))
        .plan(ledger, runDay, WorklistSources.empty().withPromises(promises)
            .withDisputes(WorklistDispute.openOn(disputes, runDay)));
    work.entries(CollectorId.of("anna")).forEach(e -> System.out.println(e.rank() + " " + e.reason()));
    // --- end

    // 30 days late: the reminder; EU interest 1,190.00 x 10.15 % x 30 / 365 = 9.93
    assertThat(run.proposals()).hasSize(1);
    assertThat(run.proposals().get(0).lines().get(0).interest()).isEqualTo(Money.of("EUR", "9.93"));
    assertThat(sentNotices).hasSize(1);
    assertThat(DunningRun.evaluate(DunningInput.builder().openItems(ledger.asOf(runDay).openItems(acme))
        .history(sentNotices).build(), policy, runDay).proposals()).isEmpty();
    assertThat(work.entries(CollectorId.of("anna"))).hasSize(1);
  }
}

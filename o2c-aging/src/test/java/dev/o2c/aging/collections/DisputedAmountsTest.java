package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.DAY;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputedAmountsTest {

  static final LocalDate RAISED = DAY.plusDays(5);

  static DisputeCase dispute(String id, String item, String amount) {
    return DisputeCase.raise(DisputeId.of(id), ACME, DeductionReason.PRICING,
        List.of(DisputeLine.of(doc(item), eur(amount))), "anna", RAISED, RAISED.plusDays(30));
  }

  @Test
  void test_openRaisedCases_addUpPerItem_cappedAtTheOpenAmount() {
    List<OpenItem> items = List.of(
        CollectionsBooks.invoice("INV-1", ACME, eur("1000.00"), DAY),
        CollectionsBooks.invoice("INV-2", ACME, eur("400.00"), DAY).withOpenAmount(eur("100.00")));
    List<DisputeCase> cases = List.of(
        dispute("DSP-1", "INV-1", "120.00"),
        dispute("DSP-2", "INV-1", "30.00"),
        dispute("DSP-3", "INV-2", "400.00"),
        dispute("DSP-4", "INV-9", "10.00"));                         // no longer open

    assertThat(DisputedAmounts.asOf(cases, items, RAISED))
        .containsExactly(Map.entry(doc("INV-1"), eur("150.00")), Map.entry(doc("INV-2"), eur("100.00")));
  }

  @Test
  void test_resolvedCases_casesFromDeductions_andCasesNotYetRaised_addNothing() {
    List<OpenItem> items = List.of(CollectionsBooks.invoice("INV-1", ACME, eur("1000.00"), DAY));
    DisputeCase resolved = dispute("DSP-1", "INV-1", "120.00")
        .moveTo(DisputeStatus.CREDITED, RAISED.plusDays(3), "anna", Optional.empty());
    ReceivablesLedger ledger = DisputeResolverTest.shortPaid();
    DisputeCase fromDeduction = DisputeResolverTest.deductionCase(ledger);

    assertThat(DisputedAmounts.asOf(List.of(resolved, fromDeduction), items, RAISED.plusDays(2)))
        .containsOnlyKeys(doc("INV-1")).containsEntry(doc("INV-1"), eur("120.00"));
    assertThat(DisputedAmounts.asOf(List.of(resolved, fromDeduction), items, RAISED.plusDays(3))).isEmpty();
    assertThat(DisputedAmounts.asOf(List.of(resolved), items, RAISED.minusDays(1))).isEmpty();
    assertThat(fromDeduction.deduction()).contains(DeductionId.of("DED-1"));
  }

  @Test
  void test_fromALedgerView_readsTheOpenItemsOfTheCasesCustomers() {
    ReceivablesLedger ledger = DisputeResolverTest.twoInvoices();
    CollectionsBooks.pay(ledger, "B-2", "INV-2", eur("390.00"), DAY.plusDays(10));
    DisputeCase disputeCase = DisputeResolverTest.raisedCase();

    assertThat(DisputedAmounts.asOf(List.of(disputeCase), ledger.asOf(DAY.plusDays(9)), DAY.plusDays(9)))
        .containsExactly(Map.entry(doc("INV-1"), eur("120.00")), Map.entry(doc("INV-2"), eur("400.00")));
    assertThat(DisputedAmounts.asOf(List.of(disputeCase), ledger.asOf(DAY.plusDays(10)), DAY.plusDays(10)))
        .containsExactly(Map.entry(doc("INV-1"), eur("120.00")), Map.entry(doc("INV-2"), eur("10.00")));
  }

  @Test
  void test_aDisputeInAnotherCurrencyThanTheItem_isRefused() {
    List<OpenItem> items = List.of(CollectionsBooks.invoice("INV-1", ACME, eur("1000.00"), DAY));
    DisputeCase usd = DisputeCase.raise(DisputeId.of("DSP-9"), ACME, DeductionReason.OTHER,
        List.of(DisputeLine.of(doc("INV-1"), Money.of("USD", "5.00"))), "anna", RAISED, RAISED);

    assertThatThrownBy(() -> DisputedAmounts.asOf(List.of(usd), items, RAISED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dispute DSP-9 disputes USD 5.00 on INV-1, which is in EUR");
  }
}

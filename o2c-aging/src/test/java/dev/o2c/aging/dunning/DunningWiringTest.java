package dev.o2c.aging.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputeId;
import dev.o2c.aging.collections.DisputeLine;
import dev.o2c.aging.collections.DisputedAmounts;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.aging.interest.LateInterest;
import dev.o2c.aging.interest.LatePaymentRegime;
import dev.o2c.aging.interest.PaymentHistory;
import dev.o2c.aging.interest.RateTable;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Dunning fed the way a host wires it: interest from the ledger's payments, disputed amounts from dispute cases. */
class DunningWiringTest {

  private static final CustomerId ACME = CustomerId.of("C-42");
  private static final LocalDate AS_OF = LocalDate.of(2024, 8, 31);
  private static final RateTable BASE_RATES = RateTable.of(Map.of(
      LocalDate.of(2024, 1, 1), new BigDecimal("3.62"), LocalDate.of(2024, 7, 1), new BigDecimal("3.37")));

  private static OpenItem invoice(String number, String amount) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(ACME).kind(ItemKind.INVOICE)
        .documentDate(LocalDate.of(2024, 5, 1)).dueDate(LocalDate.of(2024, 5, 31))
        .originalAmount(Money.of("EUR", amount)).build();
  }

  @Test
  void interest_comes_from_the_ledgers_payments_and_disputed_amounts_from_the_cases() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2024, 5, 1),
        Customer.builder().id(ACME).name("Acme GmbH").currency(Monetary.getCurrency("EUR")).build()));
    ledger.post(PostItem.of(invoice("INV-1", "10000.00")));
    ledger.post(PostItem.of(invoice("INV-2", "1000.00")));
    Payment payment = Payment.builder().bankReference(BankReference.of("B1")).amount(Money.of("EUR", "4000.00"))
        .valueDate(LocalDate.of(2024, 7, 15)).customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    ledger.post(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-1"), Money.of("EUR", "4000.00"),
        LocalDate.of(2024, 7, 16)));
    DisputeCase quality = DisputeCase.raise(DisputeId.of("D-1"), ACME, DeductionReason.DAMAGE,
        List.of(DisputeLine.of(DocumentNumber.of("INV-2"), Money.of("EUR", "300.00"))), "collector",
        LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 20));

    DunningPolicy policy = LevelDunningPolicy.builder().level(7, DunningFee.NONE, "reminder", 10)
        .interest(DunningInterest.late(LateInterest.of(LatePaymentRegime.germanyB2b(BASE_RATES)),
            PaymentHistory.ofLedger(ledger)))
        .build();
    DunningInput input = DunningInput.builder().openItems(ledger.asOf(AS_OF).openItems(ACME))
        .disputedAmounts(DisputedAmounts.asOf(List.of(quality), ledger.asOf(AS_OF), AS_OF)).build();
    DunningResult result = DunningRun.evaluate(input, policy, AS_OF);

    Map<String, DunningLine> lines = DunningRunTest.linesByItem(result);
    // INV-1: 10,000 due 31 May, 4,000 arrived 15 Jul (value date; applied a day later), BGB §288(2) with
    // base 3.62 % then 3.37 %: 154.56 interest to 15 Jul is paid first by §367, 98.67 on the 6,194.56
    // left from 16 Jul to 31 Aug is open (the worked example of LateInterestTest).
    assertThat(lines.get("INV-1").interest()).isEqualTo(Money.of("EUR", "98.67"));
    // INV-2: 1,000 with 300 in dispute: 700 dunned, and interest on the undisputed 700 from 1 Jun:
    // 700 x (12.62 % x 30 + 12.37 % x 62) / 365 = (2,650.20 + 5,368.58) / 365 = 21.9693 -> 21.97
    assertThat(lines.get("INV-2").dunnedAmount()).isEqualTo(Money.of("EUR", "700.00"));
    assertThat(lines.get("INV-2").interest()).isEqualTo(Money.of("EUR", "21.97"));
    // the case is past its target: the worklist sees it as a task
    assertThat(WorklistDispute.openOn(List.of(quality), AS_OF))
        .containsExactly(new WorklistDispute(ACME, "D-1", LocalDate.of(2024, 8, 20), Money.of("EUR", "300.00")));
  }
}

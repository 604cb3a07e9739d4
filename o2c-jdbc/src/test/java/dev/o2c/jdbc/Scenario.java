package dev.o2c.jdbc;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.ClosePeriod;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.MoveCash;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.PostOpeningCash;
import dev.o2c.core.ledger.PostOpeningItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.Refund;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ResolveDeduction;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.ledger.ReviewDeduction;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.ledger.WriteOffBadDebt;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;

/**
 * A small but complete book of receivables as commands, in two currencies: cut-over, customers
 * with a parent, invoices, a credit memo, payments known and in suspense, applications with
 * discount by rule, an unapply, a return after a refund, a short payment with a deduction, a
 * bad-debt write-off and a closed period.
 */
final class Scenario {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private Scenario() {}

  static CustomerId customer(int n) {
    return CustomerId.of("C-" + n);
  }

  static DocumentNumber doc(String number) {
    return DocumentNumber.of(number);
  }

  static OpenItem invoice(String number, int customer, String currency, String amount, LocalDate date) {
    return OpenItem.builder().documentNumber(doc(number)).customerId(customer(customer)).kind(ItemKind.INVOICE)
        .documentDate(date).dueDate(date.plusDays(30)).originalAmount(Money.of(currency, amount))
        .terms(PaymentTerms.TWO_TEN_NET_30).build();
  }

  static Payment payment(String reference, Integer customer, String currency, String amount, LocalDate date) {
    Payment.Builder b = Payment.builder().bankReference(BankReference.of(reference))
        .receivingAccount("DE02120300000000202051").amount(Money.of(currency, amount)).valueDate(date)
        .remittance(Remittance.ofText("payment " + reference));
    if (customer != null) {
      b.customerId(customer(customer));
    }
    return b.build();
  }

  static PaymentId paymentId(String reference) {
    return PaymentId.of("DE02120300000000202051", BankReference.of(reference));
  }

  /** The commands, in posting order; the ledger accepts every one. */
  static List<LedgerCommand> commands() {
    List<LedgerCommand> c = new ArrayList<>();
    LocalDate cutOver = DAY.minusDays(1);
    c.add(RegisterCustomers.of(cutOver,
        Customer.builder().id(customer(2)).name("Acme Retail \"Süd\"").currency(Monetary.getCurrency("EUR"))
            .parentId(customer(1)).build(),
        Customer.builder().id(customer(1)).name("Acme Holding").currency(Monetary.getCurrency("EUR"))
            .addBankAccounts("DE44500105175407324931").creditLimit(Money.of("EUR", "50000.00")).build(),
        Customer.builder().id(customer(3)).name("Globex Inc.").currency(Monetary.getCurrency("USD"))
            .defaultTerms(PaymentTerms.NET_30).build()));
    OpenItem old = invoice("OLD-1", 1, "EUR", "500.00", cutOver.minusDays(20));
    c.add(PostOpeningItem.of(old.withOpenAmount(Money.of("EUR", "200.00")), cutOver));
    c.add(PostOpeningCash.of(payment("OPEN-CASH-1", 3, "USD", "75.00", cutOver), CashBucket.ON_ACCOUNT, cutOver));

    c.add(PostItem.of(invoice("INV-1", 1, "EUR", "1190.00", DAY)));
    c.add(PostItem.of(invoice("INV-2", 2, "EUR", "238.00", DAY)));
    c.add(PostItem.of(invoice("INV-3", 3, "USD", "1000.00", DAY)));
    c.add(PostItem.of(invoice("INV-4", 2, "EUR", "100.00", DAY)));
    c.add(PostItem.of(OpenItem.builder().documentNumber(doc("CM-1")).customerId(customer(2)).kind(ItemKind.CREDIT_MEMO)
        .documentDate(DAY).dueDate(DAY).originalAmount(Money.of("EUR", "-38.00")).build()));
    c.add(OffsetCreditMemo.of(doc("CM-1"), doc("INV-2"), Money.of("EUR", "38.00"), DAY));

    LocalDate paid = DAY.plusDays(10);
    // Paid within 10 days: the discount comes from the terms (2 % of 1190.00).
    c.add(ReceivePayment.of(payment("BANK-1", 1, "EUR", "1166.20", paid)));
    c.add(ApplyPayment.of(paymentId("BANK-1"), doc("INV-1"), Money.of("EUR", "1166.20"), paid));
    // The parent pays its subsidiary's invoice, short: the shortfall becomes a deduction.
    c.add(ReceivePayment.of(payment("BANK-2", 1, "EUR", "150.00", paid)));
    c.add(ApplyPayment.builder().payment(paymentId("BANK-2")).item(doc("INV-2")).applied(Money.of("EUR", "150.00"))
        .date(paid).discount(Money.zero(Monetary.getCurrency("EUR"))).build());
    c.add(OpenDeduction.builder().deduction(DeductionId.of("D-1")).item(doc("INV-2")).amount(Money.of("EUR", "50.00"))
        .reason(DeductionReason.DAMAGE).date(paid).payment(paymentId("BANK-2")).note("2 cartons damaged").build());
    c.add(ReviewDeduction.of(DeductionId.of("D-1"), paid.plusDays(1)));
    c.add(ResolveDeduction.of(DeductionId.of("D-1"), DeductionStatus.RESOLVED_CREDITED, paid.plusDays(2)));

    // Unknown payer: suspense, then identified, applied, unapplied, applied again.
    c.add(ReceivePayment.of(payment("BANK-3", null, "USD", "1000.00", paid)));
    c.add(IdentifyPayer.of(paymentId("BANK-3"), customer(3), paid.plusDays(1)));
    c.add(ApplyPayment.of(paymentId("BANK-3"), doc("INV-3"), Money.of("USD", "900.00"), paid.plusDays(1)));
    c.add(Unapply.of(ApplicationId.of(c.size()), paid.plusDays(2)));
    c.add(ApplyPayment.of(paymentId("BANK-3"), doc("INV-3"), Money.of("USD", "1000.00"), paid.plusDays(3)));

    // Paid, part refunded, then returned by the bank.
    c.add(ReceivePayment.of(payment("BANK-4", 2, "EUR", "130.00", paid)));
    c.add(ApplyPayment.of(paymentId("BANK-4"), doc("INV-4"), Money.of("EUR", "100.00"), paid));
    c.add(MoveCash.of(paymentId("BANK-4"), CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT, Money.of("EUR", "10.00"), paid));
    c.add(Refund.of(paymentId("BANK-4"), CashBucket.UNAPPLIED, Money.of("EUR", "20.00"), paid.plusDays(1)));
    c.add(ReturnPayment.builder().payment(paymentId("BANK-4")).date(paid.plusDays(5)).reason("AC04").build());

    c.add(WriteOffBadDebt.builder().item(doc("OLD-1")).amount(Money.of("EUR", "200.00")).date(paid.plusDays(6))
        .reason("insolvent").build());
    c.add(ClosePeriod.of(DAY.plusDays(30)));
    return c;
  }
}

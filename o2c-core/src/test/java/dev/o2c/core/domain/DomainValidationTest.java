package dev.o2c.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class DomainValidationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  @Test
  void test_openItem_reportsAllProblemsAtOnce() {
    assertThatThrownBy(() -> OpenItem.builder().documentNumber(DocumentNumber.of("CM-1")).customerId(CustomerId.of("C1"))
        .kind(ItemKind.CREDIT_MEMO)
        .documentDate(DAY).dueDate(DAY.minusDays(1)).originalAmount(Money.of("EUR", "10.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is before documentDate")
        .hasMessageContaining("CREDIT_MEMO originalAmount must be negative");
  }

  @Test
  void test_openItem_openAmountMustStayWithinOriginal() {
    OpenItem.Builder invoice = OpenItem.builder().documentNumber(DocumentNumber.of("INV-1")).customerId(CustomerId.of("C1")).kind(ItemKind.INVOICE)
        .documentDate(DAY).dueDate(DAY).originalAmount(Money.of("EUR", "10.00"));
    assertThatThrownBy(() -> invoice.openAmount(Money.of("EUR", "10.01")).build())
        .hasMessageContaining("outside [0, EUR 10.00]");

    OpenItem memo = OpenItem.builder().documentNumber(DocumentNumber.of("CM-1")).customerId(CustomerId.of("C1")).kind(ItemKind.CREDIT_MEMO)
        .documentDate(DAY).dueDate(DAY).originalAmount(Money.of("EUR", "-10.00")).build();
    assertThat(memo.withOpenAmount(Money.of("EUR", "-4.00")).openAmount()).isEqualTo(Money.of("EUR", "-4.00"));
    assertThatThrownBy(() -> memo.withOpenAmount(Money.of("EUR", "4.00"))).hasMessageContaining("outside");
    assertThatThrownBy(() -> memo.withOpenAmount(Money.of("USD", "-4.00"))).hasMessageContaining("currency");
  }

  @Test
  void test_payment_mustBePositive_remittanceMayNameOtherCurrencies() {
    assertThatThrownBy(() -> Payment.builder().bankReference(BankReference.of("B1")).amount(Money.of("EUR", "0.00"))
        .valueDate(DAY).build())
        .hasMessageContaining("is not positive");
    // A payer may quote an invoice's amount in the invoice currency: remittance is what was said, not booked.
    Payment quoted = Payment.builder().bankReference(BankReference.of("B2")).amount(Money.of("EUR", "5.00"))
        .valueDate(DAY).remittance(Remittance.builder()
            .addStructured(StructuredReference.ofDocument("INV-1", Money.of("USD", "5.40"))).build())
        .build();
    assertThat(quoted.remittance().structured().get(0).referredDocuments().get(0).number()).contains("INV-1");
    Payment payment = Payment.builder().bankReference(BankReference.of("B1")).amount(Money.of("EUR", "5.00")).valueDate(DAY)
        .remittance(Remittance.ofText("INV-1 and", "INV-2")).build();
    assertThat(payment.remittance().text()).isEqualTo("INV-1 and INV-2");
    assertThat(payment.withCustomerId(CustomerId.of("C1")).customerId()).contains(CustomerId.of("C1"));
  }

  @Test
  void test_paymentId_isReceivingAccountPlusBankReference_unlessGiven() {
    Payment plain = Payment.builder().bankReference(BankReference.of("B1")).amount(Money.of("EUR", "5.00"))
        .valueDate(DAY).build();
    assertThat(plain.id()).isEqualTo(PaymentId.of("B1"));
    Payment onAccount = Payment.builder().bankReference(BankReference.of("B1")).receivingAccount("DE89370400440532013000")
        .amount(Money.of("EUR", "5.00")).valueDate(DAY).build();
    assertThat(onAccount.id()).isEqualTo(PaymentId.of("DE89370400440532013000/B1")).isNotEqualTo(plain.id());
    Payment given = Payment.builder().id(PaymentId.of("stmt-7/3")).bankReference(BankReference.of("B1"))
        .amount(Money.of("EUR", "5.00")).valueDate(DAY).build();
    assertThat(given.id()).isEqualTo(PaymentId.of("stmt-7/3"));
  }

  @Test
  void test_ids_refuseBlankPaddedAndControlText() {
    assertThatThrownBy(() -> DocumentNumber.of(" ")).hasMessageContaining("document number is blank");
    assertThatThrownBy(() -> CustomerId.of(" C1")).hasMessageContaining("leading or trailing white space");
    assertThatThrownBy(() -> BankReference.of("A\nB")).hasMessageContaining("control character");
    assertThatThrownBy(() -> CustomerId.of("x".repeat(141))).hasMessageContaining("longer than 140");
    assertThat(CustomerId.of("C1")).isEqualTo(CustomerId.of("C1")).hasToString("C1");
    assertThat(CustomerId.of("C1").compareTo(CustomerId.of("C2"))).isNegative();
    assertThat((Object) CustomerId.of("X")).isNotEqualTo(DocumentNumber.of("X"));
  }

  @Test
  void test_customer_creditLimitInAccountCurrency() {
    assertThatThrownBy(() -> Customer.builder().id(CustomerId.of("C1")).name("Acme").currency(Monetary.getCurrency("EUR"))
        .creditLimit(Money.of("USD", "-1.00")).parentId(CustomerId.of("C1")).build())
        .hasMessageContaining("differs from account currency")
        .hasMessageContaining("is negative")
        .hasMessageContaining("parentId is the customer itself");
  }

  @Test
  void test_deduction_followsItsLifecycle() {
    Deduction deduction = Deduction.builder().id(DeductionId.of("D1")).customerId(CustomerId.of("C1")).documentNumber(DocumentNumber.of("INV-1"))
        .amount(Money.of("EUR", "5.00")).reason(DeductionReason.SHORTAGE).createdOn(DAY).build();
    assertThat(deduction.status()).isEqualTo(DeductionStatus.OPEN);
    Deduction resolved = deduction.moveTo(DeductionStatus.IN_REVIEW).moveTo(DeductionStatus.RESOLVED_CREDITED);
    assertThat(resolved.status().isResolved()).isTrue();
    assertThatThrownBy(() -> resolved.moveTo(DeductionStatus.OPEN)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot move from RESOLVED_CREDITED to OPEN");
  }

  @Test
  void test_promiseToPay_datesIncreaseAndTotalAddsUp() {
    PromiseToPay promise = PromiseToPay.builder().id(PromiseId.of("P1")).customerId(CustomerId.of("C1")).madeOn(DAY).addDocumentNumbers(DocumentNumber.of("INV-1"))
        .addPayments(PromisedPayment.of(DAY.plusDays(7), Money.of("EUR", "100.00")),
            PromisedPayment.of(DAY.plusDays(14), Money.of("EUR", "50.50")))
        .build();
    assertThat(promise.totalAmount()).isEqualTo(Money.of("EUR", "150.50"));
    assertThat(promise.lastDate()).isEqualTo(DAY.plusDays(14));
    assertThat(promise.withStatus(PromiseStatus.KEPT).status()).isEqualTo(PromiseStatus.KEPT);
    assertThatThrownBy(() -> PromiseToPay.builder().id(PromiseId.of("P2")).customerId(CustomerId.of("C1")).madeOn(DAY)
        .addPayments(PromisedPayment.of(DAY.plusDays(7), Money.of("EUR", "1.00")),
            PromisedPayment.of(DAY.plusDays(7), Money.of("USD", "1.00")))
        .build())
        .hasMessageContaining("not strictly increasing")
        .hasMessageContaining("mix currencies");
  }
}

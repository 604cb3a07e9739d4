package dev.o2c.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class DomainValidationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  @Test
  void test_openItem_reportsAllProblemsAtOnce() {
    assertThatThrownBy(() -> OpenItem.builder().documentNumber(" ").customerId("").kind(ItemKind.CREDIT_MEMO)
        .documentDate(DAY).dueDate(DAY.minusDays(1)).originalAmount(Money.of("EUR", "10.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documentNumber is blank")
        .hasMessageContaining("customerId is blank")
        .hasMessageContaining("is before documentDate")
        .hasMessageContaining("CREDIT_MEMO originalAmount must be negative");
  }

  @Test
  void test_openItem_openAmountMustStayWithinOriginal() {
    OpenItem.Builder invoice = OpenItem.builder().documentNumber("INV-1").customerId("C1").kind(ItemKind.INVOICE)
        .documentDate(DAY).dueDate(DAY).originalAmount(Money.of("EUR", "10.00"));
    assertThatThrownBy(() -> invoice.openAmount(Money.of("EUR", "10.01")).build())
        .hasMessageContaining("outside [0, EUR 10.00]");

    OpenItem memo = OpenItem.builder().documentNumber("CM-1").customerId("C1").kind(ItemKind.CREDIT_MEMO)
        .documentDate(DAY).dueDate(DAY).originalAmount(Money.of("EUR", "-10.00")).build();
    assertThat(memo.withOpenAmount(Money.of("EUR", "-4.00")).openAmount()).isEqualTo(Money.of("EUR", "-4.00"));
    assertThatThrownBy(() -> memo.withOpenAmount(Money.of("EUR", "4.00"))).hasMessageContaining("outside");
    assertThatThrownBy(() -> memo.withOpenAmount(Money.of("USD", "-4.00"))).hasMessageContaining("currency");
  }

  @Test
  void test_payment_mustBePositiveAndRemittanceInPaymentCurrency() {
    assertThatThrownBy(() -> Payment.builder().bankReference("B1").amount(Money.of("EUR", "0.00")).valueDate(DAY)
        .remittance(Remittance.builder().addReferences(RemittanceReference.of("INV-1", Money.of("USD", "1.00")))
            .build())
        .build())
        .hasMessageContaining("is not positive")
        .hasMessageContaining("not in the payment currency");
    Payment payment = Payment.builder().bankReference("B1").amount(Money.of("EUR", "5.00")).valueDate(DAY)
        .remittance(Remittance.ofText("INV-1 and", "INV-2")).build();
    assertThat(payment.remittance().text()).isEqualTo("INV-1 and INV-2");
    assertThat(payment.withCustomerId("C1").customerId()).contains("C1");
  }

  @Test
  void test_customer_creditLimitInAccountCurrency() {
    assertThatThrownBy(() -> Customer.builder().id("C1").name("Acme").currency(Monetary.getCurrency("EUR"))
        .creditLimit(Money.of("USD", "-1.00")).parentId("C1").build())
        .hasMessageContaining("differs from account currency")
        .hasMessageContaining("is negative")
        .hasMessageContaining("parentId is the customer itself");
  }

  @Test
  void test_deduction_followsItsLifecycle() {
    Deduction deduction = Deduction.builder().id("D1").customerId("C1").documentNumber("INV-1")
        .amount(Money.of("EUR", "5.00")).reason(DeductionReason.SHORTAGE).createdOn(DAY).build();
    assertThat(deduction.status()).isEqualTo(DeductionStatus.OPEN);
    Deduction resolved = deduction.moveTo(DeductionStatus.IN_REVIEW).moveTo(DeductionStatus.RESOLVED_CREDITED);
    assertThat(resolved.status().isResolved()).isTrue();
    assertThatThrownBy(() -> resolved.moveTo(DeductionStatus.OPEN)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot move from RESOLVED_CREDITED to OPEN");
  }

  @Test
  void test_promiseToPay_datesIncreaseAndTotalAddsUp() {
    PromiseToPay promise = PromiseToPay.builder().id("P1").customerId("C1").madeOn(DAY).addDocumentNumbers("INV-1")
        .addPayments(PromisedPayment.of(DAY.plusDays(7), Money.of("EUR", "100.00")),
            PromisedPayment.of(DAY.plusDays(14), Money.of("EUR", "50.50")))
        .build();
    assertThat(promise.totalAmount()).isEqualTo(Money.of("EUR", "150.50"));
    assertThat(promise.lastDate()).isEqualTo(DAY.plusDays(14));
    assertThat(promise.withStatus(PromiseStatus.KEPT).status()).isEqualTo(PromiseStatus.KEPT);
    assertThatThrownBy(() -> PromiseToPay.builder().id("P2").customerId("C1").madeOn(DAY)
        .addPayments(PromisedPayment.of(DAY.plusDays(7), Money.of("EUR", "1.00")),
            PromisedPayment.of(DAY.plusDays(7), Money.of("USD", "1.00")))
        .build())
        .hasMessageContaining("not strictly increasing")
        .hasMessageContaining("mix currencies");
  }
}

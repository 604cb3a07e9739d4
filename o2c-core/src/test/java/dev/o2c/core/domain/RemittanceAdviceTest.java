package dev.o2c.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.BankReference;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemittanceAdviceTest {

  private static final Remittance LIST = Remittance.builder()
      .addStructured(StructuredReference.ofDocument("INV-1", Money.of("EUR", "600.00")))
      .addStructured(StructuredReference.ofDocument("INV-2", Money.of("EUR", "400.00"))).build();

  private static RemittanceAdvice.Builder advice(String id) {
    return RemittanceAdvice.builder().id(id).remittance(LIST);
  }

  @Test
  void test_bankReferenceOnly_builds() {
    RemittanceAdvice a = advice("RA-1").bankReference(BankReference.of("B-77")).build();
    assertThat(a.bankReference()).contains(BankReference.of("B-77"));
    assertThat(a.endToEndId()).isEmpty();
    assertThat(a.payerAccount()).isEmpty();
    assertThat(a.amount()).isEmpty();
    assertThat(a.remittance()).isEqualTo(LIST);
  }

  @Test
  void test_endToEndIdOnly_builds() {
    RemittanceAdvice a = advice("RA-2").endToEndId("PAY-2026-0042").build();
    assertThat(a.endToEndId()).contains("PAY-2026-0042");
    assertThat(a.bankReference()).isEmpty();
  }

  @Test
  void test_payerAccountWithAmount_builds_withDateAndNameOptional() {
    RemittanceAdvice a = advice("RA-3").payerAccount("DE89 3704 0044 0532 0130 00")
        .amount(Money.of("EUR", "1000.00")).build();
    assertThat(a.payerAccount()).contains("DE89 3704 0044 0532 0130 00");
    assertThat(a.amount()).contains(Money.of("EUR", "1000.00"));
    assertThat(a.paymentDate()).isEmpty();
    assertThat(a.payerName()).isEmpty();
    RemittanceAdvice dated = advice("RA-4").payerAccount("DE89370400440532013000").amount(Money.of("EUR", "1000.00"))
        .paymentDate(LocalDate.of(2026, 6, 1)).payerName("Acme GmbH").build();
    assertThat(dated.paymentDate()).contains(LocalDate.of(2026, 6, 1));
    assertThat(dated.payerName()).contains("Acme GmbH");
  }

  @Test
  void test_freeTextOnlyRemittance_builds() {
    RemittanceAdvice a = RemittanceAdvice.builder().id("RA-5").endToEndId("E2E-1")
        .remittance(Remittance.ofText("INV-1 INV-2 INV-3")).build();
    assertThat(a.remittance().text()).isEqualTo("INV-1 INV-2 INV-3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void test_blankId_isRefused(String id) {
    assertThatThrownBy(() -> advice(id).endToEndId("E2E-1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "-0.01", "-1000.00"})
  void test_amountNotPositive_isRefused_withTheAmount(String amount) {
    assertThatThrownBy(() -> advice("RA-1").endToEndId("E2E-1").amount(Money.of("EUR", amount)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remittance advice RA-1")
        .hasMessageContaining("amount " + Money.of("EUR", amount) + " is not positive");
  }

  @Test
  void test_emptyRemittance_isRefused() {
    assertThatThrownBy(() -> RemittanceAdvice.builder().id("RA-1").endToEndId("E2E-1").remittance(Remittance.NONE)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remittance is empty");
  }

  @Test
  void test_noKeyAtAll_isRefused() {
    assertThatThrownBy(() -> advice("RA-1").payerName("Acme GmbH").paymentDate(LocalDate.of(2026, 6, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key to its payment");
  }

  @Test
  void test_payerAccountWithoutAmount_isNoKey() {
    assertThatThrownBy(() -> advice("RA-1").payerAccount("DE89370400440532013000").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key to its payment");
  }

  @Test
  void test_amountWithoutPayerAccount_isNoKey() {
    assertThatThrownBy(() -> advice("RA-1").amount(Money.of("EUR", "1000.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key to its payment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void test_blankEndToEndId_isNoKey(String endToEnd) {
    assertThatThrownBy(() -> advice("RA-1").endToEndId(endToEnd).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key to its payment");
  }

  /** The join reads {@code NOTPROVIDED} and the like (spaces, punctuation and case ignored) as no end-to-end id: no key either. */
  @ParameterizedTest
  @ValueSource(strings = {"NOTPROVIDED", "notprovided", "NOT PROVIDED", "N/A", "non-ref", " NONE "})
  void test_notProvidedEndToEndId_isNoKey(String endToEnd) {
    assertThatThrownBy(() -> advice("RA-1").endToEndId(endToEnd).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key to its payment");
    RemittanceAdvice withReference = advice("RA-1").endToEndId(endToEnd).bankReference(BankReference.of("B-1")).build();
    assertThat(withReference.endToEndId()).contains(endToEnd);
  }

  @ParameterizedTest
  @ValueSource(strings = {"E2E-2026-0001", "NA1", "NONEX", "N/A 7"})
  void test_idThatNamesATransfer_isNoFiller(String endToEnd) {
    assertThat(RemittanceAdvice.isFiller(endToEnd)).isFalse();
  }

  @Test
  void test_everyProblem_isReportedAtOnce() {
    assertThatThrownBy(() -> RemittanceAdvice.builder().id(" ").amount(Money.of("EUR", "-5.00"))
        .remittance(Remittance.NONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is blank")
        .hasMessageContaining("is not positive")
        .hasMessageContaining("remittance is empty")
        .hasMessageContaining("no key to its payment");
  }

  @Test
  void test_idAndRemittance_areRequired() {
    assertThatThrownBy(() -> RemittanceAdvice.builder().endToEndId("E2E-1").remittance(LIST).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> RemittanceAdvice.builder().id("RA-1").endToEndId("E2E-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("remittance");
  }

  @Test
  void test_paymentWithRemittance_isACopy() {
    Payment payment = Payment.builder().bankReference(BankReference.of("B1")).amount(Money.of("EUR", "1000.00"))
        .valueDate(LocalDate.of(2026, 6, 2)).remittance(Remittance.ofText("INV-1 INV-")).build();
    Payment withList = payment.withRemittance(LIST);
    assertThat(withList.remittance()).isEqualTo(LIST);
    assertThat(withList.id()).isEqualTo(payment.id());
    assertThat(withList.amount()).isEqualTo(payment.amount());
    assertThat(payment.remittance()).isEqualTo(Remittance.ofText("INV-1 INV-"));
  }
}

package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanScheduleTest {

  static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  @Test
  void test_monthly_fromTheEndOfAMonth_fallsOnEachMonthsLastDay_andRemainderOnFirstByDefault() {
    List<PromisedPayment> instalments = PaymentPlanSchedule.monthly(3, JAN_31).instalments(eur("1000.00"));

    assertThat(instalments).containsExactly(
        PromisedPayment.of(JAN_31, eur("333.34")),
        PromisedPayment.of(LocalDate.of(2026, 2, 28), eur("333.33")),
        PromisedPayment.of(LocalDate.of(2026, 3, 31), eur("333.33")));
  }

  @Test
  void test_remainderOnLast_putsAllLeftOverCentsOnTheLastInstalment() {
    // 0.11 in 4: 0.02 each and 0.03 left over, all on the last: 0.02, 0.02, 0.02, 0.05.
    List<PromisedPayment> instalments = PaymentPlanSchedule.every(4, JAN_31, Period.ofDays(14))
        .withRemainderOn(PaymentPlanRemainder.LAST).instalments(eur("0.11"));

    assertThat(instalments).extracting(PromisedPayment::amount)
        .containsExactly(eur("0.02"), eur("0.02"), eur("0.02"), eur("0.05"));
    assertThat(instalments).extracting(PromisedPayment::date).containsExactly(JAN_31, JAN_31.plusDays(14),
        JAN_31.plusDays(28), JAN_31.plusDays(42));
  }

  @Test
  void test_currencyWithoutDecimals_splitsWholeUnits() {
    assertThat(PaymentPlanSchedule.monthly(3, JAN_31).instalments(Money.of("JPY", "1000")))
        .extracting(PromisedPayment::amount)
        .containsExactly(Money.of("JPY", "334"), Money.of("JPY", "333"), Money.of("JPY", "333"));
  }

  @Test
  void test_promise_isAnOpenInstalmentPromiseOnTheItems() {
    PromiseToPay promise = PaymentPlanSchedule.ofDates(List.of(JAN_31, LocalDate.of(2026, 3, 1)))
        .promise(PromiseId.of("PP-9"), ACME, List.of(doc("INV-1"), doc("INV-2")), LocalDate.of(2026, 1, 20),
            eur("250.01"));

    assertThat(promise.status()).isEqualTo(PromiseStatus.OPEN);
    assertThat(promise.documentNumbers()).containsExactly(doc("INV-1"), doc("INV-2"));
    assertThat(promise.payments()).extracting(PromisedPayment::amount).containsExactly(eur("125.01"), eur("125.00"));
    assertThat(promise.totalAmount()).isEqualTo(eur("250.01"));
  }

  @Test
  void test_badInput_isRefusedWithTheReason() {
    assertThatThrownBy(() -> PaymentPlanSchedule.monthly(0, JAN_31))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 instalments");
    assertThatThrownBy(() -> PaymentPlanSchedule.every(2, JAN_31, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P0D");
    assertThatThrownBy(() -> PaymentPlanSchedule.every(2, JAN_31, Period.ofDays(-7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-7D");
    assertThatThrownBy(() -> PaymentPlanSchedule.ofDates(List.of(JAN_31, JAN_31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
    assertThatThrownBy(() -> PaymentPlanSchedule.monthly(3, JAN_31).instalments(eur("0.02")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR 0.02 cannot be split into 3");
    assertThatThrownBy(() -> PaymentPlanSchedule.monthly(1, JAN_31).instalments(eur("-1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

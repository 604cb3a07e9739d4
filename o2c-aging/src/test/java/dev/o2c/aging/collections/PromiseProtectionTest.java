package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.OTHER;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.PromiseId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseProtectionTest {

  static final LocalDate MADE = PromiseEvaluatorTest.MADE;
  static final LocalDate DATE = PromiseEvaluatorTest.DATE;
  static final OpenItem INV_1 = CollectionsBooks.invoice("INV-1", ACME, eur("500.00"), LocalDate.of(2026, 3, 1));
  static final OpenItem INV_2 = CollectionsBooks.invoice("INV-2", ACME, eur("80.00"), LocalDate.of(2026, 3, 1));
  static final OpenItem OTHERS = CollectionsBooks.invoice("INV-9", OTHER, eur("80.00"), LocalDate.of(2026, 3, 1));

  @Test
  void test_openPromise_protectsItsItems_fromMadeOnThroughTheLastDatePlusGrace() {
    PromiseProtection protection = PromiseProtection.of(List.of(PromiseEvaluatorTest.single()),
        PromiseTolerance.NONE.withGraceDays(2));

    assertThat(protection.isProtected(INV_1, MADE.minusDays(1))).isFalse();
    assertThat(protection.isProtected(INV_1, MADE)).isTrue();
    assertThat(protection.isProtected(INV_1, DATE.plusDays(2))).isTrue();
    assertThat(protection.isProtected(INV_1, DATE.plusDays(3))).isFalse();
    assertThat(protection.isProtected(INV_2, DATE)).isFalse();
  }

  @Test
  void test_gradedBroken_protectsNothing_butKeptInTimeIsNotActiveEither() {
    PromiseEvaluator evaluator = PromiseEvaluator.STRICT;
    List<PromiseToPay> promises = List.of(PromiseEvaluatorTest.single());

    assertThat(evaluator.protection(promises, List.of(), DATE).isProtected(INV_1, DATE)).isTrue();
    assertThat(evaluator.protection(promises, List.of(), DATE.plusDays(1)).isProtected(INV_1, DATE.plusDays(1)))
        .isFalse();
    PromiseProtection afterPaying = evaluator.protection(promises,
        List.of(PromiseReceipt.forItem(ACME, INV_1.documentNumber(), MADE, eur("500.00"))), MADE);
    assertThat(afterPaying.isProtected(INV_1, MADE)).isFalse();
  }

  @Test
  void test_promiseAgainstTheBalance_protectsEveryItemOfItsCustomerOnly() {
    PromiseToPay balance = PromiseToPay.builder().id(PromiseId.of("P-2")).customerId(ACME).madeOn(MADE)
        .addPayments(PromisedPayment.of(DATE, eur("580.00"))).build();
    PromiseProtection protection = PromiseProtection.of(List.of(balance));

    assertThat(protection.isProtected(INV_1, DATE)).isTrue();
    assertThat(protection.isProtected(INV_2, DATE)).isTrue();
    assertThat(protection.isProtected(OTHERS, DATE)).isFalse();
  }

  @Test
  void test_activePromise_ofSeveral_isTheOneMadeLast() {
    PromiseToPay older = PromiseEvaluatorTest.single();
    PromiseToPay newer = PromiseToPay.builder().id(PromiseId.of("P-3")).customerId(ACME).madeOn(MADE.plusDays(5))
        .addPayments(PromisedPayment.of(DATE.plusDays(20), eur("580.00"))).build();
    PromiseToPay cancelled = PromiseToPay.builder().id(PromiseId.of("P-4")).customerId(ACME).madeOn(MADE.plusDays(6))
        .addPayments(PromisedPayment.of(DATE.plusDays(40), eur("580.00"))).status(PromiseStatus.CANCELLED).build();
    PromiseProtection protection = PromiseProtection.of(List.of(older, newer, cancelled));

    assertThat(protection.activePromise(INV_1, MADE.plusDays(1))).contains(older);
    assertThat(protection.activePromise(INV_1, DATE)).contains(newer);
    assertThat(protection.activePromise(INV_1, DATE.plusDays(21))).isEmpty();
  }
}

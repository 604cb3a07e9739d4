package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of values per generator. Generating them runs each type's own checks (values are built
 * through the builders); the tests restate the rules explicitly and check that the distributions
 * reach every case a test would want.
 */
class ArGeneratorsTest {

  private static final int N = 5_000;
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final CurrencyUnit KWD = Monetary.getCurrency("KWD");

  @Test
  void test_everyGenerator_isDeterministicBySeed() {
    List<Generator<?>> generators = List.of(ArGenerators.currencies(), ArGenerators.positiveAmounts(),
        ArGenerators.amounts(), ArGenerators.customerIds(), ArGenerators.ibans(), ArGenerators.creditorReferences(),
        ArGenerators.paymentTerms(), ArGenerators.customers(), ArGenerators.openItems(),
        ArGenerators.newItems(CustomerId.of("C-1"), EUR, LocalDate.of(2026, 6, 30)), ArGenerators.remittances(EUR),
        ArGenerators.payments(), ArGenerators.deductions(), ArGenerators.promisesToPay());
    for (Generator<?> generator : generators) {
      assertThat(generator.sample(99L, 200)).isEqualTo(generator.sample(99L, 200))
          .isNotEqualTo(generator.sample(100L, 200));
    }
  }

  @Test
  void test_currencies_followTheDefaultMix() {
    Set<String> codes = ArGenerators.currencies().sample(1L, N).stream()
        .map(CurrencyUnit::getCurrencyCode).collect(Collectors.toSet());
    assertThat(codes).containsExactlyInAnyOrderElementsOf(
        ArGenerators.DEFAULT_CURRENCY_MIX.stream().map(w -> w.value().getCurrencyCode()).toList());
  }

  @ParameterizedTest
  @CsvSource({"EUR, 2", "USD, 2", "JPY, 0", "KWD, 3", "CHF, 2", "SEK, 2"})
  void test_positiveAmounts_atCurrencyScale_spreadOverDecades(String code, int scale) {
    CurrencyUnit currency = Monetary.getCurrency(code);
    List<Money> amounts = ArGenerators.positiveAmounts(currency).sample(2L, N);
    assertThat(amounts).allMatch(Money::isPositive).allMatch(m -> m.currency().equals(currency))
        .allMatch(m -> m.amount().scale() == scale)
        .allMatch(m -> Money.of(currency, m.amount()).equals(m));
    Set<Integer> decades = amounts.stream().map(m -> Long.toString(m.minorUnits()).length()).collect(Collectors.toSet());
    assertThat(decades).as("number of digits of minor units").hasSizeGreaterThanOrEqualTo(6);
    assertThat(amounts).as("smallest unit and round amounts appear")
        .anyMatch(m -> m.minorUnits() == 1)
        .anyMatch(m -> m.amount().remainder(BigDecimal.TEN).signum() == 0 && m.minorUnits() > 1);
  }

  @Test
  void test_amounts_haveEverySign() {
    List<Money> amounts = ArGenerators.amounts().sample(3L, N);
    assertThat(amounts).anyMatch(Money::isPositive).anyMatch(Money::isNegative).anyMatch(Money::isZero);
    assertThat(ArGenerators.amounts(JPY).sample(3L, N)).allMatch(m -> m.amount().scale() == 0);
  }

  @Test
  void test_customers_areValid_withIbansParentsLimitsAndTerms() {
    List<Customer> customers = ArGenerators.customers().sample(4L, N);
    for (Customer c : customers) {
      assertThat(c.id().toString()).matches("C-[0-9]+");
      assertThat(c.bankAccounts()).allMatch(Iban::isValid).allMatch(IbanTest::oracleValid).doesNotHaveDuplicates();
      assertThat(c.parentId()).isNotEqualTo(java.util.Optional.of(c.id()));
      c.creditLimit().ifPresent(limit -> {
        assertThat(limit.currency()).isEqualTo(c.currency());
        assertThat(limit.isNegative()).isFalse();
      });
    }
    assertThat(customers).anyMatch(c -> c.parentId().isPresent()).anyMatch(c -> c.parentId().isEmpty())
        .anyMatch(c -> c.bankAccounts().isEmpty()).anyMatch(c -> c.bankAccounts().size() >= 2)
        .anyMatch(c -> c.creditLimit().isEmpty()).anyMatch(c -> c.creditLimit().map(Money::isZero).orElse(false))
        .anyMatch(c -> c.defaultTerms().isPresent()).anyMatch(c -> c.defaultTerms().isEmpty());
  }

  @Test
  void test_paymentTerms_comeFromEveryCommonNotation() {
    Set<TermsNotation> seen = EnumSet.noneOf(TermsNotation.class);
    seen.addAll(ArGenerators.termsNotations().sample(5L, N));
    assertThat(seen).containsExactlyInAnyOrder(TermsNotation.values());
    Set<PaymentTerms> parsed = new HashSet<>(ArGenerators.paymentTerms().sample(5L, N));
    assertThat(parsed).hasSize(TermsNotation.values().length);
  }

  @Test
  void test_openItems_areValid_signedByKind_withDueDateFromTerms() {
    List<OpenItem> items = ArGenerators.openItems().sample(6L, N);
    Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    for (OpenItem item : items) {
      kinds.add(item.kind());
      assertThat(item.originalAmount().signum()).isEqualTo(item.kind().sign());
      long open = item.openAmount().minorUnits() * item.kind().sign();
      assertThat(open).isBetween(0L, item.originalAmount().minorUnits() * item.kind().sign());
      assertThat(item.documentNumber().toString()).startsWith(ArGenerators.documentPrefix(item.kind()));
      if (item.kind() == ItemKind.CREDIT_MEMO) {
        assertThat(item.dueDate()).isEqualTo(item.documentDate());
        assertThat(item.terms()).isEmpty();
      } else {
        TermsNotation terms = notation(item.terms().orElseThrow());
        assertThat(item.dueDate()).isEqualTo(item.documentDate().plusDays(terms.netDays()));
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(ItemKind.values());
    assertThat(items).as("fully open, partly open and cleared items")
        .anyMatch(i -> i.openAmount().equals(i.originalAmount()))
        .anyMatch(i -> !i.isCleared() && !i.openAmount().equals(i.originalAmount()))
        .anyMatch(OpenItem::isCleared);
    assertThat(items).filteredOn(i -> i.originalAmount().currency().equals(JPY)).isNotEmpty()
        .allMatch(i -> i.originalAmount().amount().scale() == 0);
    assertThat(items).filteredOn(i -> i.originalAmount().currency().equals(KWD)).isNotEmpty()
        .allMatch(i -> i.originalAmount().amount().scale() == 3);
  }

  @Test
  void test_newItems_areAtOriginalAmount_forTheCustomer_withinHalfAYear() {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    List<OpenItem> items = ArGenerators.newItems(CustomerId.of("C-7"), JPY, asOf).sample(7L, N);
    assertThat(items).allMatch(i -> i.openAmount().equals(i.originalAmount()))
        .allMatch(i -> i.customerId().equals(CustomerId.of("C-7")))
        .allMatch(i -> i.originalAmount().currency().equals(JPY))
        .allMatch(i -> !i.documentDate().isAfter(asOf) && !i.documentDate().isBefore(asOf.minusDays(180)));
  }

  @Test
  void test_remittances_coverNoneTextReferencesAndBoth() {
    List<Remittance> remittances = ArGenerators.remittances(KWD).sample(8L, N);
    assertThat(remittances)
        .anyMatch(r -> r.equals(Remittance.NONE))
        .anyMatch(r -> !r.unstructured().isEmpty() && r.structured().isEmpty())
        .anyMatch(r -> r.unstructured().isEmpty() && !r.structured().isEmpty())
        .anyMatch(r -> !r.unstructured().isEmpty() && !r.structured().isEmpty())
        .anyMatch(r -> r.structured().stream().anyMatch(b -> b.creditorReference().isPresent()))
        .anyMatch(r -> r.text().matches(".*(INV|CM|DM)-[0-9]+.*"));
    assertThat(remittances).flatMap(Remittance::unstructured)
        .allMatch(line -> !line.isBlank() && line.length() <= 105);
    assertThat(remittances).flatMap(Remittance::structured)
        .allMatch(b -> b.remittedAmount().map(a -> a.currency().equals(KWD) && !a.isZero()).orElse(true));
    assertThat(remittances).flatMap(Remittance::structured).filteredOn(b -> b.creditorReference().isPresent())
        .allMatch(b -> Iban.isValid(b.creditorReference().get()) && b.creditorReferenceValid().orElse(false));
  }

  @Test
  void test_payments_areValid_withOptionalPartsPresentAndAbsent() {
    List<Payment> payments = ArGenerators.payments().sample(9L, N);
    for (Payment p : payments) {
      assertThat(p.amount().isPositive()).isTrue();
      assertThat(p.bankReference().toString()).matches("[A-Z0-9]{16}");
      p.payerAccount().ifPresent(a -> assertThat(Iban.isValid(a)).as(a).isTrue());
    }
    assertThat(payments).anyMatch(p -> p.customerId().isPresent()).anyMatch(p -> p.customerId().isEmpty())
        .anyMatch(p -> p.endToEndId().isPresent()).anyMatch(p -> p.payerAccount().isEmpty())
        .anyMatch(p -> !p.remittance().structured().isEmpty());
    assertThat(payments.stream().map(Payment::bankReference).distinct().count()).isEqualTo(N);
  }

  @Test
  void test_deductions_areValid_inEveryStatusAndReason() {
    List<Deduction> deductions = ArGenerators.deductions().sample(10L, N);
    Set<DeductionStatus> statuses = EnumSet.noneOf(DeductionStatus.class);
    Set<DeductionReason> reasons = EnumSet.noneOf(DeductionReason.class);
    for (Deduction d : deductions) {
      assertThat(d.amount().isPositive()).isTrue();
      statuses.add(d.status());
      reasons.add(d.reason());
    }
    assertThat(statuses).containsExactlyInAnyOrder(DeductionStatus.values());
    assertThat(reasons).containsExactlyInAnyOrder(DeductionReason.values());
  }

  @Test
  void test_promisesToPay_areValid_withIncreasingDatesInOneCurrency() {
    List<PromiseToPay> promises = ArGenerators.promisesToPay().sample(11L, N);
    for (PromiseToPay p : promises) {
      assertThat(p.payments()).isNotEmpty();
      assertThat(p.payments().get(0).date()).isAfterOrEqualTo(p.madeOn());
      for (int i = 1; i < p.payments().size(); i++) {
        assertThat(p.payments().get(i).date()).isAfter(p.payments().get(i - 1).date());
        assertThat(p.payments().get(i).amount().currency()).isEqualTo(p.payments().get(0).amount().currency());
      }
      assertThat(p.totalAmount().isPositive()).isTrue();
    }
    assertThat(promises).anyMatch(p -> p.payments().size() == 1).anyMatch(p -> p.payments().size() == 4)
        .anyMatch(p -> p.documentNumbers().isEmpty());
  }

  @Test
  void test_termsNotation_arithmetic() {
    LocalDate issued = LocalDate.of(2026, 3, 1);
    assertThat(TermsNotation.TWO_10_NET_30.dueDate(issued)).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(TermsNotation.TWO_10_NET_30.discountDate(issued)).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(TermsNotation.TWO_10_NET_30.discount(Money.of("EUR", "1000.00"))).isEqualTo(Money.of("EUR", "20.00"));
    assertThat(TermsNotation.THREE_10_NET_60.discount(Money.of("JPY", "1250"))).isEqualTo(Money.of("JPY", "38"));
    assertThat(TermsNotation.ONE_10_NET_30.discount(Money.of("KWD", "0.050"))).isEqualTo(Money.of("KWD", "0.001"));
    assertThat(TermsNotation.NET_30.discount(Money.of("EUR", "99.99"))).isEqualTo(Money.zero(EUR));
    assertThat(TermsNotation.NET_30.hasDiscount()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NET 7", "NET 30", "2/10 NET 30", "3/10 NET 60"})
  void test_termsNotation_parsesLikePaymentTerms(String notation) {
    TermsNotation terms = notation(PaymentTerms.parse(notation));
    assertThat(terms.notation()).isEqualTo(notation);
    assertThat(terms.terms()).isEqualTo(PaymentTerms.parse(notation));
  }

  private static TermsNotation notation(PaymentTerms terms) {
    for (TermsNotation notation : TermsNotation.values()) {
      if (notation.terms().equals(terms)) {
        return notation;
      }
    }
    throw new AssertionError("no notation for " + terms);
  }
}

package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-item position a dunning run asks for: payments split by §367 BGB or principal first. */
class LateInterestTest {

  private static final LatePaymentRegime DE_B2B = LatePaymentRegime.germanyB2b(RateTableTest.BASE_2024);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_bgb367_partialPaymentPaysCostsAndInterestFirst() {
    // EUR 10,000 due 31 May 2024, EUR 4,000 received 15 Jul 2024, position as of 31 Aug 2024.
    // At 15 Jul: interest 30 days at 12.62 % + 15 days at 12.37 % on 10,000 = (37,860 + 18,555) / 365
    //   = 154.5616 -> 154.56; costs: the EUR 40 fixed sum. The 4,000 pays 40.00 costs, 154.56 interest and
    //   3,805.44 principal; 6,194.56 stays open.
    // 16 Jul .. 31 Aug: 47 days on 6,194.56 at 12.37 %: 6,194.56 × 0.1237 × 47 / 365 = 98.6700
    // Interest charged: 154.5616 + 98.6700 = 253.2317 -> 253.23, of which 154.56 paid, 98.67 open.
    ItemInterest position = LateInterest.of(DE_B2B).onItem(eur("10000.00"), d("2024-05-31"),
        List.of(PartialPayment.of(d("2024-07-15"), eur("4000.00"))), d("2024-08-31"));
    assertThat(position.principalOpen()).isEqualTo(eur("6194.56"));
    assertThat(position.interest()).isEqualTo(eur("253.23"));
    assertThat(position.interestOpen()).isEqualTo(eur("98.67"));
    assertThat(position.costs()).isEqualTo(eur("40.00"));
    assertThat(position.costsOpen()).isEqualTo(eur("0.00"));
    assertThat(position.totalOpen()).isEqualTo(eur("6293.23"));
    assertThat(position.accrual().periods()).extracting(InterestPeriod::principal)
        .containsExactly(eur("10000.00"), eur("10000.00"), eur("6194.56"));
  }

  @Test
  void test_principalFirst_isTheSimpleInterestWithThePaymentOnThePrincipal() {
    // the 4,000 goes to principal: the accrual is the one of the worked example in LatePaymentRegimeTest, 250.13;
    // nothing of it paid; the EUR 40 open
    ItemInterest position = LateInterest.of(DE_B2B).withAllocation(PaymentAllocation.PRINCIPAL_FIRST)
        .onItem(eur("10000.00"), d("2024-05-31"), List.of(PartialPayment.of(d("2024-07-15"), eur("4000.00"))),
            d("2024-08-31"));
    assertThat(position.principalOpen()).isEqualTo(eur("6000.00"));
    assertThat(position.interest()).isEqualTo(eur("250.13"));
    assertThat(position.interestOpen()).isEqualTo(eur("250.13"));
    assertThat(position.costsOpen()).isEqualTo(eur("40.00"));
  }

  @Test
  void test_paymentBeforeDue_goesToPrincipal_notYetLate_nothingCharged() {
    ItemInterest early = LateInterest.of(DE_B2B).onItem(eur("1000.00"), d("2024-05-31"),
        List.of(PartialPayment.of(d("2024-05-20"), eur("300.00"))), d("2024-05-31"));
    assertThat(early.principalOpen()).isEqualTo(eur("700.00"));
    assertThat(early.interest()).isEqualTo(eur("0.00"));
    assertThat(early.costs()).isEqualTo(eur("0.00"));
    assertThat(early.accrual().periods()).isEmpty();
  }

  @Test
  void test_overpayment_isSurplus_andLaterPaymentsAreIgnored() {
    // paid in full a day late with 1,000.00 + 40 + 1 day of interest 1,000 × 0.1262 / 365 = 0.3458 -> 0.35, and 10 more
    ItemInterest paid = LateInterest.of(DE_B2B).onItem(eur("1000.00"), d("2024-05-31"),
        List.of(PartialPayment.of(d("2024-06-01"), eur("1050.35")), PartialPayment.of(d("2024-09-01"), eur("5.00"))),
        d("2024-06-30"));
    assertThat(paid.principalOpen()).isEqualTo(eur("0.00"));
    assertThat(paid.interest()).isEqualTo(eur("0.35"));
    assertThat(paid.interestOpen()).isEqualTo(eur("0.00"));
    assertThat(paid.surplus()).isEqualTo(eur("10.00"));
    assertThat(paid.totalOpen()).isEqualTo(eur("0.00"));
  }

  @Test
  void test_fees_areCostsBesideTheFixedSum() {
    ItemInterest position = LateInterest.of(DE_B2B).onItem(eur("1000.00"), d("2024-05-31"), List.of(),
        d("2024-06-30"), eur("5.00"));
    assertThat(position.costs()).isEqualTo(eur("45.00"));
    // 30 days on 1,000 at 12.62 %: 12,620 × 30 / 36,500 = 10.3726 -> 10.37
    assertThat(position.interestOpen()).isEqualTo(eur("10.37"));
  }

  @Test
  void test_paidInFullByTheDueDate_isNeverLate() {
    ItemInterest onTime = LateInterest.of(DE_B2B).onItem(eur("1000.00"), d("2024-05-31"),
        List.of(PartialPayment.of(d("2024-05-31"), eur("1000.00"))), d("2024-09-30"));
    assertThat(onTime.costs()).isEqualTo(eur("0.00"));
    assertThat(onTime.interest()).isEqualTo(eur("0.00"));
    assertThat(onTime.totalOpen()).isEqualTo(eur("0.00"));
    assertThat(onTime.accrual().periods()).isEmpty();
  }
}

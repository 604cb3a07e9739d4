package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import org.junit.jupiter.api.Test;

/** The order a payment covers costs, interest and principal. */
class PaymentAllocationTest {

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void test_bgb367_costsThenInterestThenPrincipal() {
    Allocation a = PaymentAllocation.COSTS_INTEREST_PRINCIPAL.allocate(eur("500.00"), eur("40.00"), eur("120.50"),
        eur("1000.00"));
    // 500 − 40 − 120.50 = 339.50 left for the principal
    assertThat(a).isEqualTo(new Allocation(eur("40.00"), eur("120.50"), eur("339.50"), eur("0.00")));
    assertThat(a.total()).isEqualTo(eur("500.00"));
    // too little for the costs: all of it goes there
    assertThat(PaymentAllocation.COSTS_INTEREST_PRINCIPAL.allocate(eur("25.00"), eur("40.00"), eur("120.50"),
        eur("1000.00")).part(ClaimPart.COSTS)).isEqualTo(eur("25.00"));
  }

  @Test
  void test_principalFirst_andSurplus() {
    Allocation a = PaymentAllocation.PRINCIPAL_FIRST.allocate(eur("1100.00"), eur("40.00"), eur("120.50"),
        eur("1000.00"));
    // 1,000 principal, then 100 of the 120.50 interest, nothing for costs
    assertThat(a).isEqualTo(new Allocation(eur("0.00"), eur("100.00"), eur("1000.00"), eur("0.00")));
    Allocation over = PaymentAllocation.PRINCIPAL_FIRST.allocate(eur("1200.00"), eur("40.00"), eur("120.50"),
        eur("1000.00"));
    assertThat(over.surplus()).isEqualTo(eur("39.50"));
  }

  @Test
  void test_badOrders_andNegativeAmounts_throw() {
    assertThatThrownBy(() -> PaymentAllocation.inOrder(ClaimPart.COSTS, ClaimPart.COSTS, ClaimPart.PRINCIPAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentAllocation.inOrder(ClaimPart.COSTS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentAllocation.PRINCIPAL_FIRST.allocate(eur("-1.00"), eur("0.00"), eur("0.00"),
        eur("1.00"))).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTermsValidationTest {

  @Test
  void test_factories_buildTheDocumentedTerms() {
    PaymentTerms terms = PaymentTerms.net(45)
        .withDiscount(new BigDecimal("3"), 10)
        .withDiscount(new BigDecimal("2.0"), 20);
    assertThat(terms).hasToString("3/10 2/20 NET 45");
    assertThat(terms.basis()).isEqualTo(DueBasis.DOCUMENT_DATE);
    assertThat(terms.netDays()).isEqualTo(45);
    assertThat(terms.discountTiers())
        .containsExactly(DiscountTier.of("3", 10), DiscountTier.of("2", 20));
    assertThat(terms.isInstalments()).isFalse();
    assertThat(terms.instalmentPlan()).isEmpty();

    PaymentTerms plan = PaymentTerms.ofInstalments(
        List.of(Instalment.of("30", 0), Instalment.of("70.00", 30)));
    assertThat(plan).hasToString("INSTALMENTS 30%/0 70%/30");
    assertThat(plan.isInstalments()).isTrue();
    assertThat(plan.netDays()).isEqualTo(30);
    assertThat(PaymentTerms.ofInstalments(DueBasis.END_OF_MONTH, plan.instalmentPlan()))
        .hasToString("INSTALMENTS 30%/0 70%/30 EOM");
    assertThat(PaymentTerms.dayOfNextMonth(10).dayOfMonth()).isEqualTo(10);
    assertThat(PaymentTerms.dayOfNextMonth(10).basis()).isEqualTo(DueBasis.DAY_OF_NEXT_MONTH);
  }

  @Test
  void test_accessors_rejectTheWrongKind() {
    assertThatThrownBy(() -> PaymentTerms.dayOfNextMonth(10).netDays())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DAY 10 NEXT MONTH");
    assertThatThrownBy(() -> PaymentTerms.NET_30.dayOfMonth())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NET 30");
  }

  @Test
  void test_lists_areCopiedAndUnmodifiable() {
    List<DiscountTier> tiers = new ArrayList<>(List.of(DiscountTier.of("2", 10)));
    PaymentTerms terms = PaymentTerms.NET_30.withDiscountTiers(tiers);
    tiers.add(DiscountTier.of("1", 20));
    assertThat(terms).isEqualTo(PaymentTerms.TWO_TEN_NET_30);
    assertThatThrownBy(() -> terms.discountTiers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> terms.discountDeadlines(java.time.LocalDate.of(2024, 1, 1)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_net_rejectsDaysOutOfRange() {
    assertThatThrownBy(() -> PaymentTerms.net(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid payment terms: net days -1 are not between 0 and 9999");
    assertThatThrownBy(() -> PaymentTerms.netEndOfMonth(10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net days 10000");
  }

  @Test
  void test_tiers_rejectEveryProblemAtOnce() {
    assertThatThrownBy(() -> DiscountTier.of(BigDecimal.ZERO, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid discount tier: discount percent 0 is not strictly between 0 and 100; "
            + "discount days -1 are not between 0 and 9999");
    assertThatThrownBy(() -> PaymentTerms.NET_10.withDiscountTiers(
        List.of(DiscountTier.of("2", 20), DiscountTier.of("3", 15))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discount tier 3/15 does not have more days than tier 2/20")
        .hasMessageContaining("discount tier 3/15 does not have a lower percent than tier 2/20")
        .hasMessageContaining("discount tier 2/20 has more days than the net days 10")
        .hasMessageContaining("discount tier 3/15 has more days than the net days 10");
  }

  @Test
  void test_discounts_rejectedWhereUnsupported() {
    assertThatThrownBy(() -> PaymentTerms.dayOfNextMonth(15).withDiscount(BigDecimal.ONE, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cash discounts are not supported with a fixed day of next month");
    PaymentTerms plan = PaymentTerms.parse("INSTALMENTS 50%/30 50%/60");
    assertThatThrownBy(() -> plan.withDiscount(BigDecimal.ONE, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cash discounts are not supported with instalments");
  }

  @Test
  void test_instalments_rejectEveryProblemAtOnce() {
    assertThatThrownBy(() -> PaymentTerms.ofInstalments(List.of(Instalment.of("60", 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need at least two instalments, got 1")
        .hasMessageContaining("shares sum to 60%, not 100%");
    assertThatThrownBy(() -> PaymentTerms.ofInstalments(
        List.of(Instalment.of("50", 30), Instalment.of("50", 30), Instalment.of("0.5", 40))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instalment 50%/30 does not have more days than instalment 50%/30")
        .hasMessageContaining("shares sum to 100.5%, not 100%");
    assertThatThrownBy(() -> PaymentTerms.ofInstalments(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no instalments");
    assertThatThrownBy(() -> PaymentTerms.ofInstalments(DueBasis.DAY_OF_NEXT_MONTH,
        List.of(Instalment.of("50", 10), Instalment.of("50", 20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instalments are not supported with a fixed day of next month");
    assertThatThrownBy(() -> Instalment.of(new BigDecimal("100"), 10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid instalment: instalment share 100% is not strictly between 0 and 100; "
            + "instalment days 10000 are not between 0 and 9999");
  }

  @Test
  void test_nulls_rejectedWithTheParameterName() {
    assertThatThrownBy(() -> PaymentTerms.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> PaymentTerms.NET_30.dueDate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("documentDate");
    assertThatThrownBy(() -> PaymentTerms.NET_30.withDiscountTiers(null))
        .isInstanceOf(NullPointerException.class).hasMessage("tiers");
    assertThatThrownBy(() -> DiscountTier.of((BigDecimal) null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("percent");
  }

  @Test
  void test_parts_equalByValueIgnoringTrailingZeros() {
    assertThat(DiscountTier.of("2.50", 10)).isEqualTo(DiscountTier.of("2.5", 10))
        .hasSameHashCodeAs(DiscountTier.of("2.5", 10)).hasToString("2.5/10");
    assertThat(DiscountTier.of("2.5", 10).percent()).isEqualTo(new BigDecimal("2.5"));
    assertThat(Instalment.of("50.0", 30)).isEqualTo(Instalment.of("50", 30)).hasToString("50%/30");
    assertThat(Instalment.of("50", 30)).isNotEqualTo(Instalment.of("50", 31));
  }
}

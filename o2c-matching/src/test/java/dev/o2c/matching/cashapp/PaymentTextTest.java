package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Payment;
import org.junit.jupiter.api.Test;

class PaymentTextTest {

  private final Payment shortPaid = Payments.text("INV-2026-000123 less 68.62 SHRT short delivery", "incl. deposit 12.00");
  private final Payment other = Payments.text("Rechnung 4711 USD 120.00");

  @Test
  void reads_what_the_remittance_text_says() {
    PaymentText text = PaymentText.of(shortPaid);
    assertThat(text.upper()).isEqualTo("INV-2026-000123 LESS 68.62 SHRT SHORT DELIVERY INCL. DEPOSIT 12.00");
    assertThat(text.deductionReason()).contains(DeductionReason.SHORTAGE);
    assertThat(text.statedDeduction()).isEqualTo(6862);
    assertThat(text.statedExtra()).isEqualTo(1200);
    assertThat(text.foreignMentioned()).isFalse();
    assertThat(PaymentText.of(other).foreignMentioned()).as("USD named on a EUR payment").isTrue();
    assertThat(PaymentText.of(other).statedDeduction()).isEqualTo(-1);
  }

  @Test
  void the_facts_are_kept_only_for_the_payment_being_decided_and_only_while_it_is() {
    assertThat(PaymentText.of(shortPaid)).as("outside a decision: a fresh reading each time")
        .isNotSameAs(PaymentText.of(shortPaid));
    PaymentText kept = PaymentText.reading(shortPaid, () -> {
      PaymentText first = PaymentText.of(shortPaid);
      assertThat(PaymentText.of(shortPaid)).isSameAs(first);
      assertThat(PaymentText.of(other)).as("another payment is read afresh").isNotSameAs(PaymentText.of(other));
      // A decision within a decision (a host's strategy deciding another payment) keeps its own, then gives back the outer one.
      PaymentText.reading(other, () -> assertThat(PaymentText.of(other)).isSameAs(PaymentText.of(other)) != null);
      assertThat(PaymentText.of(shortPaid)).isSameAs(first);
      return first;
    });
    assertThat(PaymentText.of(shortPaid)).as("after the decision nothing is kept").isNotSameAs(kept);
  }
}

package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.money.Money;
import java.time.LocalDate;

/** Payments for the cash-application tests. */
final class Payments {

  private Payments() {}

  static Payment.Builder builder() {
    return Payment.builder().bankReference(BankReference.of("B-1")).receivingAccount("DE02120300000000202051")
        .amount(Money.of("EUR", "100.00")).valueDate(LocalDate.of(2026, 3, 12));
  }

  static Payment text(String... lines) {
    return builder().remittance(Remittance.ofText(lines)).build();
  }

  static Payment structured(StructuredReference... blocks) {
    return builder().remittance(Remittance.builder().addStructured(blocks).build()).build();
  }
}

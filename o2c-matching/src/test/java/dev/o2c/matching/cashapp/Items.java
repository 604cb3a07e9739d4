package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;

/** Open items for the cash-application tests. */
final class Items {

  private Items() {}

  static OpenItem invoice(String number) {
    return builder(number).build();
  }

  static OpenItem invoice(String number, String purchaseOrder) {
    return builder(number).customerReference(purchaseOrder).build();
  }

  static OpenItem.Builder builder(String number) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CustomerId.of("C-1"))
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
        .originalAmount(Money.of("EUR", "100.00"));
  }
}

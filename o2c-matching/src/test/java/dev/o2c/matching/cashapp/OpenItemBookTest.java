package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The book's items by amount: every item of an amount, in book order, whichever way the index was sorted. */
class OpenItemBookTest {

  private static OpenItem item(String number, String amount) {
    Money money = Money.of("EUR", amount);
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CustomerId.of("C-1"))
        .kind(money.isNegative() ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 1))
        .dueDate(LocalDate.of(2026, 3, 31)).originalAmount(money).build();
  }

  private static List<OpenItem> items(String... amounts) {
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      items.add(item("INV-" + (1000 + i), amounts[i]));
    }
    return items;
  }

  @Test
  void itemsOfAmount_givesEveryItemOfTheAmount_inBookOrder_upToOneMoreThanTheLimit() {
    OpenItemBook book = OpenItemBook.of(List.of(), items("100.00", "-20.00", "100.00", "55.55", "100.00", "-20.00"));
    assertThat(book.itemsOfAmount(10_000, 3)).containsExactly(0, 2, 4);
    assertThat(book.itemsOfAmount(10_000, 1)).containsExactly(0, 2);
    assertThat(book.itemsOfAmount(-2_000, 3)).containsExactly(1, 5);
    assertThat(book.itemsOfAmount(5_555, 3)).containsExactly(3);
    assertThat(book.itemsOfAmount(1, 3)).isEmpty();
  }

  @Test
  void itemsOfAmount_isTheSame_whenAmountsAreTooLargeToPackIntoOneLong() {
    // 2 x 10^18 minor units times 6 items does not fit the packed key: the boxed sort orders them instead
    OpenItemBook book = OpenItemBook.of(List.of(),
        items("100.00", "-20.00", "20000000000000000.00", "55.55", "100.00", "20000000000000000.00"));
    assertThat(book.itemsOfAmount(10_000, 3)).containsExactly(0, 4);
    assertThat(book.itemsOfAmount(-2_000, 3)).containsExactly(1);
    assertThat(book.itemsOfAmount(2_000_000_000_000_000_000L, 3)).containsExactly(2, 5);
  }
}

package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
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

  private static OpenItem itemOf(String number, String customer, String amount) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CustomerId.of(customer))
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
        .originalAmount(Money.of("EUR", amount)).build();
  }

  /** The group of {@link #group()}, its items' positions, and what gathering the parent's pool reads. */
  private final OpenItemBook book = group();
  private final int parentItem = book.indexOf(DocumentNumber.of("INV-1"));
  private final int childItem = book.indexOf(DocumentNumber.of("INV-2"));
  private final int otherItem = book.indexOf(DocumentNumber.of("INV-3"));
  private final BookReads parentPool = reads(book, () -> book.itemsPayableBy(CustomerId.of("P")));

  /** What the lookup reads of the book. */
  private static BookReads reads(OpenItemBook book, java.util.function.Supplier<?> lookup) {
    BookReads reads = new BookReads();
    book.recording(reads, lookup);
    return reads;
  }

  /** A parent P over C, and D on its own; one item each. */
  private static OpenItemBook group() {
    var parent = Customers.customer("P", "Parent AG");
    var child = Customer.builder().id(CustomerId.of("C")).name("Child GmbH")
        .parentId(CustomerId.of("P")).currency(Monetary.getCurrency("EUR")).build();
    var other = Customers.customer("D", "Other Ltd");
    return OpenItemBook.of(List.of(parent, child, other),
        List.of(itemOf("INV-1", "P", "10.00"), itemOf("INV-2", "C", "20.00"), itemOf("INV-3", "D", "30.00")));
  }

  @Test
  void aRecordedPool_isTouched_byTakingAnItemOfTheCustomerOrOfACustomerBelowIt_notOfAnother() {
    BookReads childPool = reads(book, () -> book.itemsPayableBy(CustomerId.of("C")));

    BookReads.Taken other = new BookReads.Taken(book);
    other.take(otherItem, 0);
    assertThat(other.touches(parentPool, 1)).isFalse();
    assertThat(other.touches(childPool, 1)).isFalse();

    BookReads.Taken child = new BookReads.Taken(book);
    child.take(childItem, 0);
    assertThat(child.touches(parentPool, 1)).as("the parent's pool holds its subsidiary's items").isTrue();
    assertThat(child.touches(childPool, 1)).isTrue();

    BookReads.Taken parent = new BookReads.Taken(book);
    parent.take(parentItem, 0);
    assertThat(parent.touches(parentPool, 1)).isTrue();
    assertThat(parent.touches(childPool, 1)).as("the subsidiary's pool does not hold its parent's items").isFalse();
  }

  @Test
  void recordedItems_areThoseLookedUpByNumberOrByAmount_andNothingIsRecordedOutsideARecording() {
    BookReads byNumber = reads(book, () -> book.indexOf(DocumentNumber.of("INV-2")));
    BookReads byAmount = reads(book, () -> book.itemsOfAmount(3_000, 3));
    BookReads none = reads(book, () -> book.indexOf(DocumentNumber.of("INV-9")));

    BookReads.Taken takenChild = new BookReads.Taken(book);
    takenChild.take(childItem, 0);
    BookReads.Taken takenOther = new BookReads.Taken(book);
    takenOther.take(otherItem, 0);
    assertThat(takenChild.touches(byNumber, 1)).isTrue();
    assertThat(takenOther.touches(byNumber, 1)).isFalse();
    assertThat(takenOther.touches(byAmount, 1)).isTrue();
    assertThat(takenChild.touches(byAmount, 1)).isFalse();
    assertThat(takenChild.touches(none, 1)).isFalse();
    assertThat(takenOther.touches(none, 1)).isFalse();
  }

  @Test
  void aTake_touchesOnlyTheReadsOfOtherLanes_andATakeOfEveryLaneTouchesAll() {
    BookReads childItemRead = reads(book, () -> book.indexOf(DocumentNumber.of("INV-2")));

    BookReads.Taken taken = new BookReads.Taken(book);
    taken.take(childItem, 3);
    assertThat(taken.touches(parentPool, 3)).as("the lane's own take: its later decisions saw it").isFalse();
    assertThat(taken.touches(childItemRead, 3)).isFalse();
    assertThat(taken.touches(parentPool, 4)).isTrue();
    assertThat(taken.touches(childItemRead, 4)).isTrue();

    taken.take(parentItem, 4);
    assertThat(taken.touches(parentPool, 3)).as("the parent's pool now holds a take of another lane").isTrue();
    assertThat(taken.touches(parentPool, 4)).as("and one of lane 3 for lane 4").isTrue();
    assertThat(taken.touches(childItemRead, 3)).isFalse();

    BookReads.Taken diverged = new BookReads.Taken(book);
    diverged.take(childItem, BookReads.Taken.EVERY_LANE);
    assertThat(diverged.touches(childItemRead, 3)).isTrue();
    assertThat(diverged.touches(parentPool, 0)).isTrue();
    assertThat(diverged.touches(parentPool)).isTrue();
    assertThat(taken.touches(childItemRead)).as("any take, of whatever lane").isTrue();
    assertThat(new BookReads.Taken(book).touches(parentPool)).isFalse();
  }

  @Test
  void theTopGroup_isTheTopParent_orTheCustomerItself_andNoneForACustomerTheBookDoesNotName() {
    assertThat(book.topGroup(CustomerId.of("C"))).isEqualTo(book.topGroup(CustomerId.of("P"))).isNotNegative();
    assertThat(book.topGroup(CustomerId.of("D"))).isNotEqualTo(book.topGroup(CustomerId.of("P"))).isNotNegative();
    assertThat(book.topGroup(CustomerId.of("X"))).isEqualTo(-1);
  }
}

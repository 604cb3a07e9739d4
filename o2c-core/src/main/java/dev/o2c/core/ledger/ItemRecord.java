package dev.o2c.core.ledger;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Mutable bookkeeping of one item, in signed minor units of the item's currency.
 *
 * <p>The item is kept in its parts: the document number as a {@link References} number, dates as {@link
 * Days} numbers, the amount as minor units, the customer id and currency as the ledger's shared
 * instances. While something is open the {@link OpenItem} as posted is kept too, so the postings and
 * queries on open items give it back as it is; once nothing is open it is let go ({@link #compact()})
 * and {@link #item(long)} makes the value again from the parts, equal to the one posted but for the
 * open amount. The rarely used buckets (discount, small
 * differences, bad debt, credited, deducted, settled before the cut-over) live in an array made on
 * first use, so a paid invoice holds two amounts besides its original.
 */
final class ItemRecord implements ClosedIndex.Closable {
  private static final ItemKind[] KINDS = ItemKind.values();
  static final int DISCOUNT = 0;
  static final int SMALL_DIFFERENCES = 1;
  static final int BAD_DEBT = 2;
  static final int CREDITED = 3;
  static final int DEDUCTED = 4;
  static final int SETTLED_BEFORE_CUT_OVER = 5;

  private final ItemBook book;
  final int reference;
  private final CustomerId customer;
  private final CurrencyUnit currency;
  private final long original;
  private final int documentDay;
  private final int dueDay;
  private final byte kind;
  /**
   * The {@link OpenItem} as posted while the item is open; after {@link #compact()}, what not every
   * item carries: null for none, the customer's reference (a {@code String}) or the terms (a {@code
   * PaymentTerms}) alone, or both in an array.
   */
  private Object extras;
  long open;
  long applied;
  /** The rarely used buckets by the indexes above; null while all are zero. */
  private long[] rare;
  /** The day of the last operation on the item; nothing may be dated before it. */
  private int lastDay;
  /** Where the item is in its customer's {@link ClosedIndex}: set while nothing is open, -1 otherwise. */
  private int closedSlot = -1;

  /**
   * Files a posted item.
   *
   * @param book the item book, whose tables hold the number and the dates
   * @param item the item as posted
   * @param customer the registry's instance of the item's customer id
   * @param date the posting date
   */
  ItemRecord(ItemBook book, OpenItem item, CustomerId customer, LocalDate date) {
    this.book = book;
    this.reference = book.references().add(item.documentNumber());
    this.customer = customer;
    this.currency = book.currency(item.originalAmount().currency());
    this.original = item.originalAmount().minorUnits();
    this.documentDay = book.days().add(item.documentDate());
    this.dueDay = book.days().add(item.dueDate());
    this.kind = (byte) item.kind().ordinal();
    this.extras = item;
    this.open = item.originalAmount().minorUnits();
    this.lastDay = book.days().add(date);
  }

  @Override
  public int closedSlot() {
    return closedSlot;
  }

  @Override
  public void closedSlot(int slot) {
    closedSlot = slot;
  }

  /** Lets go of the item as posted, keeping what of it the parts do not hold. */
  void compact() {
    if (extras instanceof OpenItem) {
      OpenItem item = (OpenItem) extras;
      String customerReference = item.customerReference().orElse(null);
      PaymentTerms terms = item.terms().orElse(null);
      extras = customerReference == null ? terms
          : terms == null ? customerReference : new Object[] {customerReference, terms};
    }
  }

  DocumentNumber documentNumber() {
    return extras instanceof OpenItem ? ((OpenItem) extras).documentNumber()
        : (DocumentNumber) book.references().get(reference);
  }

  CustomerId customerId() {
    return customer;
  }

  ItemKind kind() {
    return KINDS[kind];
  }

  LocalDate documentDate() {
    return book.days().get(documentDay);
  }

  long documentEpochDay() {
    return book.days().epochDay(documentDay);
  }

  Optional<PaymentTerms> terms() {
    if (extras instanceof OpenItem) {
      return ((OpenItem) extras).terms();
    }
    return Optional.ofNullable(extras instanceof Object[] ? (PaymentTerms) ((Object[]) extras)[1]
        : extras instanceof PaymentTerms ? (PaymentTerms) extras : null);
  }

  private Optional<String> customerReference() {
    return Optional.ofNullable(extras instanceof Object[] ? (String) ((Object[]) extras)[0]
        : extras instanceof String ? (String) extras : null);
  }

  CurrencyUnit currency() {
    return currency;
  }

  Money originalAmount() {
    return money(original);
  }

  LocalDate lastDate() {
    return book.days().get(lastDay);
  }

  void lastDate(LocalDate date) {
    lastDay = book.days().add(date);
  }

  int sign() {
    return kind().sign();
  }

  Money money(long minor) {
    return Money.ofMinor(currency, minor);
  }

  /** {@return one of the rarely used buckets} */
  long rare(int bucket) {
    return rare == null ? 0 : rare[bucket];
  }

  /** Adds to one of the rarely used buckets. */
  void addRare(int bucket, long minor) {
    if (rare == null) {
      if (minor == 0) {
        return;
      }
      rare = new long[SETTLED_BEFORE_CUT_OVER + 1];
    }
    rare[bucket] += minor;
  }

  /**
   * The item as posted, with another open amount.
   *
   * @param openMinor the open amount in minor units
   * @return the value
   */
  OpenItem item(long openMinor) {
    if (extras instanceof OpenItem) {
      OpenItem posted = (OpenItem) extras;
      return posted.openAmount().minorUnits() == openMinor ? posted : posted.withOpenAmount(money(openMinor));
    }
    return OpenItem.builder()
        .documentNumber(documentNumber())
        .customerId(customer)
        .kind(kind())
        .documentDate(documentDate())
        .dueDate(book.days().get(dueDay))
        .originalAmount(money(original))
        .openAmount(money(openMinor))
        .customerReference(customerReference())
        .terms(terms())
        .build();
  }

  ItemState state() {
    return new ItemState(item(open), money(applied), money(rare(DISCOUNT)), money(rare(SMALL_DIFFERENCES)),
        money(rare(BAD_DEBT)), money(rare(CREDITED)), money(rare(DEDUCTED)), money(rare(SETTLED_BEFORE_CUT_OVER)));
  }
}

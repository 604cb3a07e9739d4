package dev.o2c.jackson;

import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.id.TextId;
import java.util.function.Function;

/**
 * The kind of a text id, written beside the id wherever the kind is not fixed by the field: a
 * journal line's {@code reference} is a document number on item accounts, a payment id on cash
 * accounts and a deduction id on the deductions account, so its JSON carries {@code
 * "referenceType"} and the {@code o2c-jdbc} journal table a {@code reference_type} column.
 *
 * <pre>{@code
 * TextIdType.of(DocumentNumber.of("INV-1"));           // DOCUMENT_NUMBER
 * TextIdType.PAYMENT_ID.id("DE44.../2026031200042");   // a PaymentId
 * }</pre>
 */
public enum TextIdType {
  /** {@link DocumentNumber}. */
  DOCUMENT_NUMBER(DocumentNumber.class, DocumentNumber::of),
  /** {@link PaymentId}. */
  PAYMENT_ID(PaymentId.class, PaymentId::of),
  /** {@link DeductionId}. */
  DEDUCTION_ID(DeductionId.class, DeductionId::of),
  /** {@link CustomerId}. */
  CUSTOMER_ID(CustomerId.class, CustomerId::of),
  /** {@link BankReference}. */
  BANK_REFERENCE(BankReference.class, BankReference::of),
  /** {@link PromiseId}. */
  PROMISE_ID(PromiseId.class, PromiseId::of);

  private final Class<? extends TextId> type;
  private final Function<String, TextId> factory;

  TextIdType(Class<? extends TextId> type, Function<String, TextId> factory) {
    this.type = type;
    this.factory = factory;
  }

  /** {@return the id class of this kind} */
  public Class<? extends TextId> idClass() {
    return type;
  }

  /**
   * The kind of an id.
   *
   * @param id the id
   * @return its kind
   * @throws IllegalArgumentException if the id is of a {@link TextId} subclass this enum does not list
   */
  public static TextIdType of(TextId id) {
    for (TextIdType kind : values()) {
      if (kind.type == id.getClass()) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no TextIdType for " + id.getClass().getName());
  }

  /**
   * An id of this kind.
   *
   * @param text the id's text
   * @return the id
   * @throws IllegalArgumentException if the text is not a valid id (blank, too long, surrounding white space)
   */
  public TextId id(String text) {
    return factory.apply(text);
  }
}

package dev.o2c.core.domain;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A document a payment settles, as named in structured remittance information: an invoice, a
 * credit note, a debit note (camt {@code RfrdDocInf}). This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class ReferredDocument {

  ReferredDocument() {}

  /**
   * The document number as sent, e.g. an invoice number.
   *
   * @return the number, empty when not given
   */
  public abstract Optional<String> number();

  /**
   * The document type: an ISO code such as {@code CINV} (commercial invoice) or {@code CREN}
   * (credit note), or a proprietary type.
   *
   * @return the type, empty when not given
   */
  public abstract Optional<String> type();

  /**
   * The document date ({@code RltdDt}).
   *
   * @return the date, empty when not given
   */
  public abstract Optional<LocalDate> relatedDate();

  /**
   * The amount paid for this document: the remitted amount (or, when only that is given, the due
   * payable amount) of a structured block that names exactly this one document.
   *
   * @return the amount, empty when it cannot be attributed to this document
   */
  public abstract Optional<Money> amount();

  /**
   * Starts building a {@code ReferredDocument}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReferredDocument}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableReferredDocument.Builder {
    Builder() {}
  }
}

package dev.o2c.testkit.statement;

import java.io.Writer;
import java.util.Objects;

/**
 * Writes SWIFT MT940 customer statements with the structured German {@code :86:} form (GVC with
 * {@code ?NN} sub-fields), one message per statement, each ended by a {@code -} line.
 *
 * <p>Per statement: {@code :20:} statement id, {@code :25:} account IBAN, {@code :28C:} sequence
 * number, {@code :60F:} opening balance, then per entry a {@code :61:} statement line (value date,
 * entry date, {@code C}/{@code D}, amount, {@code NTRF}, customer reference {@code NONREF}, bank
 * reference after {@code //}) and a {@code :86:} field: GVC {@code 166} (credit) or {@code 116}
 * (debit), {@code ?00} posting text, remittance in {@code ?20}-{@code ?29} as SEPA keys {@code
 * EREF+} (end-to-end id) and {@code SVWZ+} (text) cut into 27-character sub-fields, {@code ?30}
 * BIC, {@code ?31} IBAN, {@code ?32}/{@code ?33} name. Finally {@code :62F:} closing balance.
 *
 * <p>What MT940 cannot carry here: the structured creditor reference (the German form has no
 * place for it other than the free text) and the account owner and servicer names. This class is
 * immutable and thread-safe.
 */
public final class Mt940Writer implements StatementFileWriter {

  private static final int SUBFIELD = 27;
  private final String lineEnd;

  private Mt940Writer(String lineEnd) {
    this.lineEnd = lineEnd;
  }

  /**
   * {@return a writer with CRLF line ends, as SWIFT prescribes}
   */
  public static Mt940Writer standard() {
    return new Mt940Writer("\r\n");
  }

  /**
   * A writer with the given line end.
   *
   * @param lineEnd {@code "\r\n"} or {@code "\n"}
   * @return the writer
   * @throws IllegalArgumentException if lineEnd is neither
   */
  public static Mt940Writer withLineEnd(String lineEnd) {
    if (!"\r\n".equals(lineEnd) && !"\n".equals(lineEnd)) {
      throw new IllegalArgumentException("line end must be CRLF or LF");
    }
    return new Mt940Writer(lineEnd);
  }

  @Override
  public void write(StatementFileSpec spec, Writer out) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(out, "out");
    StringBuilder sb = new StringBuilder(1024);
    for (StatementSpec s : spec.statements()) {
      String ccy = s.currency().getCurrencyCode();
      int scale = s.currency().getDefaultFractionDigits();
      sb.append(":20:").append(s.statementId()).append(lineEnd)
          .append(":25:").append(s.accountIban()).append(lineEnd)
          .append(":28C:").append(s.sequenceNumber()).append(lineEnd);
      balance(sb, ":60F:", s.openingMinor(), s, ccy, scale);
      Text.flush(sb, out);
      for (EntrySpec e : s.entries()) {
        entry(sb, e, scale);
        Text.flush(sb, out);
      }
      balance(sb, ":62F:", s.closingMinor(), s, ccy, scale);
      sb.append('-').append(lineEnd);
      Text.flush(sb, out);
    }
  }

  private void balance(StringBuilder sb, String tag, long minor, StatementSpec s, String ccy, int scale) {
    sb.append(tag).append(minor < 0 ? 'D' : 'C');
    Text.yymmdd(sb, s.date()).append(ccy);
    amount(sb, minor, scale).append(lineEnd);
  }

  private void entry(StringBuilder sb, EntrySpec e, int scale) {
    sb.append(":61:");
    Text.yymmdd(sb, e.valueDate());
    Text.mmdd(sb, e.bookingDate()).append(e.credit() ? 'C' : 'D');
    amount(sb, e.amountMinor(), scale).append("NTRFNONREF//").append(e.bankReference())
        .append(lineEnd).append(":86:").append(e.credit() ? "166?00GUTSCHRIFT" : "116?00UEBERWEISUNG");
    int sub = 20;
    if (e.endToEndId().isPresent()) {
      sub = chunks(sb, "EREF+" + e.endToEndId().get(), sub);
    }
    if (e.instructedAmount().isPresent()) {
      sub = chunks(sb, originalAmount(e), sub);
    }
    if (e.remittanceText().isPresent()) {
      sub = chunks(sb, "SVWZ+" + e.remittanceText().get(), sub);
    }
    if (!e.counterpartyBic().isEmpty()) {
      sb.append(lineEnd).append("?30").append(e.counterpartyBic());
    }
    if (!e.counterpartyIban().isEmpty()) {
      sb.append(lineEnd).append("?31").append(e.counterpartyIban());
    }
    String name = e.counterpartyName();
    if (!name.isEmpty()) {
      sb.append(lineEnd).append("?32").append(name, 0, Math.min(SUBFIELD, name.length()));
    }
    if (name.length() > SUBFIELD) {
      sb.append(lineEnd).append("?33").append(name, SUBFIELD, Math.min(2 * SUBFIELD, name.length()));
    }
    sb.append(lineEnd);
  }

  /**
   * How much remittance text an entry's {@code :86:} field can still carry: the field may hold at most
   * 6 lines of 65 characters (390 characters, SWIFT's limit), and the text goes into the sub-fields
   * {@code ?20}-{@code ?29} and {@code ?60}-{@code ?63} of 27 characters after {@code SVWZ+}, behind the
   * GVC, the posting text, the end-to-end id, BIC, IBAN and name the entry carries. Banks cut what is
   * longer; a caller that wants to write long texts cuts them to this length first.
   *
   * @param e the entry (its own remittance text is not counted)
   * @return the most characters of remittance text the writer puts into the field, 0 or more
   */
  public static int remittanceCapacity(EntrySpec e) {
    int used = 16; // GVC and ?00 posting text
    int subfields = 0;
    if (e.endToEndId().isPresent()) {
      int eref = (5 + e.endToEndId().get().length() + SUBFIELD - 1) / SUBFIELD;
      subfields += eref;
      used += 3 * eref + 5 + e.endToEndId().get().length();
    }
    if (e.instructedAmount().isPresent()) {
      subfields++;
      used += 3 + originalAmount(e).length();
    }
    used += e.counterpartyBic().isEmpty() ? 0 : 3 + e.counterpartyBic().length();
    used += e.counterpartyIban().isEmpty() ? 0 : 3 + e.counterpartyIban().length();
    String name = e.counterpartyName();
    used += name.isEmpty() ? 0 : 3 + Math.min(SUBFIELD, name.length());
    used += name.length() > SUBFIELD ? 3 + Math.min(SUBFIELD, name.length() - SUBFIELD) : 0;
    int bySubfields = (14 - subfields) * SUBFIELD - 5;
    int room = 390 - used;
    // "SVWZ+" and the text take n characters and one 3-character tag per started sub-field.
    int n = room;
    while (n > 0 && n + 3 * ((n + SUBFIELD - 1) / SUBFIELD) > room) {
      n--;
    }
    int byField = n - 5;
    return Math.max(0, Math.min(bySubfields, byField));
  }

  /**
   * The SEPA key {@code OAMT+} (original amount) of the German {@code :86:}: the currency and the
   * amount the payer instructed, decimal comma, e.g. {@code OAMT+GBP1301,12}.
   */
  private static String originalAmount(EntrySpec e) {
    dev.o2c.core.money.Money instructed = e.instructedAmount().orElseThrow();
    return "OAMT+" + instructed.currency().getCurrencyCode() + instructed.amount().toPlainString().replace('.', ',');
  }

  /** A SWIFT amount: always with a decimal comma, also for currencies without minor units (JPY {@code 37187,}). */
  private static StringBuilder amount(StringBuilder sb, long minor, int scale) {
    Text.decimal(sb, minor, scale, ',');
    return scale == 0 ? sb.append(',') : sb;
  }

  /** Appends text as sub-fields ?20..?29 then ?60..?63, 27 characters each, one per line. */
  private int chunks(StringBuilder sb, String text, int sub) {
    for (int i = 0; i < text.length(); i += SUBFIELD) {
      if (sub == 30) {
        sub = 60;
      }
      if (sub > 63) {
        throw new IllegalArgumentException("remittance too long for ?20-?29 and ?60-?63: " + text);
      }
      sb.append(lineEnd).append('?').append(sub++).append(text, i, Math.min(text.length(), i + SUBFIELD));
    }
    return sub;
  }

  @Override
  public String toString() {
    return "Mt940Writer";
  }
}

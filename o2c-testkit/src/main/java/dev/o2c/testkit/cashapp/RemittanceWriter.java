package dev.o2c.testkit.cashapp;

import dev.o2c.testkit.Iban;
import dev.o2c.testkit.statement.ReferredDocumentSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes a line's remittance as the payer sends it, by its {@link ReferenceKind}: a creditor
 * reference, referred documents, or free text with the numbers formatted, mistyped and OCR-garbled
 * by {@link Noise} at the difficulty's noise factor.
 */
final class RemittanceWriter {

  private static final String[] UNUSABLE = {
    "Payment", "Thank you", "Zahlung", "Paiement", "Transfer", "Overboeking", "Pago", "Remittance",
    "Customer payment", "See advice", "Sammelzahlung"
  };

  private final WorldDraws r;
  private final CustomerBook book;
  /** The difficulty's noise factor. */
  private final double f;

  RemittanceWriter(WorldDraws r, CustomerBook book, double noiseFactor) {
    this.r = r;
    this.book = book;
    this.f = noiseFactor;
  }

  /**
   * A remittance: the unstructured text (before truncation), the creditor reference, the referred
   * documents, and the flat text an MT940 {@code :86:} carries; each may be absent (null or empty).
   */
  record Remittance(String text, String creditorReference, List<ReferredDocumentSpec> documents, String flat) {}

  /**
   * Writes the remittance of a line; a PO reference falls back to the invoice numbers (and the
   * draft's kind says so) unless every listed item has a PO number.
   */
  Remittance write(LineDraft d, boolean ocr) {
    String text = null;
    String creditorReference = null;
    List<ReferredDocumentSpec> documents = new ArrayList<>();
    String flat;
    double typed = 0.10 * f;
    switch (d.kind) {
      case STRUCTURED_CREDITOR_REFERENCE: {
        String number = book.itemNumber[d.listed.get(0)].replace("-", "");
        creditorReference = Noise.corrupt(r.random(), Iban.of("RF", number), 0.03 * f);
        flat = creditorReference + d.suffix;
        break;
      }
      case STRUCTURED_DOCUMENTS: {
        boolean amounts = r.chance(0.7);
        StringBuilder sb = new StringBuilder();
        for (int k : d.listed) {
          long[] a = d.allocationOf(k);
          String number = Noise.corrupt(r.random(), book.itemNumber[k], 0.03 * f);
          // The payer claims the discount it takes, earned or not.
          long claimed = a[2] + (d.unearnedDiscount ? a[3] : 0);
          boolean withAmounts = amounts || claimed > 0 || a[3] > 0;
          int reason = d.reasonGiven ? LineScenarios.reasonIndex(d.reasons.get(d.allocations.indexOf(a))) : -1;
          documents.add(new ReferredDocumentSpec(number, book.itemMemo[k] ? "CREN" : "CINV",
              withAmounts ? OptionalLong.of(Math.abs(a[1])) : OptionalLong.empty(), claimed,
              d.reasonGiven ? a[3] : 0,
              reason >= 0 ? Optional.of(LineScenarios.REASON_CODES[reason]) : Optional.empty()));
          sb.append(sb.length() == 0 ? "" : " ").append(number);
        }
        flat = sb + d.suffix;
        break;
      }
      case INVOICE_NUMBER:
      case MIXED_WORDS:
      case PO_NUMBER: {
        List<String> tokens = new ArrayList<>();
        boolean po = d.kind == ReferenceKind.PO_NUMBER && d.listed.stream().allMatch(k -> book.itemPo[k] != null);
        if (d.kind == ReferenceKind.PO_NUMBER && !po) {
          d.kind = ReferenceKind.INVOICE_NUMBER;
        }
        for (int k : d.listed) {
          String token = po ? Noise.formatPo(r.random(), book.itemPo[k], f)
              : Noise.formatDocument(r.random(), book.itemNumber[k], f);
          tokens.add(Noise.corrupt(r.random(), token, typed));
        }
        String list = String.join(r.chance(0.5) ? ", " : " ", tokens);
        if (d.kind == ReferenceKind.MIXED_WORDS) {
          String[] before = {"Payment for order " + r.between(1000, 99999) + " invoice ", "Zahlung Kd-Nr "
              + r.between(1000, 9999) + " Re ", "Reglement facture ", "Our ref " + r.between(100, 999) + "/", "Inv "};
          String[] after = {" thank you", " vom " + LocalDate.ofEpochDay(d.day - r.between(20, 40)), "", " regards",
            " delivery " + r.between(10000, 99999)};
          text = before[r.nextInt(before.length)] + list + after[r.nextInt(after.length)];
        } else {
          String[] lead = po ? new String[] {"", "Order ", "Bestellung "}
              : new String[] {"", "Invoice ", "Rechnung ", "Facture ", "Payment "};
          text = lead[r.nextInt(lead.length)] + list;
        }
        text = text + d.suffix;
        if (ocr) {
          text = Noise.ocr(r.random(), text, 0.02);
        }
        flat = text;
        break;
      }
      case UNUSABLE: {
        text = d.suffix.isEmpty() ? UNUSABLE[r.nextInt(UNUSABLE.length)] : d.suffix.strip();
        if (d.scenario == CashAppScenario.UNIDENTIFIABLE && d.payer < 0 && r.chance(0.5)) {
          text = text + " " + Long.toString(r.nextLong() >>> 24, 36).toUpperCase(Locale.ROOT);
        }
        flat = text;
        break;
      }
      default:
        flat = d.suffix.strip().isEmpty() ? null : d.suffix.strip();
        text = flat;
    }
    return new Remittance(text, creditorReference, documents, flat);
  }
}

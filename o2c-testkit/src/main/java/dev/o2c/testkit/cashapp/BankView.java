package dev.o2c.testkit.cashapp;

import dev.o2c.core.money.Money;
import dev.o2c.testkit.statement.Mt940Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Renders a drafted line as the bank shows it: the payer's name (varied) and account (absent,
 * unknown or one of the customer's), BIC and end-to-end id, the remittance, the amounts reported
 * beside it, and the MT940 {@code :86:} text cut to what the field holds. Duplicates and returns
 * repeat the line they copy.
 */
final class BankView {

  private static final String[] BICS = {
    "COBADEFFXXX", "DEUTDEFF", "INGBNL2A", "BNPAFRPP", "RABONL2U", "GENODEF1M04", "BYLADEM1001",
    "SOGEFRPP", "ABNANL2A", "HYVEDEMM", "GEBABEBB", "BKAUATWW", "NBOKKWKW", "BOTKJPJT"
  };

  private final CashAppConfig config;
  private final WorldDraws r;
  private final CustomerBook book;
  private final RemittanceWriter remittances;
  private final ReportedAmounts reported;
  /** The difficulty's noise factor. */
  private final double f;

  BankView(CashAppConfig config, WorldDraws r, CustomerBook book, ReportedAmounts reported) {
    this.config = config;
    this.r = r;
    this.book = book;
    this.f = config.difficulty().noiseFactor();
    this.remittances = new RemittanceWriter(r, book, f);
    this.reported = reported;
  }

  /**
   * The bank line of a draft; rendering settles the draft's reference kind (a PO reference needs a
   * PO on every listed item).
   */
  BankLine render(LineDraft d, CurrencyUnit currency, LocalDate date) {
    return d.copyOf != null ? copy(d, currency, date) : fresh(d, currency, date);
  }

  /** A duplicate repeats the original's remittance and payer; a return refers to the original. */
  private BankLine copy(LineDraft d, CurrencyUnit currency, LocalDate date) {
    BankLine o = d.copyOf;
    if (d.credit) {
      return new BankLine(d.ref, true, Money.ofMinor(currency, d.amount), date, date, o.payerName(), o.payerAccount(),
          o.payerBic(), o.endToEndId(), o.remittanceText(), o.creditorReference(), o.referredDocuments(),
          o.mt940Text(), o.ocr(), o.instructedAmount(), o.chargesMinor());
    }
    String text = "RETURN " + o.entryRef() + " " + (r.chance(0.5) ? "AC04 CLOSED ACCOUNT" : "MD06 REFUND REQUEST");
    return new BankLine(d.ref, false, Money.ofMinor(currency, d.amount), date, date, o.payerName(), o.payerAccount(),
        o.payerBic(), o.endToEndId(), Optional.of(text), Optional.empty(), List.of(), Optional.of(text), false,
        Optional.empty(), 0);
  }

  private BankLine fresh(LineDraft d, CurrencyUnit currency, LocalDate date) {
    boolean structured = d.kind.isStructured();
    boolean ocr = !structured && r.chance(0.10 * f);
    // Payer name and account as the bank shows them.
    Optional<String> name;
    if (d.shownPayer >= 0) {
      String n = book.custName[d.shownPayer];
      name = Optional.of(r.chance(config.difficulty().nameVariationShare()) ? Noise.varyName(r.random(), n) : n);
    } else {
      name = Optional.ofNullable(d.foreignName);
    }
    name = name.map(n -> n.length() > 70 ? n.substring(0, 70).strip() : n);
    Optional<String> iban = Optional.empty();
    double ocrShare = 0.10 * f;
    double absent = Math.min(0.9, Math.max(0, (0.30 * f - ocrShare) / (1 - ocrShare)));
    if (!ocr && !r.chance(absent)) {
      boolean unknown = d.foreignIban || r.chance(Math.min(1, 0.10 * f / 0.7));
      if (d.shownPayer >= 0 && !unknown) {
        String[] accounts = book.custIbans[d.shownPayer];
        iban = Optional.of(accounts[r.nextInt(accounts.length)]);
      } else if (d.shownPayer >= 0 || d.foreignIban) {
        iban = Optional.of(book.anyIban(d.currency));
      }
    }
    Optional<String> bic = iban.map(i -> BICS[r.nextInt(BICS.length)]);
    Optional<String> e2e = !ocr && r.chance(0.4)
        ? Optional.of("E2E" + Long.toString(r.nextLong() >>> 20, 36).toUpperCase(Locale.ROOT)) : Optional.empty();

    RemittanceWriter.Remittance remittance = remittances.write(d, ocr);
    Optional<String> camtText = Optional.ofNullable(remittance.text()).map(t -> cut(t, 140));
    ReportedAmounts.Reported amounts = reported.of(d, currency);
    BankLine line = new BankLine(d.ref, d.credit, Money.ofMinor(currency, d.amount), date, date, name, iban, bic, e2e,
        camtText, Optional.ofNullable(remittance.creditorReference()), remittance.documents(), Optional.empty(), ocr,
        amounts.instructed(), amounts.charges());
    String flat = remittance.flat();
    if (flat == null || flat.isBlank()) {
      return line;
    }
    int room = Mt940Writer.remittanceCapacity(CashAppFiles.mt940Entry(line));
    String mt940 = cut(CashAppFiles.swift(flat), room);
    return mt940.isEmpty() ? line : new BankLine(d.ref, d.credit, line.amount(), date, date, name, iban, bic, e2e,
        camtText, line.creditorReference(), remittance.documents(), Optional.of(mt940), ocr, amounts.instructed(),
        amounts.charges());
  }

  private static String cut(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max).strip();
  }
}

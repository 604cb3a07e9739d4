package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.Iban;
import dev.o2c.testkit.statement.Camt053Writer;
import dev.o2c.testkit.statement.EntrySpec;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import dev.o2c.testkit.statement.StatementSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Writes a {@link CashAppWorld} as the files of a cash-application run: the open items and customers
 * CSV exactly as the {@code o2c} CLI contract reads them ({@code --open-items}, {@code --customers}),
 * the bank lines as one camt.053 and as one MT940 (the same payments; MT940 loses the structure), and
 * the truth as JSON. Every method writes text to a {@link Writer} and neither flushes nor closes it;
 * output is the same for the same world, byte for byte.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(dir.resolve("open-items.csv"))) {
 *   CashAppFiles.writeOpenItems(world, out);
 * }
 * }</pre>
 *
 * <p>Statements: one per business day and account, an account per currency (EUR and JPY on German
 * IBANs, KWD on a Kuwaiti one), each opening with the previous one's closing balance. Entries carry
 * the line's {@link BankLine#entryRef()} as account servicer reference (camt, entry and {@code
 * TxDtls/Refs}) and as {@code :61:} bank reference (MT940), so both readers report it as {@code
 * entry_ref}.
 */
public final class CashAppFiles {

  /** The file names {@code o2c-benchmarks} uses when it writes a world into a directory. */
  public static final List<String> FILE_NAMES =
      List.of("open-items.csv", "customers.csv", "statement.camt053.xml", "statement.mt940", "truth.json",
          "advices.json");

  private static final String OWNER = "o2c Benchmark GmbH";

  private CashAppFiles() {}

  /**
   * Writes the open items as CSV with header {@code
   * item_id,customer_id,type,document_date,due_date,currency,amount,open_amount,reference,terms}.
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeOpenItems(CashAppWorld world, Writer out) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("item_id,customer_id,type,document_date,due_date,currency,amount,open_amount,reference,terms\n");
    for (BenchItem item : world.items()) {
      String amount = item.amount().amount().toPlainString();
      sb.append(item.documentNumber()).append(',').append(item.customerId()).append(',').append(item.kind().name())
          .append(',').append(item.documentDate()).append(',').append(item.dueDate()).append(',')
          .append(item.amount().currency().getCurrencyCode()).append(',').append(amount).append(',').append(amount)
          .append(',').append(item.poNumber().orElse("")).append(',').append(item.terms()).append('\n');
      flushIfFull(sb, out);
    }
    flush(sb, out);
  }

  /**
   * Writes the customers as CSV with header {@code customer_id,name,bank_accounts,parent_id}; accounts
   * separated by {@code ;}, names quoted per RFC 4180 where needed.
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeCustomers(CashAppWorld world, Writer out) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("customer_id,name,bank_accounts,parent_id\n");
    for (BenchCustomer c : world.customers()) {
      sb.append(c.id()).append(',');
      csv(sb, c.name()).append(',').append(String.join(";", c.bankAccounts())).append(',')
          .append(c.parentId().map(Object::toString).orElse("")).append('\n');
      flushIfFull(sb, out);
    }
    flush(sb, out);
  }

  /**
   * Writes the bank lines as one camt.053 (version 001.08) with structured references where the line
   * has them.
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the world has no lines
   */
  public static void writeCamt053(CashAppWorld world, Writer out) {
    Camt053Writer.of(Camt053Writer.Version.V08).write(statements(world, false), out);
  }

  /**
   * Writes the bank lines as one MT940 (CRLF line ends), the remittance flattened into {@code :86:}.
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the world has no lines
   */
  public static void writeMt940(CashAppWorld world, Writer out) {
    Mt940Writer.standard().write(statements(world, true), out);
  }

  /**
   * The statement file the camt.053 or the MT940 is written from.
   *
   * @param world the world
   * @param mt940 true for the MT940 view of the lines (flattened remittance, SWIFT characters)
   * @return the description
   * @throws IllegalArgumentException if the world has no lines
   */
  public static StatementFileSpec statements(CashAppWorld world, boolean mt940) {
    Map<String, List<BankLine>> byStatement = new LinkedHashMap<>();
    for (BankLine line : world.lines()) {
      CurrencyUnit c = line.amount().currency();
      String key = line.bookingDate() + " " + order(c) + c.getCurrencyCode();
      byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }
    List<String> keys = new ArrayList<>(byStatement.keySet());
    keys.sort(null);
    Map<CurrencyUnit, long[]> balances = new LinkedHashMap<>();
    List<StatementSpec> statements = new ArrayList<>();
    for (String key : keys) {
      List<BankLine> lines = byStatement.get(key);
      CurrencyUnit currency = lines.get(0).amount().currency();
      LocalDate date = lines.get(0).bookingDate();
      long[] state = balances.computeIfAbsent(currency, c -> new long[] {opening(c), 0});
      List<EntrySpec> entries = new ArrayList<>(lines.size());
      long closing = state[0];
      for (BankLine line : lines) {
        entries.add(mt940 ? mt940Entry(line).withRemittanceText(line.mt940Text()) : camtEntry(line));
        closing += line.credit() ? line.amount().minorUnits() : -line.amount().minorUnits();
      }
      String code = currency.getCurrencyCode();
      statements.add(StatementSpec.of(statements.size(), "S" + date.toString().replace("-", "") + "-" + code,
          (int) ++state[1], account(code), code.equals("KWD") ? "NBOKKWKW" : "COBADEFFXXX", OWNER, currency, date,
          state[0], entries));
      state[0] = closing;
    }
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("the world has no bank lines to write");
    }
    LocalDate last = statements.get(statements.size() - 1).date();
    return StatementFileSpec.of("O2CBENCH" + world.seed(), last.atTime(19, 0), statements);
  }

  private static int order(CurrencyUnit c) {
    switch (c.getCurrencyCode()) {
      case "EUR":
        return 0;
      case "JPY":
        return 1;
      default:
        return 2;
    }
  }

  private static long opening(CurrencyUnit c) {
    return Money.ofMajor(c, c.getCurrencyCode().equals("JPY") ? 150_000_000L : 1_000_000L).minorUnits();
  }

  private static String account(String currency) {
    switch (currency) {
      case "EUR":
        return Iban.of("DE", "370400440532013000");
      case "JPY":
        return Iban.of("DE", "370400440532013392");
      default:
        return Iban.of("KW", "NBOK0000000000001234567890");
    }
  }

  private static EntrySpec camtEntry(BankLine line) {
    return EntrySpec.builder().amountMinor(line.amount().minorUnits()).credit(line.credit())
        .bookingDate(line.bookingDate()).valueDate(line.valueDate()).bankReference(line.entryRef())
        .endToEndId(line.endToEndId())
        .counterparty(line.payerName().orElse(""), line.payerAccount().orElse(""), line.payerBic().orElse(""))
        .remittanceText(line.remittanceText()).creditorReference(line.creditorReference())
        .referredDocuments(line.referredDocuments())
        .amountDetails(line.instructedAmount(), line.chargesMinor()).build();
  }

  /** The MT940 view of a line, without remittance text: the name in SWIFT characters, no structure. */
  static EntrySpec mt940Entry(BankLine line) {
    return EntrySpec.builder().amountMinor(line.amount().minorUnits()).credit(line.credit())
        .bookingDate(line.bookingDate()).valueDate(line.valueDate()).bankReference(line.entryRef())
        .endToEndId(line.endToEndId())
        .counterparty(line.payerName().map(CashAppFiles::swift).orElse(""), line.payerAccount().orElse(""),
            line.payerBic().orElse(""))
        // German banks write the original amount (OAMT+) only when it differs from the booked one.
        .amountDetails(line.instructedAmount().filter(i -> !i.equals(line.amount())), 0)
        .build();
  }

  /** Text in the SWIFT X character set: transliterated, anything else a blank; '?' never (it starts sub-fields). */
  static String swift(String text) {
    String folded = Noise.fold(text);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "/-:().,'+ ".indexOf(c) >= 0;
      char out = ok ? c : ' ';
      if (out != ' ' || (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ')) {
        sb.append(out);
      }
    }
    return sb.toString().strip();
  }

  // ------------------------------------------------------------------ truth as JSON

  /**
   * Writes the truth as JSON: the world's seed, profile, difficulty and sizes, then {@code lines}, one
   * object per line in statement order: {@code entry_ref}, {@code direction} ({@code CRDT}/{@code
   * DBIT}), {@code scenario} (1-14), {@code scenario_name}, {@code currency}, {@code amount}, {@code
   * payer} (or null), {@code enough_evidence}, {@code reference_kind}, {@code detail}, {@code
   * reversal_of} (or null), {@code unapplied} and {@code allocations}, each with {@code item_id},
   * {@code customer_id}, {@code applied}, {@code discount}, {@code deduction}, {@code
   * deduction_reason} (or null), {@code fee}, {@code fx_difference} and {@code writeoff}. Amounts are
   * strings with the currency's scale ({@code "980.00"}, {@code "1500"} for JPY).
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeTruth(CashAppWorld world, Writer out) {
    StringBuilder sb = new StringBuilder(1 << 16);
    CashAppConfig c = world.config();
    sb.append("{\"seed\":").append(world.seed()).append(",\"profile\":\"").append(c.profile())
        .append("\",\"difficulty\":\"").append(c.difficulty()).append("\",\"as_of\":\"").append(c.asOf())
        .append("\",\"held_out\":").append(CashAppWorldGenerator.HELD_OUT_SEEDS.contains(world.seed()))
        .append(",\"customers\":").append(world.customers().size()).append(",\"open_items\":")
        .append(world.items().size()).append(",\"lines\":[\n");
    boolean first = true;
    for (LineTruth t : world.truths()) {
      sb.append(first ? "" : ",\n");
      first = false;
      sb.append("{\"entry_ref\":");
      json(sb, t.entryRef()).append(",\"direction\":\"").append(t.credit() ? "CRDT" : "DBIT")
          .append("\",\"scenario\":").append(t.scenario().number()).append(",\"scenario_name\":\"")
          .append(t.scenario().name()).append("\",\"currency\":\"").append(t.amount().currency().getCurrencyCode())
          .append("\",\"amount\":");
      amount(sb, t.amount()).append(",\"payer\":");
      json(sb, t.payer().map(Object::toString).orElse(null)).append(",\"enough_evidence\":")
          .append(t.enoughEvidence()).append(",\"reference_kind\":\"").append(t.referenceKind())
          .append("\",\"detail\":");
      json(sb, t.detail()).append(",\"reversal_of\":");
      json(sb, t.reversalOf().orElse(null)).append(",\"unapplied\":");
      amount(sb, t.unapplied()).append(",\"allocations\":[");
      for (int i = 0; i < t.allocations().size(); i++) {
        AllocationTruth a = t.allocations().get(i);
        sb.append(i == 0 ? "" : ",").append("{\"item_id\":");
        json(sb, a.documentNumber().toString()).append(",\"customer_id\":");
        json(sb, a.customerId().toString()).append(",\"applied\":");
        amount(sb, a.applied()).append(",\"discount\":");
        amount(sb, a.discount()).append(",\"deduction\":");
        amount(sb, a.deduction()).append(",\"deduction_reason\":");
        json(sb, a.deductionReason().map(Enum::name).orElse(null)).append(",\"fee\":");
        amount(sb, a.fee()).append(",\"fx_difference\":");
        amount(sb, a.fxDifference()).append(",\"writeoff\":");
        amount(sb, a.writeOff()).append('}');
      }
      sb.append("]}");
      flushIfFull(sb, out);
    }
    sb.append("\n]}\n");
    flush(sb, out);
  }

  // ------------------------------------------------------------------ remittance advices as JSON

  /**
   * Writes the world's {@linkplain CashAppAdvices remittance advices} as a JSON array, one advice per
   * line, in the form o2c-jackson reads and writes {@code RemittanceAdvice}: {@code id}, {@code
   * endToEndId}, {@code payerName}, {@code payerAccount}, {@code amount} and {@code paymentDate}
   * where present, and {@code remittance} with one {@code structured} block per document ({@code
   * referredDocuments} with {@code number} and {@code type}, {@code remittedAmount} or {@code
   * creditNoteAmount}, {@code discounts}, {@code adjustments} with {@code reason}). Money is {@code
   * {"amount":"980.00","currency":"EUR"}}.
   *
   * @param world the world
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeAdvices(CashAppWorld world, Writer out) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append('[');
    boolean first = true;
    for (RemittanceAdvice a : CashAppAdvices.of(world)) {
      sb.append(first ? "\n" : ",\n");
      first = false;
      sb.append("{\"id\":");
      json(sb, a.id());
      a.endToEndId().ifPresent(e -> json(sb.append(",\"endToEndId\":"), e));
      a.payerName().ifPresent(n -> json(sb.append(",\"payerName\":"), n));
      a.payerAccount().ifPresent(x -> json(sb.append(",\"payerAccount\":"), x));
      a.amount().ifPresent(m -> money(sb.append(",\"amount\":"), m));
      a.paymentDate().ifPresent(d -> sb.append(",\"paymentDate\":\"").append(d).append('"'));
      sb.append(",\"remittance\":{\"structured\":[");
      List<StructuredReference> blocks = a.remittance().structured();
      for (int i = 0; i < blocks.size(); i++) {
        StructuredReference b = blocks.get(i);
        sb.append(i == 0 ? "{" : ",{").append("\"referredDocuments\":[");
        for (int j = 0; j < b.referredDocuments().size(); j++) {
          ReferredDocument d = b.referredDocuments().get(j);
          sb.append(j == 0 ? "{" : ",{").append("\"number\":");
          json(sb, d.number().orElseThrow()).append(",\"type\":");
          json(sb, d.type().orElseThrow()).append('}');
        }
        sb.append(']');
        b.remittedAmount().ifPresent(m -> money(sb.append(",\"remittedAmount\":"), m));
        b.creditNoteAmount().ifPresent(m -> money(sb.append(",\"creditNoteAmount\":"), m));
        adjustments(sb, "discounts", b.discounts());
        adjustments(sb, "adjustments", b.adjustments());
        sb.append('}');
      }
      sb.append("]}}");
      flushIfFull(sb, out);
    }
    sb.append("\n]\n");
    flush(sb, out);
  }

  private static void adjustments(StringBuilder sb, String name, List<RemittanceAdjustment> adjustments) {
    if (adjustments.isEmpty()) {
      return;
    }
    sb.append(",\"").append(name).append("\":[");
    for (int i = 0; i < adjustments.size(); i++) {
      RemittanceAdjustment a = adjustments.get(i);
      money(sb.append(i == 0 ? "{" : ",{").append("\"amount\":"), a.amount());
      a.reason().ifPresent(r -> json(sb.append(",\"reason\":"), r));
      sb.append('}');
    }
    sb.append(']');
  }

  private static StringBuilder money(StringBuilder sb, Money m) {
    amount(sb.append("{\"amount\":"), m);
    return sb.append(",\"currency\":\"").append(m.currency().getCurrencyCode()).append("\"}");
  }

  private static StringBuilder amount(StringBuilder sb, Money m) {
    return sb.append('"').append(m.amount().toPlainString()).append('"');
  }

  private static StringBuilder json(StringBuilder sb, String s) {
    if (s == null) {
      return sb.append("null");
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }

  private static StringBuilder csv(StringBuilder sb, String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return sb.append(s);
    }
    return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  private static void flushIfFull(StringBuilder sb, Writer out) {
    if (sb.length() > 1 << 15) {
      flush(sb, out);
    }
  }

  private static void flush(StringBuilder sb, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.append(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.setLength(0);
  }
}

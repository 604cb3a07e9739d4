package dev.o2c.examples.statement;

import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.csv.SpreadsheetSafe;
import dev.o2c.examples.text.Amounts;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.References;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.Remittance;
import dev.o2c.matching.statement.ReturnInfo;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The transactions CSV of {@code o2c statement --out}: one row per transaction (an entry with
 * several transaction details gives several rows), in file order, in the columns the CLI contract
 * fixes ({@link #CONTRACT_COLUMNS}) followed by a few extra ones ({@link #EXTRA_COLUMNS}).
 *
 * <p>As a {@link StatementHandler} it writes the rows of each entry as the reader hands the entry
 * over, so a statement file of any size is converted without holding its transactions:
 *
 * <pre>{@code
 * TransactionsCsv csv = new TransactionsCsv(writer);   // writes the header
 * StatementReaders.stream(in, "statement.xml", csv);
 * csv.rowCount();                                      // transactions written
 * }</pre>
 *
 * <p>Mapping from the normalized model ({@link #row}):
 *
 * <ul>
 *   <li>{@code entry_ref}: the transaction's account servicer reference, else the entry's, else the
 *       entry reference ({@code NtryRef}). For ISO 20022 that is {@code TxDtls/Refs/AcctSvcrRef},
 *       {@code Ntry/AcctSvcrRef}, {@code NtryRef}; the MT940 and BAI2 readers put the bank reference
 *       of the {@code :61:} line or 16 record there. Empty when the bank gave none.
 *   <li>{@code direction}: {@code CRDT} or {@code DBIT} as booked; the reversal of a credit (MT940
 *       {@code RC}) is {@code DBIT} with {@code reversal} {@code true}.
 *   <li>{@code amount}: positive plain decimal at the currency's scale ({@code 12.30}, JPY
 *       {@code 5000}).
 *   <li>{@code status}: {@code BOOK}, {@code PDNG} or {@code INFO}. BAI2 detail records whose type
 *       code says neither credit nor debit are {@code INFO}, as the reader reports them.
 *   <li>{@code payer_name}, {@code payer_account}: the transaction's debtor (for a credit, the
 *       counterparty who paid); the account is the IBAN, else the other account number.
 *   <li>{@code remittance_text}: the unstructured remittance lines joined as the bank meant them:
 *       a line that fills the format's line width (140 characters for ISO 20022 {@code Ustrd}, 65
 *       for MT940 {@code :86:}) was cut there and runs on without a separator; other lines are
 *       joined with one space. MT940 {@code ?20}-{@code ?29} subfields arrive from the reader
 *       already concatenated without separators (for SEPA texts, the {@code SVWZ+} part).
 *   <li>{@code references}: per structured remittance block the referred document numbers, then
 *       the creditor reference, each once, separated by {@code ;}.
 * </ul>
 *
 * <p>Extra columns: {@code customer_reference} (MT940 reference for the account owner, BAI2
 * customer reference), {@code payee_name} and {@code payee_account} (the creditor),
 * {@code bank_transaction_code} (ISO domain/family/sub-family, else proprietary code, BAI2 type code,
 * MT940 GVC or transaction type), {@code return_reason}, {@code additional_info} (camt
 * {@code AddtlTxInf}, or {@code AddtlNtryInf} for an entry without details; the MT940 posting text)
 * and {@code duplicate_key} (see {@link Transaction#duplicateKey()}).
 *
 * <p>Free text that a payer or the bank typed ({@link #FREE_TEXT_COLUMNS}: names, remittance text,
 * references) is made safe for spreadsheets by default: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or CR gets a single quote in front ({@link SpreadsheetSafe}), so that a
 * spreadsheet shows it instead of running it as a formula. {@link TextCells#RAW} keeps the text as
 * sent. Amounts, dates and codes are never changed.
 *
 * <p>Instances are not thread-safe; the writer is neither flushed nor closed.
 */
public final class TransactionsCsv implements StatementHandler {

  /** The columns the CLI contract fixes, in its order. */
  public static final List<String> CONTRACT_COLUMNS = List.of(
      "statement_id", "account", "entry_ref", "booking_date", "value_date", "direction", "amount",
      "currency", "status", "reversal", "payer_name", "payer_account", "end_to_end_id", "remittance_text",
      "references");

  /** The columns o2c adds after the contract's, in this order. */
  public static final List<String> EXTRA_COLUMNS = List.of(
      "customer_reference", "payee_name", "payee_account", "bank_transaction_code", "return_reason",
      "additional_info", "duplicate_key");

  /** The full header: {@link #CONTRACT_COLUMNS} then {@link #EXTRA_COLUMNS}. */
  public static final List<String> HEADER = concat(CONTRACT_COLUMNS, EXTRA_COLUMNS);

  /**
   * The columns holding free text that a payer or the bank typed, which {@link TextCells#SPREADSHEET_SAFE}
   * neutralises: {@code payer_name, end_to_end_id, remittance_text, references, customer_reference,
   * payee_name, additional_info}.
   */
  public static final List<String> FREE_TEXT_COLUMNS = List.of(
      "payer_name", "end_to_end_id", "remittance_text", "references", "customer_reference", "payee_name",
      "additional_info");

  /** How free-text cells ({@link #FREE_TEXT_COLUMNS}) are written. */
  public enum TextCells {
    /** A cell starting with {@code = + - @}, tab or CR gets a leading single quote ({@link SpreadsheetSafe}). */
    SPREADSHEET_SAFE,
    /** The text exactly as the bank file gives it. */
    RAW
  }

  private static final int[] FREE_TEXT_INDEXES = FREE_TEXT_COLUMNS.stream().mapToInt(HEADER::indexOf).toArray();

  /** The width of one ISO 20022 {@code Ustrd} element (Max140Text). */
  private static final int CAMT_LINE_WIDTH = 140;
  /** The width of one line of an MT940 {@code :86:} field (6*65x). */
  private static final int SWIFT_LINE_WIDTH = 65;

  private final CsvWriter csv;
  private final TextCells textCells;
  private Statement statement;
  private long rowCount;

  /**
   * Starts a transactions CSV with spreadsheet-safe free text by writing its header row.
   *
   * @param out where the CSV goes
   * @throws UncheckedIOException if writing fails
   */
  public TransactionsCsv(Writer out) {
    this(out, TextCells.SPREADSHEET_SAFE);
  }

  /**
   * Starts a transactions CSV by writing its header row.
   *
   * @param out where the CSV goes
   * @param textCells how free-text cells are written
   * @throws UncheckedIOException if writing fails
   */
  public TransactionsCsv(Writer out, TextCells textCells) {
    this.csv = new CsvWriter(Objects.requireNonNull(out, "out"));
    this.textCells = Objects.requireNonNull(textCells, "textCells");
    csv.row(HEADER);
  }

  /**
   * Remembers the statement whose entries follow.
   *
   * @param header the statement so far, without entries
   */
  @Override
  public void onStatementStart(Statement header) {
    this.statement = Objects.requireNonNull(header, "header");
  }

  /**
   * Writes one row per transaction of the entry.
   *
   * @param entry the entry of the current statement
   * @throws IllegalStateException if no statement has started
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void onEntry(Entry entry) {
    if (statement == null) {
      throw new IllegalStateException("an entry arrived before its statement");
    }
    for (Transaction transaction : entry.transactions()) {
      List<String> row = row(statement, entry, transaction);
      if (textCells == TextCells.SPREADSHEET_SAFE) {
        for (int index : FREE_TEXT_INDEXES) {
          row.set(index, SpreadsheetSafe.text(row.get(index)));
        }
      }
      csv.row(row);
      rowCount++;
    }
  }

  /** {@return the number of transaction rows written so far, header not counted} */
  public long rowCount() {
    return rowCount;
  }

  /**
   * The CSV row of one transaction, in {@link #HEADER} order, with the text as the bank file gives it.
   *
   * @param statement the statement the entry belongs to (its id and account are used)
   * @param entry the entry holding the transaction
   * @param transaction the transaction
   * @return the fields, empty strings where a value is unknown (a new, modifiable list)
   */
  public static List<String> row(Statement statement, Entry entry, Transaction transaction) {
    // Plain isPresent/get rather than Optional chains: this runs once per row of files with millions of rows.
    Party debtor = transaction.debtor().orElse(null);
    Party creditor = transaction.creditor().orElse(null);
    References references = transaction.references();
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(statement.statementId());
    row.add(statement.account().id());
    row.add(entryRef(entry, transaction));
    row.add(date(transaction.bookingDate()));
    row.add(date(transaction.valueDate()));
    row.add(transaction.direction() == Direction.CREDIT ? "CRDT" : "DBIT");
    row.add(Amounts.plain(transaction.amount()));
    row.add(transaction.amount().currency().getCurrencyCode());
    row.add(status(transaction.status()));
    row.add(transaction.reversal() ? "true" : "false");
    row.add(debtor == null ? "" : text(debtor.name()));
    row.add(debtor == null ? "" : account(debtor));
    row.add(text(references.endToEndId()));
    row.add(remittanceText(statement.format(), transaction.remittance()));
    row.add(references(transaction.remittance()));
    row.add(text(references.customerReference()));
    row.add(creditor == null ? "" : text(creditor.name()));
    row.add(creditor == null ? "" : account(creditor));
    row.add(bankTransactionCode(transaction.bankTransactionCode()));
    Optional<ReturnInfo> returnInfo = transaction.returnInfo();
    row.add(returnInfo.isPresent() ? text(returnInfo.get().reasonCode()) : "");
    row.add(text(transaction.additionalInfo()));
    row.add(transaction.duplicateKey());
    return row;
  }

  /**
   * The payment's own reference in the statement, as the CLI contract defines {@code entry_ref}.
   *
   * @param entry the entry holding the transaction
   * @param transaction the transaction
   * @return the transaction's account servicer reference, else the entry's, else the entry
   *     reference; empty when there is none
   */
  public static String entryRef(Entry entry, Transaction transaction) {
    Optional<String> reference = transaction.references().accountServicerReference();
    if (reference.isEmpty()) {
      reference = entry.accountServicerReference();
    }
    if (reference.isEmpty()) {
      reference = entry.entryReference();
    }
    return text(reference);
  }

  /**
   * The unstructured remittance as one text: lines that fill the format's line width run on
   * without a separator (the bank cut the text there), other lines are joined with one space
   * unless one side already has white space at the join.
   *
   * @param format the statement's format, which fixes the line width
   * @param remittance the transaction's remittance information
   * @return the text, empty when there are no unstructured lines
   */
  public static String remittanceText(StatementFormat format, Remittance remittance) {
    int width = format.isCamt() ? CAMT_LINE_WIDTH
        : format == StatementFormat.MT940 || format == StatementFormat.MT942 ? SWIFT_LINE_WIDTH : 0;
    List<String> lines = remittance.unstructured();
    if (lines.size() <= 1) {
      return lines.isEmpty() ? "" : lines.get(0);
    }
    StringBuilder text = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      if (previous != null && !(width > 0 && previous.length() >= width) && !previous.isEmpty()
          && !line.isEmpty() && !Character.isWhitespace(previous.charAt(previous.length() - 1))
          && !Character.isWhitespace(line.charAt(0))) {
        text.append(' ');
      }
      text.append(line);
      previous = line;
    }
    return text.toString();
  }

  /**
   * The structured references of the remittance: per block the referred document numbers, then the
   * creditor reference, each value once, in file order.
   *
   * @param remittance the transaction's remittance information
   * @return the references separated by {@code ;}, empty when there are none
   */
  public static String references(Remittance remittance) {
    if (remittance.structured().isEmpty()) {
      return "";
    }
    Set<String> references = new LinkedHashSet<>();
    for (StructuredReference block : remittance.structured()) {
      for (ReferredDocument document : block.referredDocuments()) {
        document.number().filter(n -> !n.isBlank()).ifPresent(references::add);
      }
      block.creditorReference().filter(r -> !r.isBlank()).ifPresent(references::add);
    }
    return String.join(";", references);
  }

  private static String account(Party party) {
    Optional<String> iban = party.iban();
    return iban.isPresent() ? iban.get() : text(party.otherAccountId());
  }

  private static String text(Optional<String> text) {
    return text.isPresent() ? text.get() : "";
  }

  private static String date(Optional<LocalDate> date) {
    return date.isPresent() ? date.get().toString() : "";
  }

  private static String status(EntryStatus status) {
    switch (status) {
      case BOOKED:
        return "BOOK";
      case PENDING:
        return "PDNG";
      default:
        return "INFO";
    }
  }

  private static String bankTransactionCode(BankTransactionCode code) {
    if (code.domain().isPresent()) {
      Optional<String> family = code.family();
      Optional<String> subFamily = code.subFamily();
      if (family.isEmpty() && subFamily.isEmpty()) {
        return code.domain().get();
      }
      StringBuilder text = new StringBuilder(16).append(code.domain().get());
      family.ifPresent(f -> text.append('/').append(f));
      subFamily.ifPresent(s -> text.append('/').append(s));
      return text.toString();
    }
    for (Optional<String> other : List.of(code.proprietaryCode(), code.baiTypeCode(), code.gvc(), code.swiftTypeCode())) {
      if (other.isPresent()) {
        return other.get();
      }
    }
    return "";
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}

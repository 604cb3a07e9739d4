package dev.o2c.matching.statement;

import dev.o2c.core.value.ValueStyle;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account statement, report or notification in normalized form: which account, which
 * balances, which entries, and the validation findings (a statement that does not balance is
 * still returned, with a {@link Finding}).
 *
 * <p>In the streaming API ({@link StatementReader#stream}) the statements handed to the
 * {@link StatementHandler} carry no entries; the entries are handed over one by one. This
 * instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Statement {

  Statement() {}

  /**
   * The file format the statement was read from.
   *
   * @return the format
   */
  public abstract StatementFormat format();

  /**
   * The id of the message that carried the statement (camt {@code GrpHdr/MsgId}, BAI2 file id).
   *
   * @return the message id, empty when the format has none
   */
  public abstract Optional<String> messageId();

  /**
   * The statement id (camt {@code Stmt/Id}, MT940 :20:).
   *
   * @return the id
   */
  public abstract String statementId();

  /**
   * The statement sequence number as written (camt {@code ElctrncSeqNb}, MT940 :28C: such as
   * {@code 00042/001}).
   *
   * @return the sequence number, empty when not given
   */
  public abstract Optional<String> sequenceNumber();

  /**
   * The legal sequence number (camt {@code LglSeqNb}).
   *
   * @return the legal sequence number, empty when not given
   */
  public abstract Optional<String> legalSequenceNumber();

  /**
   * When the bank created the statement, as local date-time as written.
   *
   * @return the creation time, empty when not given
   */
  public abstract Optional<LocalDateTime> creationTime();

  /**
   * The UTC offset written with {@link #creationTime()}, if any.
   *
   * @return the offset, empty when the time was written without one
   */
  public abstract Optional<ZoneOffset> creationOffset();

  /**
   * The account the statement is about.
   *
   * @return the account
   */
  public abstract StatementAccount account();

  /**
   * The reported balances in file order.
   *
   * @return the balances, possibly empty (camt.054 has none)
   */
  public abstract List<Balance> balances();

  /**
   * Account summaries that are not balances, in file order: BAI2 03 type codes 100-899 and
   * 920-999 such as {@code 100} total credits or {@code 400} total debits, with item counts.
   *
   * @return the summaries, empty for formats without them
   */
  public abstract List<AccountSummary> summaries();

  /**
   * Free text the bank addressed to the account owner about the whole statement rather than one
   * entry. MT940 {@code :86:} at message level (before the first or after the last {@code :61:}):
   * one element per line as sent, right-trimmed, blank lines left out. camt {@code AddtlStmtInf}
   * (camt.053), {@code AddtlRptInf} (camt.052) or {@code AddtlNtfctnInf} (camt.054): one element
   * per element, its text exactly as sent like camt's other free text, blank ones left out. In the
   * streaming API the statement handed over at its start holds only the text before the first
   * entry; camt places its element after the entries, so there it comes only with the statement's
   * end (or at the start of a statement without entries).
   *
   * @return the lines, empty when there are none
   */
  public abstract List<String> additionalInfo();

  /**
   * The entries in file order; empty in the streaming API, where entries are handed over one by
   * one.
   *
   * @return the entries
   */
  public abstract List<Entry> entries();

  /**
   * Validation problems of this statement that did not stop reading.
   *
   * @return the findings, empty when everything reconciled
   */
  public abstract List<Finding> findings();

  /**
   * The first balance of the given type.
   *
   * @param type the balance type
   * @return the balance, empty when the statement has none of this type
   */
  public Optional<Balance> balance(BalanceType type) {
    return balances().stream().filter(b -> b.type() == type).findFirst();
  }

  /**
   * The last balance of the given type: for MT940 files with intermediate :62M: balances and for
   * several closing balances this is the final one.
   *
   * @param type the balance type
   * @return the balance, empty when the statement has none of this type
   */
  public Optional<Balance> lastBalance(BalanceType type) {
    Balance found = null;
    for (Balance b : balances()) {
      if (b.type() == type) {
        found = b;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * All transactions of all entries in file order.
   *
   * @return the transactions, a new list
   */
  public List<Transaction> transactions() {
    return entries().stream()
        .flatMap(e -> e.transactions().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * A copy of this statement with the given entries instead of the current ones.
   *
   * @param entries the entries in file order
   * @return the copy; this instance is immutable and unaffected
   * @throws NullPointerException if entries or an element is null
   */
  public Statement withEntries(Iterable<? extends Entry> entries) {
    return ImmutableStatement.copyOf(this).withEntries(entries);
  }

  /**
   * A copy of this statement with the given findings instead of the current ones.
   *
   * @param findings the findings
   * @return the copy; this instance is immutable and unaffected
   * @throws NullPointerException if findings or an element is null
   */
  public Statement withFindings(Iterable<? extends Finding> findings) {
    return ImmutableStatement.copyOf(this).withFindings(findings);
  }

  @Value.Check
  void check() {
    if (statementId().isBlank()) {
      throw new IllegalArgumentException("statementId must not be blank");
    }
  }

  /**
   * Starts building a {@code Statement}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}

package dev.o2c.matching.ledger;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.money.Money;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a bank statement into ledger commands: incoming money becomes {@link ReceivePayment}, money
 * the bank took back becomes {@link ReturnPayment} of the payment it returns. Nothing is posted here;
 * the host posts the {@link #commands()} (or checks them first).
 *
 * <p><b>Incoming money</b> ({@link #payment}): a booked credit transaction that is not a reversal
 * becomes a {@link Payment}:
 *
 * <ul>
 *   <li>amount: the transaction's amount; value date: the transaction's, else its booking date;
 *   <li>bank reference: the payment's {@code entry_ref} of the CLI contract (the transaction's account
 *       servicer reference, else the entry's, else the entry reference), else the duplicate key;
 *   <li>receiving account: the statement account; id: the transaction's {@link
 *       Transaction#duplicateKey() duplicate key}, so the same booking read again from another file
 *       is refused as a duplicate, and the same reference on another account is another payment;
 *   <li>payer name and account: the debtor's name and IBAN (else other account id); end-to-end id
 *       unless it is the {@code NOTPROVIDED} filler;
 *   <li>remittance: the transaction's own {@link dev.o2c.core.domain.Remittance}, unchanged (one type
 *       from the statement to the ledger).
 * </ul>
 *
 * <p>The payer is left unknown: identifying it is cash application's work, so the money goes to
 * suspense until then, or the host attributes it with {@link Payment#withCustomerId} first.
 *
 * <p><b>Money taken back</b>: a booked debit that is a reversal (camt {@code RvslInd}, MT940 {@code
 * RC}/{@code RD}) or carries a return reason becomes a {@code ReturnPayment} of the ledger's payment
 * it returns, found by end-to-end id or bank reference among the payments not yet fully returned, in
 * the same currency and at least as large; a partial amount returns part. A return whose original
 * cannot be found unambiguously is not guessed: it is listed in {@link #unmatched()} with the reason.
 * Other debits, pending and information-only entries are left out.
 *
 * @param commands the commands to post, in statement order
 * @param unmatched transactions that look like ledger business but could not be mapped, and why
 */
public record StatementPostings(List<LedgerCommand> commands, List<String> unmatched) {

  private static final Set<String> NO_REFERENCE = Set.of("NOTPROVIDED", "NONREF", "NONE");
  private static final int LONGEST_NO_REFERENCE = "NOTPROVIDED".length();

  /**
   * Copies the lists.
   *
   * @param commands the commands to post, in statement order
   * @param unmatched transactions that look like ledger business but could not be mapped, and why
   */
  public StatementPostings {
    commands = List.copyOf(commands);
    unmatched = List.copyOf(unmatched);
  }

  /**
   * Maps a statement.
   *
   * @param statement the statement
   * @param ledger the ledger the commands are meant for, searched for the originals of returns; not changed
   * @return the commands and what could not be mapped
   */
  public static StatementPostings of(Statement statement, ReceivablesLedger ledger) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(ledger, "ledger");
    List<LedgerCommand> commands = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    List<Payment> received = new ArrayList<>();
    for (Entry entry : statement.entries()) {
      for (Transaction tx : entry.transactions()) {
        if (tx.status() != EntryStatus.BOOKED) {
          continue;
        }
        Optional<Payment> payment = payment(statement, entry, tx);
        if (payment.isPresent()) {
          commands.add(ReceivePayment.of(payment.get()));
          if (ledger.payment(payment.get().id()).isEmpty()) {
            received.add(payment.get());   // a return later in this statement may take it back
          }
        } else if (isReturn(tx)) {
          String where = "return " + entryRef(entry, tx).orElse(tx.duplicateKey()) + " of " + tx.amount();
          List<PaymentId> originals = originals(entry, tx, ledger, received);
          if (originals.size() == 1) {
            commands.add(returnOf(originals.get(0), tx, ledger, received));
          } else {
            unmatched.add(where + (originals.isEmpty() ? ": no payment in the ledger it returns"
                : ": " + originals.size() + " payments it may return " + originals));
          }
        }
      }
    }
    return new StatementPostings(commands, unmatched);
  }

  /**
   * The payment a transaction brings in, if it is incoming money: booked, credit, not a reversal,
   * and more than zero (banks list zero-amount credits, e.g. for a notification, which move no money).
   *
   * @param statement the statement it is on
   * @param entry its entry
   * @param tx the transaction
   * @return the payment, or empty for anything else
   */
  public static Optional<Payment> payment(Statement statement, Entry entry, Transaction tx) {
    if (tx.status() != EntryStatus.BOOKED || tx.direction() != Direction.CREDIT || tx.reversal()
        || !tx.amount().isPositive()) {
      return Optional.empty();
    }
    Optional<LocalDate> valueDate = tx.valueDate().or(tx::bookingDate);
    if (valueDate.isEmpty()) {
      return Optional.empty();
    }
    String key = tx.duplicateKey();
    BankReference reference = BankReference.of(fit(entryRef(entry, tx).orElse(key)));
    String account = statement.account().id();
    PaymentId id = key.length() <= TextId.MAX_LENGTH ? PaymentId.of(key) : PaymentId.of(account, reference);
    Optional<Party> debtor = tx.debtor();
    Payment.Builder payment = Payment.builder()
        .id(id)
        .bankReference(reference)
        .receivingAccount(account)
        .amount(tx.amount())
        .valueDate(valueDate.get())
        .payerName(debtor.flatMap(Party::name))
        .payerAccount(debtor.flatMap(p -> p.iban().or(p::otherAccountId)))
        .endToEndId(tx.references().endToEndId().filter(StatementPostings::isReference))
        .instructedAmount(tx.instructedAmount().filter(Money::isPositive))
        .remittance(tx.remittance());
    for (Money charge : tx.charges()) {
      if (charge.isPositive()) {
        payment.addCharges(charge);
      }
    }
    return Optional.of(payment.build());
  }

  /**
   * Reads a statement file and hands over the payments it brings in ({@link #payment} of every
   * transaction) while reading it, in file order, without holding its statements in memory: what
   * {@link #payments} of each statement of {@link StatementReaders#readFile} gives, one by one. With
   * {@link dev.o2c.matching.cashapp.CashApplication#decideAsRead} deciding starts before the file is read.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param sink receives each payment, on the calling thread
   * @return the detected format
   * @throws StatementParseException if the format is not recognised or the file cannot be read
   */
  public static StatementFormat streamPayments(InputStream in, String sourceName, Consumer<? super Payment> sink) {
    Objects.requireNonNull(sink, "sink");
    return StatementReaders.stream(in, sourceName, new StatementHandler() {
      private Statement header;

      @Override
      public void onStatementStart(Statement statementHeader) {
        header = statementHeader;
      }

      @Override
      public void onEntry(Entry entry) {
        for (Transaction tx : entry.transactions()) {
          payment(header, entry, tx).ifPresent(sink);
        }
      }
    });
  }

  /**
   * The payments a statement brings in: {@link #payment} of every transaction, in statement order.
   *
   * @param statement the statement
   * @return the payments of its booked, positive credits that are not reversals
   */
  public static List<Payment> payments(Statement statement) {
    List<Payment> payments = new ArrayList<>();
    for (Entry entry : statement.entries()) {
      for (Transaction tx : entry.transactions()) {
        payment(statement, entry, tx).ifPresent(payments::add);
      }
    }
    return payments;
  }

  /**
   * The CLI contract's {@code entry_ref}: the bank's own reference of the booking (the transaction's
   * account servicer reference, else the entry's, else the entry reference), if it gave a real one.
   *
   * @param entry the entry
   * @param tx one of its transactions
   * @return the reference, empty when the bank gave none (or a filler such as {@code NONREF})
   */
  public static Optional<String> entryRef(Entry entry, Transaction tx) {
    return tx.references().accountServicerReference().or(entry::accountServicerReference).or(entry::entryReference)
        .filter(StatementPostings::isReference);
  }

  private static boolean isReference(String value) {
    String stripped = value.strip();
    // Upper-casing never shortens a text, so a longer one cannot be a filler: most references are
    // longer, and this runs twice per payment read.
    return !stripped.isEmpty() && (stripped.length() > LONGEST_NO_REFERENCE
        || !NO_REFERENCE.contains(stripped.toUpperCase(Locale.ROOT)));
  }

  private static String fit(String value) {
    String stripped = value.strip();
    return stripped.length() <= TextId.MAX_LENGTH ? stripped : stripped.substring(0, TextId.MAX_LENGTH);
  }

  private static boolean isReturn(Transaction tx) {
    return tx.direction() == Direction.DEBIT && (tx.reversal() || tx.returnInfo().isPresent());
  }

  /** The payments a returning debit may be taking back: same currency, large enough, matched by a reference. */
  private static List<PaymentId> originals(Entry entry, Transaction tx, ReceivablesLedger ledger,
      List<Payment> receivedEarlier) {
    Optional<String> endToEnd = tx.references().endToEndId().filter(StatementPostings::isReference);
    Optional<String> reference = entryRef(entry, tx);
    List<PaymentId> found = new ArrayList<>();
    List<Payment> candidates = new ArrayList<>(receivedEarlier);
    for (PaymentState state : ledger.payments()) {
      if (!state.isReturned()) {
        candidates.add(state.payment());
      }
    }
    for (Payment p : candidates) {
      if (!p.amount().currency().equals(tx.amount().currency()) || p.amount().compareTo(tx.amount()) < 0
          || found.contains(p.id())) {
        continue;
      }
      boolean sameEndToEnd = endToEnd.isPresent() && p.endToEndId().equals(endToEnd);
      boolean sameReference = reference.isPresent() && p.bankReference().toString().equals(reference.get());
      if (sameEndToEnd || sameReference) {
        found.add(p.id());
      }
    }
    return found;
  }

  private static ReturnPayment returnOf(PaymentId original, Transaction tx, ReceivablesLedger ledger,
      List<Payment> receivedEarlier) {
    Money amount = ledger.payment(original).map(PaymentState::amount)
        .orElseGet(() -> receivedEarlier.stream().filter(p -> p.id().equals(original)).findFirst().orElseThrow()
            .amount());
    ReturnPayment.Builder command = ReturnPayment.builder()
        .payment(original)
        .date(tx.bookingDate().or(tx::valueDate).orElseThrow())
        .reason(tx.returnInfo().flatMap(r -> r.reasonCode()));
    if (!amount.equals(tx.amount())) {
      command.amount(tx.amount());
    }
    return command.build();
  }
}

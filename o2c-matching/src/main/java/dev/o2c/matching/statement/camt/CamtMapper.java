package dev.o2c.matching.statement.camt;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.matching.statement.BatchInfo;
import dev.o2c.matching.statement.Direction;
import dev.o2c.matching.statement.DuplicateKeys;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCollector;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.References;
import dev.o2c.matching.statement.ReferredDocument;
import dev.o2c.matching.statement.Remittance;
import dev.o2c.matching.statement.RemittanceAdjustment;
import dev.o2c.matching.statement.ReturnInfo;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * Maps the small in-memory pieces of a camt message (group header, statement header, one entry)
 * to the normalized model, and keeps the running totals for the balance check. One instance per
 * reading.
 */
final class CamtMapper {

  private static final Pattern RATE = Pattern.compile("[0-9]{1,30}(?:\\.[0-9]{1,30})?");
  private static final Pattern DATE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2})?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");
  /** camt's Max15PlusSignedNumericText, the type of {@code NbOfDays}. */
  private static final Pattern DAYS = Pattern.compile("\\+?[0-9]{1,15}");

  private final String sourceName;
  private final StatementFormat format;
  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  private String lastCode;
  private CurrencyUnit lastCurrency;
  private Optional<String> messageId = Optional.empty();
  private Optional<String> groupCreationTime = Optional.empty();
  private String groupCreationPath = "";

  CamtMapper(String sourceName, StatementFormat format) {
    this.sourceName = sourceName;
    this.format = format;
  }

  /** What is known about the statement being read while its entries stream by. */
  static final class StatementState {
    private final Statement header;
    /** Bounded per finding code while entries are read; the checks at the statement's end are always kept. */
    private final FindingCollector findings = new FindingCollector();
    private boolean entriesRead;
    /** Booked credits and debits per currency, in minor units: {credits, debits}. */
    private final Map<CurrencyUnit, long[]> booked = new LinkedHashMap<>();
    /** All entries per currency: {credit count, credit minor sum, debit count, debit minor sum}. */
    private final Map<CurrencyUnit, long[]> all = new LinkedHashMap<>();

    StatementState(Statement header) {
      this.header = header;
    }

    Statement header() {
      return header;
    }

    void add(Finding f) {
      if (entriesRead) {
        findings.addStatementLevel(f);
      } else {
        findings.add(f);
      }
    }

    /** Marks the start of an entry, whose findings {@link #forgetEntry()} takes back. */
    void startEntry() {
      findings.startEntry();
    }

    /** Forgets the findings of the entry being read, e.g. one left out. */
    void forgetEntry() {
      findings.forgetEntry();
    }
  }

  // ---------------------------------------------------------------- headers

  void groupHeader(XmlNode grpHdr) {
    messageId = grpHdr.textAt("MsgId");
    groupCreationTime = grpHdr.textAt("CreDtTm");
    groupCreationPath = grpHdr.path() + "/CreDtTm";
  }

  StatementState startStatement(XmlNode stmt) {
    return new StatementState(header(stmt));
  }

  private Statement header(XmlNode stmt) {
    String id =
        stmt.textAt("Id")
            .orElseThrow(() -> fail(stmt.path() + "/Id", "statement without Id", null));
    List<Balance> balances = new ArrayList<>();
    for (XmlNode bal : stmt.all("Bal")) {
      balances.add(balance(bal));
    }
    Statement.Builder b =
        Statement.builder()
            .format(format)
            .messageId(messageId)
            .statementId(id)
            .sequenceNumber(stmt.textAt("ElctrncSeqNb"))
            .legalSequenceNumber(stmt.textAt("LglSeqNb"))
            .account(account(stmt, balances))
            .addAllBalances(balances);
    for (XmlNode child : stmt.children()) {
      String name = child.name();
      if (name.equals("AddtlStmtInf") || name.equals("AddtlRptInf") || name.equals("AddtlNtfctnInf")) {
        exact(child).ifPresent(b::addAdditionalInfo);
      }
    }
    Optional<XmlNode> created = stmt.at("CreDtTm");
    if (created.flatMap(XmlNode::text).isPresent()) {
      dateTime(created.get().text().get(), created.get().path(), b);
    } else if (groupCreationTime.isPresent()) {
      dateTime(groupCreationTime.get(), groupCreationPath, b);
    }
    return b.build();
  }

  private void dateTime(String text, String path, Statement.Builder b) {
    try {
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(text);
      b.creationTime(LocalDateTime.from(t));
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        b.creationOffset(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)));
      }
    } catch (DateTimeException e) {
      throw fail(path, "not a date-time: '" + text + "'", e);
    }
  }

  private StatementAccount account(XmlNode stmt, List<Balance> balances) {
    XmlNode acct =
        stmt.at("Acct").orElseThrow(() -> fail(stmt.path() + "/Acct", "statement without Acct", null));
    StatementAccount.Builder b = StatementAccount.builder();
    Optional<String> iban = acct.textAt("Id", "IBAN");
    Optional<String> other = acct.textAt("Id", "Othr", "Id");
    if (iban.isEmpty() && other.isEmpty()) {
      throw fail(acct.path() + "/Id", "account without IBAN or Othr/Id", null);
    }
    b.iban(iban).otherId(other);
    Optional<XmlNode> ccy = acct.at("Ccy");
    if (ccy.flatMap(XmlNode::text).isPresent()) {
      b.currency(currency(ccy.get().text().get(), ccy.get().path()));
    } else if (!balances.isEmpty()) {
      b.currency(balances.get(0).amount().currency());
    }
    b.ownerName(acct.textAt("Ownr", "Nm").or(() -> acct.textAt("Ownr", "Pty", "Nm")));
    b.bic(acct.textAt("Svcr", "FinInstnId", "BIC").or(() -> acct.textAt("Svcr", "FinInstnId", "BICFI")));
    b.bankId(
        acct.textAt("Svcr", "FinInstnId", "ClrSysMmbId", "MmbId")
            .or(() -> acct.textAt("Svcr", "FinInstnId", "Othr", "Id")));
    return b.build();
  }

  private Balance balance(XmlNode bal) {
    Optional<String> code =
        bal.textAt("Tp", "CdOrPrtry", "Cd").or(() -> bal.textAt("Tp", "CdOrPrtry", "Prtry"));
    Money amount = money(required(bal, "Amt"));
    Direction d = direction(required(bal, "CdtDbtInd"));
    XmlNode dt = required(bal, "Dt");
    LocalDate date =
        dateChoice(dt).orElseThrow(() -> fail(dt.path(), "balance date without Dt or DtTm", null));
    return Balance.builder()
        .type(balanceType(code.orElse("")))
        .code(code)
        .amount(d == Direction.DEBIT ? amount.negated() : amount)
        .date(date)
        .availability(availability(bal, amount.currency(), "balance"))
        .build();
  }

  private static BalanceType balanceType(String code) {
    switch (code) {
      case "OPBD":
      case "PRCD":
        return BalanceType.OPENING_BOOKED;
      case "CLBD":
        return BalanceType.CLOSING_BOOKED;
      case "OPAV":
        return BalanceType.OPENING_AVAILABLE;
      case "CLAV":
        return BalanceType.CLOSING_AVAILABLE;
      case "FWAV":
        return BalanceType.FORWARD_AVAILABLE;
      case "ITBD":
        return BalanceType.INTERIM_BOOKED;
      case "ITAV":
        return BalanceType.INTERIM_AVAILABLE;
      default:
        return BalanceType.OTHER;
    }
  }

  // ---------------------------------------------------------------- end of statement

  Statement endStatement(StatementState state, XmlNode stmt) {
    Statement full = header(stmt);
    state.entriesRead = true;
    checkBalances(state, full, stmt.path());
    stmt.at("TxsSummry").ifPresent(summary -> checkSummary(state, summary));
    return full.withFindings(state.findings.findings(stmt.path()));
  }

  private void checkBalances(StatementState state, Statement s, String path) {
    Optional<Balance> opening =
        s.balances().stream()
            .filter(b -> b.code().orElse("").equals("OPBD"))
            .findFirst()
            .or(() -> s.balance(BalanceType.OPENING_BOOKED));
    Optional<Balance> closing = s.lastBalance(BalanceType.CLOSING_BOOKED);
    if (opening.isEmpty() || closing.isEmpty()) {
      if (format == StatementFormat.CAMT_053) {
        state.add(
            Finding.of(
                Finding.MISSING_BALANCE,
                "statement lacks "
                    + (opening.isEmpty() ? "an opening booked balance (OPBD/PRCD)" : "")
                    + (opening.isEmpty() && closing.isEmpty() ? " and " : "")
                    + (closing.isEmpty() ? "a closing booked balance (CLBD)" : ""),
                path));
      }
      return;
    }
    CurrencyUnit ccy = opening.get().amount().currency();
    if (!closing.get().amount().currency().equals(ccy)) {
      state.add(
          Finding.of(
              Finding.BALANCE_MISMATCH,
              "cannot reconcile: opening booked balance is in "
                  + ccy.getCurrencyCode()
                  + ", closing booked balance in "
                  + closing.get().amount().currency().getCurrencyCode(),
              path));
      return;
    }
    for (CurrencyUnit other : state.booked.keySet()) {
      if (!other.equals(ccy)) {
        state.add(
            Finding.of(
                Finding.BALANCE_MISMATCH,
                "cannot reconcile: booked entries in "
                    + other.getCurrencyCode()
                    + " on a statement with balances in "
                    + ccy.getCurrencyCode(),
                path));
        return;
      }
    }
    long[] sums = state.booked.getOrDefault(ccy, new long[2]);
    Money credits = Money.ofMinor(ccy, sums[0]);
    Money debits = Money.ofMinor(ccy, sums[1]);
    Money computed = opening.get().amount().plus(credits).minus(debits);
    if (!computed.equals(closing.get().amount())) {
      state.add(
          Finding.of(
              Finding.BALANCE_MISMATCH,
              "opening booked "
                  + opening.get().amount()
                  + " + credits "
                  + credits
                  + " - debits "
                  + debits
                  + " = "
                  + computed
                  + ", but closing booked is "
                  + closing.get().amount()
                  + " (difference "
                  + closing.get().amount().minus(computed)
                  + ")",
              path));
    }
  }

  /**
   * Compares the statement's own transaction summary ({@code TxsSummry}) with the entries read.
   * Sums are compared only when all entries share one currency, since the summary has none.
   */
  private void checkSummary(StatementState state, XmlNode summary) {
    long creditCount = 0;
    long debitCount = 0;
    for (long[] t : state.all.values()) {
      creditCount += t[0];
      debitCount += t[2];
    }
    Optional<CurrencyUnit> ccy =
        state.all.size() == 1 ? Optional.of(state.all.keySet().iterator().next()) : Optional.empty();
    long[] t = ccy.map(state.all::get).orElse(new long[4]);
    int scale = ccy.map(CurrencyUnit::getDefaultFractionDigits).orElse(0);
    BigDecimal credits = BigDecimal.valueOf(t[1], scale);
    BigDecimal debits = BigDecimal.valueOf(t[3], scale);
    compareCount(state, summary, new String[] {"TtlNtries", "NbOfNtries"}, creditCount + debitCount);
    compareCount(state, summary, new String[] {"TtlCdtNtries", "NbOfNtries"}, creditCount);
    compareCount(state, summary, new String[] {"TtlDbtNtries", "NbOfNtries"}, debitCount);
    if (ccy.isEmpty() && !state.all.isEmpty()) {
      return;
    }
    compareSum(state, summary, new String[] {"TtlNtries", "Sum"}, credits.add(debits));
    compareSum(state, summary, new String[] {"TtlCdtNtries", "Sum"}, credits);
    compareSum(state, summary, new String[] {"TtlDbtNtries", "Sum"}, debits);
    Optional<XmlNode> net = summary.at("TtlNtries", "TtlNetNtry");
    if (net.isPresent()) {
      BigDecimal declared = decimal(required(net.get(), "Amt"));
      if (net.get().at("CdtDbtInd").isPresent()
          && direction(net.get().at("CdtDbtInd").get()) == Direction.DEBIT) {
        declared = declared.negate();
      }
      BigDecimal actual = credits.subtract(debits);
      if (declared.compareTo(actual) != 0) {
        state.add(
            Finding.of(
                Finding.CONTROL_TOTAL_MISMATCH,
                "summary declares a net of " + declared.toPlainString()
                    + " but the entries net " + actual.toPlainString(),
                net.get().path()));
      }
    }
  }

  private void compareCount(StatementState state, XmlNode summary, String[] at, long actual) {
    Optional<XmlNode> n = summary.at(at);
    if (n.isEmpty()) {
      return;
    }
    String text = n.get().text().orElse("");
    if (!COUNT.matcher(text).matches()) {
      throw fail(n.get().path(), "not a number of entries: '" + text + "'", null);
    }
    if (Long.parseLong(text) != actual) {
      state.add(
          Finding.of(
              Finding.COUNT_MISMATCH,
              "summary declares " + text + " entries but " + actual + " were read",
              n.get().path()));
    }
  }

  private void compareSum(StatementState state, XmlNode summary, String[] at, BigDecimal actual) {
    Optional<XmlNode> n = summary.at(at);
    if (n.isEmpty()) {
      return;
    }
    BigDecimal declared = decimal(n.get());
    if (declared.compareTo(actual) != 0) {
      state.add(
          Finding.of(
              Finding.CONTROL_TOTAL_MISMATCH,
              "summary declares a sum of " + declared.toPlainString()
                  + " but the entries add up to " + actual.toPlainString(),
              n.get().path()));
    }
  }

  /** A plain non-negative decimal without currency, as in {@code TxsSummry}. */
  private BigDecimal decimal(XmlNode node) {
    String text = node.text().orElse("");
    if (!RATE.matcher(text).matches()) {
      throw fail(node.path(), "not a decimal number: '" + text + "'", null);
    }
    return new BigDecimal(text);
  }

  // ---------------------------------------------------------------- entries

  Entry entry(StatementState state, XmlNode ntry, long ordinal) {
    Money amount = money(required(ntry, "Amt"));
    Direction direction = direction(required(ntry, "CdtDbtInd"));
    boolean reversal = bool(ntry.at("RvslInd"));
    EntryStatus status = status(ntry);
    XmlNode bookgDt = ntry.childOrNull("BookgDt");
    Optional<LocalDate> booking = bookgDt == null ? Optional.empty() : dateChoice(bookgDt);
    XmlNode valDt = ntry.childOrNull("ValDt");
    Optional<LocalDate> value = valDt == null ? Optional.empty() : dateChoice(valDt);
    Optional<String> acctSvcrRef = ntry.textAt("AcctSvcrRef");
    BankTransactionCode entryCode = bankTransactionCode(ntry.at("BkTxCd"));
    Optional<String> addtlNtryInf = ntry.at("AddtlNtryInf").flatMap(CamtMapper::exact);

    Entry.Builder e =
        Entry.builder()
            .amount(amount)
            .direction(direction)
            .status(status)
            .reversal(reversal)
            .bookingDate(booking)
            .valueDate(value)
            .entryReference(ntry.textAt("NtryRef"))
            .accountServicerReference(acctSvcrRef)
            .bankTransactionCode(entryCode)
            .additionalInfo(addtlNtryInf)
            .availability(availability(ntry, amount.currency(), "entry"));
    for (XmlNode chrgs : ntry.all("Chrgs")) {
      e.addAllCharges(charges(chrgs));
    }

    List<XmlNode> details = new ArrayList<>();
    for (XmlNode dtls : ntry.all("NtryDtls")) {
      List<XmlNode> txs = dtls.all("TxDtls");
      details.addAll(txs);
      Optional<XmlNode> btch = dtls.at("Btch");
      if (btch.isPresent()) {
        BatchInfo batch = batch(btch.get());
        e.addBatches(batch);
        checkBatch(state, batch, btch.get(), txs, amount, direction, ntry.all("NtryDtls").size());
      }
    }

    EntryContext ctx =
        new EntryContext(
            state.header.account(), amount, direction, status, reversal, booking, value,
            acctSvcrRef, entryCode, ordinal);
    List<Transaction> transactions = new ArrayList<>();
    if (details.isEmpty()) {
      transactions.add(transaction(state, ctx, ntry, true, true, 1));
    } else {
      boolean single = details.size() == 1;
      for (int i = 0; i < details.size(); i++) {
        transactions.add(transaction(state, ctx, details.get(i), single, false, i + 1));
      }
      if (!single) {
        checkDetailSum(state, ntry, details, transactions, amount, direction);
      }
    }
    e.addAllTransactions(transactions);
    Entry built = e.build();
    // The running totals change only once nothing can fail any more: an entry that fails is left
    // out when the handler chooses to go on, and must not count.
    long[] tally = state.all.computeIfAbsent(amount.currency(), c -> new long[4]);
    int base = direction == Direction.CREDIT ? 0 : 2;
    long total = Math.addExact(tally[base + 1], amount.minorUnits());
    long[] sums = status == EntryStatus.BOOKED
        ? state.booked.computeIfAbsent(amount.currency(), c -> new long[2])
        : null;
    int slot = direction == Direction.CREDIT ? 0 : 1;
    long booked = sums == null ? 0 : Math.addExact(sums[slot], amount.minorUnits());
    tally[base]++;
    tally[base + 1] = total;
    if (sums != null) {
      sums[slot] = booked;
    }
    return built;
  }

  private EntryStatus status(XmlNode ntry) {
    XmlNode sts = required(ntry, "Sts");
    Optional<String> code =
        !sts.hasChildren()
            ? sts.text()
            : orText(sts.textAt("Cd"), sts, "Prtry");
    String c = code.orElseThrow(() -> fail(sts.path(), "entry status is empty", null));
    switch (c) {
      case "BOOK":
        return EntryStatus.BOOKED;
      case "PDNG":
      case "FUTR":
        return EntryStatus.PENDING;
      case "INFO":
        return EntryStatus.INFO;
      default:
        throw fail(sts.path(), "unknown entry status '" + c + "' (expected BOOK, PDNG, FUTR or INFO)", null);
    }
  }

  private BatchInfo batch(XmlNode btch) {
    BatchInfo.Builder b =
        BatchInfo.builder()
            .messageId(btch.textAt("MsgId"))
            .paymentInformationId(btch.textAt("PmtInfId"));
    Optional<XmlNode> nb = btch.at("NbOfTxs");
    if (nb.flatMap(XmlNode::text).isPresent()) {
      String t = nb.get().text().get();
      if (!COUNT.matcher(t).matches()) {
        throw fail(nb.get().path(), "not a number of transactions: '" + t + "'", null);
      }
      b.numberOfTransactions(Long.parseLong(t));
    }
    btch.at("TtlAmt").ifPresent(n -> b.total(money(n)));
    btch.at("CdtDbtInd").ifPresent(n -> b.direction(direction(n)));
    return b.build();
  }

  private void checkBatch(
      StatementState state,
      BatchInfo batch,
      XmlNode btch,
      List<XmlNode> txs,
      Money entryAmount,
      Direction entryDirection,
      int detailBlocks) {
    if (batch.numberOfTransactions().isPresent()
        && !txs.isEmpty()
        && batch.numberOfTransactions().get() != txs.size()) {
      state.add(
          Finding.of(
              Finding.BATCH_COUNT_MISMATCH,
              "batch declares "
                  + batch.numberOfTransactions().get()
                  + " transactions but "
                  + txs.size()
                  + " TxDtls are given",
              btch.path()));
    }
    if (batch.total().isPresent() && detailBlocks == 1) {
      Money total = batch.total().get();
      Direction d = batch.direction().orElse(entryDirection);
      boolean sameCurrency = total.currency().equals(entryAmount.currency());
      if (!sameCurrency || !total.equals(entryAmount) || d != entryDirection) {
        state.add(
            Finding.of(
                Finding.BATCH_TOTAL_MISMATCH,
                "batch total "
                    + total
                    + " "
                    + d
                    + " differs from the entry amount "
                    + entryAmount
                    + " "
                    + entryDirection,
                btch.path()));
      }
    }
  }

  private void checkDetailSum(
      StatementState state,
      XmlNode ntry,
      List<XmlNode> details,
      List<Transaction> transactions,
      Money entryAmount,
      Direction entryDirection) {
    CurrencyUnit ccy = entryAmount.currency();
    long net = 0;
    for (int i = 0; i < transactions.size(); i++) {
      Transaction t = transactions.get(i);
      XmlNode d = details.get(i);
      if (!t.amount().currency().equals(ccy)) {
        return; // details in another currency (e.g. instructed amounts): nothing to add up
      }
      boolean hasAmount = d.at("Amt").isPresent() || d.at("AmtDtls", "TxAmt", "Amt").isPresent();
      if (!hasAmount) {
        state.add(
            Finding.of(
                Finding.BATCH_TOTAL_MISMATCH,
                "transaction details without an amount in a batch of " + details.size(),
                d.path()));
        return;
      }
      long signed = t.direction() == entryDirection ? t.amount().minorUnits() : -t.amount().minorUnits();
      net = Math.addExact(net, signed);
    }
    if (net != entryAmount.minorUnits()) {
      state.add(
          Finding.of(
              Finding.BATCH_TOTAL_MISMATCH,
              "the "
                  + details.size()
                  + " transaction details add up to "
                  + Money.ofMinor(ccy, net)
                  + " but the entry amount is "
                  + entryAmount,
              ntry.path()));
    }
  }

  // ---------------------------------------------------------------- transactions

  /** Entry-level facts a transaction inherits. */
  private static final class EntryContext {
    final StatementAccount account;
    final Money amount;
    final Direction direction;
    final EntryStatus status;
    final boolean reversal;
    final Optional<LocalDate> booking;
    final Optional<LocalDate> value;
    final Optional<String> accountServicerReference;
    final BankTransactionCode code;
    final long ordinal;

    EntryContext(
        StatementAccount account,
        Money amount,
        Direction direction,
        EntryStatus status,
        boolean reversal,
        Optional<LocalDate> booking,
        Optional<LocalDate> value,
        Optional<String> accountServicerReference,
        BankTransactionCode code,
        long ordinal) {
      this.account = account;
      this.amount = amount;
      this.direction = direction;
      this.status = status;
      this.reversal = reversal;
      this.booking = booking;
      this.value = value;
      this.accountServicerReference = accountServicerReference;
      this.code = code;
      this.ordinal = ordinal;
    }
  }

  /**
   * Maps one {@code TxDtls}, or the entry itself when it has none ({@code fromEntry}).
   *
   * @param only whether this is the only transaction of the entry
   */
  private Transaction transaction(
      StatementState state, EntryContext ctx, XmlNode tx, boolean only, boolean fromEntry, int txOrdinal) {
    Money amount;
    Optional<XmlNode> amt = fromEntry ? Optional.empty() : tx.at("Amt");
    Optional<XmlNode> txAmt = tx.at("AmtDtls", "TxAmt", "Amt");
    if (amt.isPresent()) {
      amount = money(amt.get());
    } else if (txAmt.isPresent() && !fromEntry) {
      amount = money(txAmt.get());
    } else if (only) {
      amount = ctx.amount;
    } else {
      amount = Money.zero(ctx.amount.currency());
    }

    Direction direction = ctx.direction;
    Optional<XmlNode> ind = fromEntry ? Optional.empty() : tx.at("CdtDbtInd");
    if (ind.isPresent()) {
      Direction own = direction(ind.get());
      if (only && own != ctx.direction) {
        state.add(
            Finding.of(
                Finding.DIRECTION_MISMATCH,
                "entry is " + ctx.direction + " but its only transaction details say " + own
                    + "; the entry's indicator is used",
                ind.get().path()));
      } else {
        direction = own;
      }
    }

    References refs = references(tx, ctx, fromEntry);
    BankTransactionCode code = fromEntry ? ctx.code : bankTransactionCode(tx.at("BkTxCd"));
    if (code.isEmpty()) {
      code = ctx.code;
    }

    Transaction.Builder b =
        Transaction.builder()
            .amount(amount)
            .direction(direction)
            .status(ctx.status)
            .reversal(ctx.reversal)
            .bookingDate(ctx.booking)
            .valueDate(ctx.value)
            .availability(fromEntry ? Optional.empty() : availability(tx, null, null))
            .references(refs)
            .bankTransactionCode(code)
            .additionalInfo(
                (fromEntry ? tx.at("AddtlNtryInf") : tx.at("AddtlTxInf")).flatMap(CamtMapper::exact));
    tx.at("AmtDtls", "InstdAmt", "Amt").ifPresent(n -> b.instructedAmount(money(n)));
    exchangeRate(tx).ifPresent(b::exchangeRate);

    Optional<XmlNode> pties = tx.at("RltdPties");
    Optional<XmlNode> agts = tx.at("RltdAgts");
    party(pties, "Dbtr", "DbtrAcct", agts, "DbtrAgt").ifPresent(b::debtor);
    party(pties, "Cdtr", "CdtrAcct", agts, "CdtrAgt").ifPresent(b::creditor);
    party(pties, "UltmtDbtr", null, Optional.empty(), null).ifPresent(b::ultimateDebtor);
    party(pties, "UltmtCdtr", null, Optional.empty(), null).ifPresent(b::ultimateCreditor);

    Remittance.Builder rem = Remittance.builder();
    for (XmlNode rmtInf : tx.all("RmtInf")) {
      for (XmlNode u : rmtInf.all("Ustrd")) {
        exact(u).ifPresent(rem::addUnstructured);
      }
      for (XmlNode s : rmtInf.all("Strd")) {
        rem.addStructured(structured(s));
      }
    }
    b.remittance(rem.build());
    tx.at("RtrInf").ifPresent(r -> b.returnInfo(returnInfo(r)));
    for (XmlNode chrgs : tx.all("Chrgs")) {
      b.addAllCharges(charges(chrgs));
    }
    b.duplicateKey(
        DuplicateKeys.of(
            ctx.account, ctx.booking, ctx.value, direction, amount, refs, ctx.ordinal, txOrdinal));
    return b.build();
  }

  private References references(XmlNode tx, EntryContext ctx, boolean fromEntry) {
    References.Builder r = References.builder();
    Optional<String> own = fromEntry ? Optional.empty() : tx.textAt("Refs", "AcctSvcrRef");
    r.accountServicerReference(own.isPresent() ? own : ctx.accountServicerReference);
    Optional<XmlNode> refs = fromEntry ? Optional.empty() : tx.at("Refs");
    if (refs.isPresent()) {
      XmlNode n = refs.get();
      r.endToEndId(n.textAt("EndToEndId"))
          .instructionId(n.textAt("InstrId"))
          .mandateId(n.textAt("MndtId"))
          .chequeNumber(n.textAt("ChqNb"))
          .transactionId(n.textAt("TxId"))
          .paymentInformationId(n.textAt("PmtInfId"))
          .messageId(n.textAt("MsgId"));
    }
    String creditorSchemeId = fromEntry ? null : creditorSchemeId(tx);
    if (creditorSchemeId != null) {
      r.creditorSchemeId(creditorSchemeId);
    }
    return r.build();
  }

  /**
   * The SEPA creditor identifier: the creditor's private {@code Othr/Id} whose {@code SchmeNm/Prtry}
   * is {@code SEPA} ({@code RltdPties/Cdtr/Id/PrvtId}, from v08 {@code RltdPties/Cdtr/Pty/Id/PrvtId}).
   * camt has no {@code CdtrSchmeId} element of its own (that is pain.008), so this is where banks put it.
   */
  private static String creditorSchemeId(XmlNode tx) {
    XmlNode cdtr = tx.childOrNull("RltdPties", "Cdtr");
    if (cdtr == null) {
      return null;
    }
    XmlNode prvtId = cdtr.childOrNull("Id", "PrvtId");
    if (prvtId == null) {
      prvtId = cdtr.childOrNull("Pty", "Id", "PrvtId");
    }
    if (prvtId == null) {
      return null;
    }
    for (XmlNode othr : prvtId.all("Othr")) {
      if (othr.textAt("SchmeNm", "Prtry").filter(p -> p.equalsIgnoreCase("SEPA")).isPresent()) {
        return othr.textAt("Id").orElse(null);
      }
    }
    return null;
  }

  private Optional<BigDecimal> exchangeRate(XmlNode tx) {
    for (String kind : new String[] {"InstdAmt", "TxAmt", "CntrValAmt", "AnncdPstngAmt"}) {
      Optional<XmlNode> rate = tx.at("AmtDtls", kind, "CcyXchg", "XchgRate");
      if (rate.flatMap(XmlNode::text).isPresent()) {
        String t = rate.get().text().get();
        if (!RATE.matcher(t).matches()) {
          throw fail(rate.get().path(), "not an exchange rate: '" + t + "'", null);
        }
        return Optional.of(new BigDecimal(t));
      }
    }
    return Optional.empty();
  }

  private BankTransactionCode bankTransactionCode(Optional<XmlNode> node) {
    BankTransactionCode.Builder b = BankTransactionCode.builder();
    if (node.isPresent()) {
      XmlNode n = node.get();
      b.domain(n.textAt("Domn", "Cd"))
          .family(n.textAt("Domn", "Fmly", "Cd"))
          .subFamily(n.textAt("Domn", "Fmly", "SubFmlyCd"))
          .proprietaryCode(n.textAt("Prtry", "Cd"))
          .proprietaryIssuer(n.textAt("Prtry", "Issr"));
    }
    return b.build();
  }

  // Written with null checks rather than Optional chains and lambdas: it runs four times per
  // transaction and the chains showed in profiles.
  private Optional<Party> party(
      Optional<XmlNode> pties,
      String partyName,
      String accountName,
      Optional<XmlNode> agts,
      String agentName) {
    XmlNode p = pties.isPresent() ? pties.get().childOrNull(partyName) : null;
    XmlNode acct = accountName != null && pties.isPresent() ? pties.get().childOrNull(accountName) : null;
    XmlNode agent = agentName != null && agts.isPresent() ? agts.get().childOrNull(agentName) : null;
    if (p == null && acct == null && agent == null) {
      // Most transactions name no ultimate parties, and many no agents: no builder for nothing.
      return Optional.empty();
    }
    Party.Builder b = Party.builder();
    b.name(p == null ? Optional.empty() : orText(p.textAt("Nm"), p, "Pty", "Nm"));
    Optional<String> bic = Optional.empty();
    Optional<String> bankId = Optional.empty();
    if (accountName != null) {
      if (acct != null) {
        b.iban(acct.textAt("Id", "IBAN"));
        b.otherAccountId(acct.textAt("Id", "Othr", "Id"));
      }
      XmlNode fin = agent == null ? null : agent.childOrNull("FinInstnId");
      if (fin != null) {
        bic = orText(fin.textAt("BIC"), fin, "BICFI");
        bankId = orText(fin.textAt("ClrSysMmbId", "MmbId"), fin, "Othr", "Id");
      }
      // v8+: a financial institution can itself be the party (Dbtr/Agt).
      if (bic.isEmpty() && p != null) {
        bic = p.textAt("Agt", "FinInstnId", "BICFI");
      }
    }
    Party party = b.bic(bic).bankId(bankId).build();
    return party.isEmpty() ? Optional.empty() : Optional.of(party);
  }

  /** {@code first} if present, else the text at {@code path} below {@code node}. */
  private static Optional<String> orText(Optional<String> first, XmlNode node, String... path) {
    return first.isPresent() ? first : node.textAt(path);
  }

  private StructuredReference structured(XmlNode strd) {
    StructuredReference.Builder b = StructuredReference.builder();
    List<XmlNode> docs = strd.all("RfrdDocInf");
    Optional<XmlNode> amounts = strd.at("RfrdDocAmt");
    Optional<Money> due = amounts.flatMap(a -> a.at("DuePyblAmt")).map(this::money);
    Optional<Money> remitted = amounts.flatMap(a -> a.at("RmtdAmt")).map(this::money);
    for (XmlNode doc : docs) {
      ReferredDocument.Builder d =
          ReferredDocument.builder()
              .number(doc.textAt("Nb"))
              .type(
                  doc.textAt("Tp", "CdOrPrtry", "Cd").or(() -> doc.textAt("Tp", "CdOrPrtry", "Prtry")));
      Optional<XmlNode> rltdDt = doc.at("RltdDt");
      if (rltdDt.isPresent()) {
        XmlNode dt = rltdDt.get().at("Dt").orElse(rltdDt.get());
        dt.text().ifPresent(t -> d.relatedDate(date(t, dt.path())));
      }
      Optional<XmlNode> lineAmt =
          doc.at("LineDtls", "Amt", "RmtdAmt").or(() -> doc.at("LineDtls", "Amt", "DuePyblAmt"));
      if (lineAmt.isPresent()) {
        d.amount(money(lineAmt.get()));
      } else if (docs.size() == 1) {
        d.amount(remitted.or(() -> due));
      }
      b.addReferredDocuments(d.build());
    }
    b.duePayableAmount(due).remittedAmount(remitted);
    if (amounts.isPresent()) {
      XmlNode a = amounts.get();
      a.at("CdtNoteAmt").ifPresent(n -> b.creditNoteAmount(money(n)));
      Optional<XmlNode> tax = a.at("TaxAmt");
      if (tax.isPresent()) {
        XmlNode t = tax.get();
        b.taxAmount(money(t.at("Amt").orElse(t)));
      }
      for (XmlNode dsc : a.all("DscntApldAmt")) {
        RemittanceAdjustment.Builder r = RemittanceAdjustment.builder();
        if (dsc.at("Amt").isPresent()) {
          r.amount(money(dsc.at("Amt").get()))
              .reason(dsc.textAt("Tp", "Cd").or(() -> dsc.textAt("Tp", "Prtry")));
        } else {
          r.amount(money(dsc));
        }
        b.addDiscounts(r.build());
      }
      for (XmlNode adj : a.all("AdjstmntAmtAndRsn")) {
        RemittanceAdjustment.Builder r =
            RemittanceAdjustment.builder()
                .amount(money(required(adj, "Amt")))
                .reason(adj.textAt("Rsn"))
                .additionalInfo(adj.textAt("AddtlInf"));
        adj.at("CdtDbtInd").ifPresent(n -> r.direction(direction(n)));
        b.addAdjustments(r.build());
      }
    }
    Optional<XmlNode> cri = strd.at("CdtrRefInf");
    if (cri.isPresent()) {
      XmlNode c = cri.get();
      b.creditorReference(c.textAt("Ref"))
          .creditorReferenceType(
              c.textAt("Tp", "CdOrPrtry", "Cd").or(() -> c.textAt("Tp", "CdOrPrtry", "Prtry")))
          .creditorReferenceIssuer(c.textAt("Tp", "Issr"));
    }
    for (XmlNode add : strd.all("AddtlRmtInf")) {
      exact(add).ifPresent(b::addAdditionalInfo);
    }
    return b.build();
  }

  private ReturnInfo returnInfo(XmlNode rtr) {
    ReturnInfo.Builder b =
        ReturnInfo.builder().reasonCode(rtr.textAt("Rsn", "Cd").or(() -> rtr.textAt("Rsn", "Prtry")));
    for (XmlNode add : rtr.all("AddtlInf")) {
      exact(add).ifPresent(b::addAdditionalInfo);
    }
    return b.build();
  }

  private List<Money> charges(XmlNode chrgs) {
    List<Money> out = new ArrayList<>();
    for (XmlNode amt : chrgs.all("Amt")) {
      out.add(money(amt));
    }
    for (XmlNode rcrd : chrgs.all("Rcrd")) {
      rcrd.at("Amt").ifPresent(a -> out.add(money(a)));
    }
    if (out.isEmpty()) {
      chrgs.at("TtlChrgsAndTaxAmt").ifPresent(a -> out.add(money(a)));
    }
    return out;
  }

  /**
   * The {@code Avlbty} elements of a balance, entry or transaction details as one distributed
   * availability (code {@code D}): {@code NbOfDays} gives a distribution by days, {@code ActlDt}
   * one by date; each amount is signed by its {@code CdtDbtInd}, debit negative as for balances.
   * The order of the elements carries no meaning, so the parts are sorted (days ascending, then
   * dates ascending) and amounts for the same days or date are added up. Whether they add up to
   * the owner's amount is not checked: camt sets no such rule.
   *
   * @param node the {@code Bal}, {@code Ntry} or {@code TxDtls}
   * @param ownerCurrency the currency the amounts must be in, or null when the owner sets none
   * @param owner what the availability belongs to, for the message when the currency differs
   */
  private Optional<FundsAvailability> availability(XmlNode node, CurrencyUnit ownerCurrency, String owner) {
    List<XmlNode> avlbty = node.all("Avlbty");
    if (avlbty.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<Integer, Long> byDays = new TreeMap<>();
    TreeMap<LocalDate, Long> byDate = new TreeMap<>();
    CurrencyUnit ccy = null;
    for (XmlNode a : avlbty) {
      XmlNode amt = required(a, "Amt");
      Money amount = money(amt);
      if (ccy == null && ownerCurrency != null && !amount.currency().equals(ownerCurrency)) {
        throw fail(amt.path(), "availability amount " + amount + " is not in the currency of its "
            + owner + " (" + ownerCurrency.getCurrencyCode() + ")", null);
      }
      if (ccy != null && !amount.currency().equals(ccy)) {
        throw fail(amt.path(), "availability amount " + amount + " is not in the currency of the"
            + " first availability amount (" + ccy.getCurrencyCode() + ")", null);
      }
      ccy = amount.currency();
      long minor = direction(required(a, "CdtDbtInd")) == Direction.DEBIT
          ? -amount.minorUnits() : amount.minorUnits();
      XmlNode dt = required(a, "Dt");
      XmlNode nbOfDays = dt.childOrNull("NbOfDays");
      XmlNode actlDt = dt.childOrNull("ActlDt");
      if (nbOfDays != null && actlDt == null) {
        byDays.merge(days(nbOfDays), minor, Math::addExact);
      } else if (actlDt != null && nbOfDays == null) {
        byDate.merge(date(actlDt.text().orElse(""), actlDt.path()), minor, Math::addExact);
      } else {
        throw fail(dt.path(), "availability date needs either NbOfDays or ActlDt", null);
      }
    }
    List<FundsAvailability.Distribution> parts = new ArrayList<>(byDays.size() + byDate.size());
    for (Map.Entry<Integer, Long> d : byDays.entrySet()) {
      parts.add(FundsAvailability.Distribution.of(d.getKey(), Money.ofMinor(ccy, d.getValue())));
    }
    for (Map.Entry<LocalDate, Long> d : byDate.entrySet()) {
      parts.add(FundsAvailability.Distribution.onDate(d.getKey(), Money.ofMinor(ccy, d.getValue())));
    }
    return Optional.of(FundsAvailability.distributed(parts));
  }

  /** A {@code NbOfDays}: up to 15 digits with an optional plus sign, at most {@link Integer#MAX_VALUE}. */
  private int days(XmlNode node) {
    String text = node.text().orElse("");
    if (!DAYS.matcher(text).matches()) {
      throw fail(node.path(), "not a number of days: '" + text + "'", null);
    }
    long days = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    if (days > Integer.MAX_VALUE) {
      throw fail(node.path(), "number of days " + text + " is too large", null);
    }
    return (int) days;
  }

  // ---------------------------------------------------------------- values

  private XmlNode required(XmlNode parent, String name) {
    return parent
        .at(name)
        .orElseThrow(
            () -> fail(parent.path() + "/" + name, "required element " + name + " is missing", null));
  }

  /** Text exactly as sent, empty only when it is blank. */
  private static Optional<String> exact(XmlNode node) {
    String raw = node.rawText();
    return raw.isBlank() ? Optional.empty() : Optional.of(raw);
  }

  Money money(XmlNode node) {
    // Parsed straight from the node's characters: no String unless something is wrong.
    char[] chars = node.textChars();
    int from = node.trimmedFrom();
    int to = node.trimmedTo();
    if (from == to) {
      throw fail(node.path(), "amount is empty", null);
    }
    String attr = node.attributeOrNull("Ccy");
    if (attr == null) {
      throw fail(
          node.path(), "amount " + new String(chars, from, to - from) + " without Ccy attribute", null);
    }
    String code = attr.trim();
    CurrencyUnit ccy = currency(code, node);
    int digits = ccy.getDefaultFractionDigits();
    // Exact decimal to minor units without BigDecimal: [+]int[.frac], at most 18 integer digits,
    // decimals beyond the currency's scale only if they are zeros.
    int i = chars[from] == '+' ? from + 1 : from;
    long minor = 0;
    int intDigits = 1;
    int fracDigits = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < to; i++) {
      char c = chars[i];
      if (c == '.' && !dot) {
        dot = true;
        continue;
      }
      if (c < '0' || c > '9') {
        throw fail(node.path(), "not a valid amount: '" + node.text().orElse("") + "'", null);
      }
      any = true;
      if (!dot) {
        if (minor > 0 && ++intDigits > 18) {
          throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
        }
        minor = minor * 10 + (c - '0');
      } else if (++fracDigits <= digits) {
        if (minor > (Long.MAX_VALUE - 9) / 10) {
          throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
        }
        minor = minor * 10 + (c - '0');
      } else if (c != '0') {
        throw fail(
            node.path(),
            "amount " + node.text().orElse("") + " has more decimals than " + code + " allows ("
                + digits + ")",
            null);
      }
    }
    if (!any) {
      throw fail(node.path(), "not a valid amount: '" + node.text().orElse("") + "'", null);
    }
    for (int f = Math.min(fracDigits, digits); f < digits; f++) {
      if (minor > Long.MAX_VALUE / 10) {
        throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
      }
      minor *= 10;
    }
    return Money.ofMinor(ccy, minor);
  }

  private CurrencyUnit currency(String code, XmlNode node) {
    // Files are mostly in one currency: the last one read answers without hashing.
    if (code.equals(lastCode)) {
      return lastCurrency;
    }
    CurrencyUnit cached = currencies.get(code);
    if (cached != null) {
      lastCode = code;
      lastCurrency = cached;
    }
    if (cached != null) {
      return cached;
    }
    return currency(code, node.path() + "/@Ccy");
  }

  private CurrencyUnit currency(String code, String path) {
    CurrencyUnit cached = currencies.get(code);
    if (cached != null) {
      return cached;
    }
    if (!CURRENCY.matcher(code).matches()) {
      throw fail(path, "not a currency code: '" + code + "'", null);
    }
    CurrencyUnit ccy;
    try {
      ccy = Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw fail(path, "unknown currency '" + code + "'", e);
    }
    if (ccy.getDefaultFractionDigits() < 0) {
      throw fail(path, "currency '" + code + "' has no minor unit", null);
    }
    currencies.put(code, ccy);
    return ccy;
  }

  private Direction direction(XmlNode node) {
    char[] c = node.textChars();
    int from = node.trimmedFrom();
    if (node.trimmedTo() - from == 4) {
      if (c[from] == 'C' && c[from + 1] == 'R' && c[from + 2] == 'D' && c[from + 3] == 'T') {
        return Direction.CREDIT;
      }
      if (c[from] == 'D' && c[from + 1] == 'B' && c[from + 2] == 'I' && c[from + 3] == 'T') {
        return Direction.DEBIT;
      }
    }
    String t = node.text().orElse("");
    switch (t) {
      case "CRDT":
        return Direction.CREDIT;
      case "DBIT":
        return Direction.DEBIT;
      default:
        throw fail(node.path(), "credit/debit indicator must be CRDT or DBIT, not '" + t + "'", null);
    }
  }

  private boolean bool(Optional<XmlNode> node) {
    if (node.isEmpty()) {
      return false;
    }
    String t = node.get().text().orElse("");
    switch (t) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw fail(node.get().path(), "not a boolean: '" + t + "'", null);
    }
  }

  /** A DateAndDateTimeChoice: {@code Dt} or {@code DtTm}; the date as written. */
  private Optional<LocalDate> dateChoice(XmlNode choice) {
    Optional<XmlNode> dt = choice.at("Dt");
    if (dt.isPresent()) {
      LocalDate quick = plainDate(dt.get());
      if (quick != null) {
        return Optional.of(quick);
      }
    }
    if (dt.flatMap(XmlNode::text).isPresent()) {
      return Optional.of(date(dt.get().text().get(), dt.get().path()));
    }
    Optional<XmlNode> dtTm = choice.at("DtTm");
    if (dtTm.flatMap(XmlNode::text).isPresent()) {
      String t = dtTm.get().text().get();
      try {
        return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(t)));
      } catch (DateTimeException e) {
        throw fail(dtTm.get().path(), "not a date-time: '" + t + "'", e);
      }
    }
    return Optional.empty();
  }

  private LocalDate date(String text, String path) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int mo = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && mo >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
          throw fail(path, "not a date: '" + text + "'", e);
        }
      }
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw fail(path, "not a date: '" + text + "'", null);
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      throw fail(path, "not a date: '" + text + "'", e);
    }
  }

  /**
   * The date when the node's text is a plain valid {@code YYYY-MM-DD}, read from its characters;
   * null for anything else, which {@link #date(String, String)} then reads or rejects.
   */
  private static LocalDate plainDate(XmlNode node) {
    char[] c = node.textChars();
    int from = node.trimmedFrom();
    if (node.trimmedTo() - from != 10 || c[from + 4] != '-' || c[from + 7] != '-') {
      return null;
    }
    int y = digits(c, from, from + 4);
    int mo = digits(c, from + 5, from + 7);
    int d = digits(c, from + 8, from + 10);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 28) {
      return null; // day 29-31 and anything odd take the checked way
    }
    return LocalDate.of(y, mo, d);
  }

  private static int digits(char[] text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The non-negative number written in text[from, to), or -1 when it is not all ASCII digits. */
  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private StatementParseException fail(String path, String problem, Throwable cause) {
    return new StatementParseException(sourceName, path, problem, cause);
  }
}

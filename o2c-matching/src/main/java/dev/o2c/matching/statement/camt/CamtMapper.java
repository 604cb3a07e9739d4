package dev.o2c.matching.statement.camt;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.matching.statement.BatchInfo;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.Transaction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the small in-memory pieces of a camt message (group header, statement header, one entry)
 * to the normalized model, and keeps the running totals for the checks. One instance per reading;
 * values are read by {@link CamtValues}, transactions mapped by {@link CamtTransactions}, and the
 * checks done by {@link CamtChecks}.
 */
final class CamtMapper {

  private final StatementFormat format;
  private final CamtValues values;
  private final CamtTransactions transactions;
  private final CamtChecks checks;
  private Optional<String> messageId = Optional.empty();
  private Optional<String> groupCreationTime = Optional.empty();
  private String groupCreationPath = "";

  CamtMapper(String sourceName, StatementFormat format) {
    this.format = format;
    this.values = new CamtValues(sourceName);
    this.transactions = new CamtTransactions(values);
    this.checks = new CamtChecks(values, format);
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
            .orElseThrow(() -> values.fail(stmt.path() + "/Id", "statement without Id", null));
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
        CamtValues.exact(child).ifPresent(b::addAdditionalInfo);
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
      throw values.fail(path, "not a date-time: '" + text + "'", e);
    }
  }

  private StatementAccount account(XmlNode stmt, List<Balance> balances) {
    XmlNode acct =
        stmt.at("Acct").orElseThrow(() -> values.fail(stmt.path() + "/Acct", "statement without Acct", null));
    StatementAccount.Builder b = StatementAccount.builder();
    Optional<String> iban = acct.textAt("Id", "IBAN");
    Optional<String> other = acct.textAt("Id", "Othr", "Id");
    if (iban.isEmpty() && other.isEmpty()) {
      throw values.fail(acct.path() + "/Id", "account without IBAN or Othr/Id", null);
    }
    b.iban(iban).otherId(other);
    Optional<XmlNode> ccy = acct.at("Ccy");
    if (ccy.flatMap(XmlNode::text).isPresent()) {
      b.currency(values.currency(ccy.get().text().get(), ccy.get().path()));
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
    Money amount = values.money(values.required(bal, "Amt"));
    Direction d = values.direction(values.required(bal, "CdtDbtInd"));
    XmlNode dt = values.required(bal, "Dt");
    LocalDate date =
        values.dateChoice(dt).orElseThrow(() -> values.fail(dt.path(), "balance date without Dt or DtTm", null));
    return Balance.builder()
        .type(balanceType(code.orElse("")))
        .code(code)
        .amount(d == Direction.DEBIT ? amount.negated() : amount)
        .date(date)
        .availability(values.availability(bal, amount.currency(), "balance"))
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
    checks.checkBalances(state, full, stmt.path());
    stmt.at("TxsSummry").ifPresent(summary -> checks.checkSummary(state, summary));
    return full.withFindings(state.findings(stmt.path()));
  }

  // ---------------------------------------------------------------- entries

  Entry entry(StatementState state, XmlNode ntry, long ordinal) {
    Money amount = values.money(values.required(ntry, "Amt"));
    Direction direction = values.direction(values.required(ntry, "CdtDbtInd"));
    boolean reversal = values.bool(ntry.at("RvslInd"));
    EntryStatus status = status(ntry);
    XmlNode bookgDt = ntry.childOrNull("BookgDt");
    Optional<LocalDate> booking = bookgDt == null ? Optional.empty() : values.dateChoice(bookgDt);
    XmlNode valDt = ntry.childOrNull("ValDt");
    Optional<LocalDate> value = valDt == null ? Optional.empty() : values.dateChoice(valDt);
    Optional<String> acctSvcrRef = ntry.textAt("AcctSvcrRef");
    BankTransactionCode entryCode = transactions.bankTransactionCode(ntry.childOrNull("BkTxCd"));
    Optional<String> addtlNtryInf = ntry.at("AddtlNtryInf").flatMap(CamtValues::exact);

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
            .availability(values.availability(ntry, amount.currency(), "entry"));
    for (XmlNode chrgs : ntry.all("Chrgs")) {
      e.addAllCharges(transactions.charges(chrgs));
    }

    List<XmlNode> entryDetails = ntry.all("NtryDtls");
    for (XmlNode dtls : entryDetails) {
      XmlNode btch = dtls.childOrNull("Btch");
      if (btch != null) {
        BatchInfo batch = batch(btch);
        e.addBatches(batch);
        checks.checkBatch(state, batch, btch, dtls.all("TxDtls"), amount, direction, entryDetails.size());
      }
    }
    List<XmlNode> details = transactionDetails(entryDetails);

    CamtTransactions.EntryContext ctx =
        new CamtTransactions.EntryContext(
            state.header().account(), amount, direction, status, reversal, booking, value,
            acctSvcrRef, entryCode, ordinal);
    if (details.isEmpty()) {
      e.addTransactions(transactions.transaction(state, ctx, ntry, true, true, 1));
    } else if (details.size() == 1) {
      e.addTransactions(transactions.transaction(state, ctx, details.get(0), true, false, 1));
    } else {
      List<Transaction> txs = new ArrayList<>(details.size());
      for (int i = 0; i < details.size(); i++) {
        txs.add(transactions.transaction(state, ctx, details.get(i), false, false, i + 1));
      }
      checks.checkDetailSum(state, ntry, details, txs, amount, direction);
      e.addAllTransactions(txs);
    }
    Entry built = e.build();
    // The running totals change only once nothing can fail any more: an entry that fails is left
    // out when the handler chooses to go on, and must not count.
    long[] tally = state.all.computeIfAbsent(amount.currency(), c -> new long[4]);
    int base = direction == Direction.CREDIT ? 0 : 2;
    long total = Math.addExact(tally[base + 1], amount.minorUnits());
    tally[base]++;
    tally[base + 1] = total;
    state.balances.add(built);
    return built;
  }

  /** The {@code TxDtls} of all {@code NtryDtls}, in file order. */
  private static List<XmlNode> transactionDetails(List<XmlNode> entryDetails) {
    if (entryDetails.size() == 1) {
      // The rule: one NtryDtls, whose list serves as it is.
      return entryDetails.get(0).all("TxDtls");
    }
    List<XmlNode> details = new ArrayList<>();
    for (XmlNode dtls : entryDetails) {
      details.addAll(dtls.all("TxDtls"));
    }
    return details;
  }

  private EntryStatus status(XmlNode ntry) {
    XmlNode sts = values.required(ntry, "Sts");
    Optional<String> code =
        !sts.hasChildren()
            ? sts.text()
            : CamtValues.orText(sts.textAt("Cd"), sts, "Prtry");
    String c = code.orElseThrow(() -> values.fail(sts.path(), "entry status is empty", null));
    switch (c) {
      case "BOOK":
        return EntryStatus.BOOKED;
      case "PDNG":
      case "FUTR":
        return EntryStatus.PENDING;
      case "INFO":
        return EntryStatus.INFO;
      default:
        throw values.fail(sts.path(), "unknown entry status '" + c + "' (expected BOOK, PDNG, FUTR or INFO)", null);
    }
  }

  private BatchInfo batch(XmlNode btch) {
    BatchInfo.Builder b =
        BatchInfo.builder()
            .messageId(btch.textAt("MsgId"))
            .paymentInformationId(btch.textAt("PmtInfId"));
    Optional<XmlNode> nb = btch.at("NbOfTxs");
    if (nb.flatMap(XmlNode::text).isPresent()) {
      b.numberOfTransactions(values.count(nb.get(), "transactions"));
    }
    btch.at("TtlAmt").ifPresent(n -> b.total(values.money(n)));
    btch.at("CdtDbtInd").ifPresent(n -> b.direction(values.direction(n)));
    return b.build();
  }
}

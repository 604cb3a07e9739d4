package dev.o2c.matching.statement.camt;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.DuplicateKeys;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.References;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.matching.statement.ReturnInfo;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the transactions of a camt entry: one per {@code TxDtls}, or one from the entry itself,
 * with references, bank transaction code, parties, remittance, return information and charges.
 */
final class CamtTransactions {

  /** Where {@code AmtDtls} can carry an exchange rate, in the order they are looked at. */
  private static final List<String> AMOUNT_KINDS = List.of("InstdAmt", "TxAmt", "CntrValAmt", "AnncdPstngAmt");

  // Immutable, so one serves every entry and transaction without a code.
  private static final BankTransactionCode NO_CODE = BankTransactionCode.builder().build();

  private final CamtValues values;

  CamtTransactions(CamtValues values) {
    this.values = values;
  }

  /** Entry-level facts a transaction inherits. */
  static final class EntryContext {
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
  Transaction transaction(
      StatementState state, EntryContext ctx, XmlNode tx, boolean only, boolean fromEntry, int txOrdinal) {
    XmlNode amt = fromEntry ? null : tx.childOrNull("Amt");
    XmlNode txAmt = fromEntry ? null : tx.childOrNull("AmtDtls", "TxAmt", "Amt");
    XmlNode detailNode = amt != null ? amt : txAmt;
    Money detailAmount = detailNode == null ? null : values.money(detailNode);
    Money amount;
    // What the only details say was sent, where that is not what was booked (converted, or before charges).
    Money sent = null;
    if (only) {
      // The entry amount is what was booked; the only details cannot book anything else.
      amount = ctx.amount;
      if (detailAmount != null && !detailAmount.equals(ctx.amount)) {
        // TxDtls/Amt is what was booked for the transaction, so it must agree; AmtDtls/TxAmt may be the
        // amount before charges or conversion, and then it is the amount instructed.
        if (amt != null && detailAmount.currency().equals(ctx.amount.currency())) {
          state.add(
              Finding.of(
                  Finding.BATCH_TOTAL_MISMATCH,
                  "the only transaction details give " + detailAmount + " but the entry booked "
                      + ctx.amount + "; the entry's amount is used",
                  detailNode.path()));
        } else {
          sent = detailAmount;
        }
      }
    } else {
      amount = detailAmount != null ? detailAmount : Money.zero(ctx.amount.currency());
    }

    Direction direction = ctx.direction;
    XmlNode ind = fromEntry ? null : tx.childOrNull("CdtDbtInd");
    if (ind != null) {
      Direction own = values.direction(ind);
      if (only && own != ctx.direction) {
        state.add(
            Finding.of(
                Finding.DIRECTION_MISMATCH,
                "entry is " + ctx.direction + " but its only transaction details say " + own
                    + "; the entry's indicator is used",
                ind.path()));
      } else {
        direction = own;
      }
    }

    References refs = references(tx, ctx, fromEntry);
    BankTransactionCode code = fromEntry ? ctx.code : bankTransactionCode(tx.childOrNull("BkTxCd"));
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
            .availability(fromEntry ? Optional.empty() : values.availability(tx, null, null))
            .references(refs)
            .bankTransactionCode(code)
            .additionalInfo(
                (fromEntry ? tx.at("AddtlNtryInf") : tx.at("AddtlTxInf")).flatMap(CamtValues::exact));
    // Optionals handed to the builder as they are, and no lambdas: a capturing lambda or bound
    // method reference is an object per transaction, and this runs once per transaction read.
    XmlNode instructed = tx.childOrNull("AmtDtls", "InstdAmt", "Amt");
    if (instructed != null) {
      b.instructedAmount(values.money(instructed));
    } else if (sent != null) {
      b.instructedAmount(sent);
    }
    b.exchangeRate(exchangeRate(tx));

    XmlNode pties = tx.childOrNull("RltdPties");
    XmlNode agts = tx.childOrNull("RltdAgts");
    b.debtor(party(pties, "Dbtr", "DbtrAcct", agts, "DbtrAgt"))
        .creditor(party(pties, "Cdtr", "CdtrAcct", agts, "CdtrAgt"))
        .ultimateDebtor(party(pties, "UltmtDbtr", null, null, null))
        .ultimateCreditor(party(pties, "UltmtCdtr", null, null, null));

    Remittance.Builder rem = Remittance.builder();
    for (XmlNode rmtInf : tx.all("RmtInf")) {
      for (XmlNode u : rmtInf.all("Ustrd")) {
        String text = CamtValues.exactOrNull(u);
        if (text != null) {
          rem.addUnstructured(text);
        }
      }
      for (XmlNode s : rmtInf.all("Strd")) {
        rem.addStructured(structured(s));
      }
    }
    b.remittance(rem.build());
    XmlNode rtrInf = tx.childOrNull("RtrInf");
    if (rtrInf != null) {
      b.returnInfo(returnInfo(rtrInf));
    }
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
    XmlNode n = fromEntry ? null : tx.childOrNull("Refs");
    Optional<String> own = n == null ? Optional.empty() : n.textAt("AcctSvcrRef");
    r.accountServicerReference(own.isPresent() ? own : ctx.accountServicerReference);
    if (n != null) {
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
    XmlNode amounts = tx.childOrNull("AmtDtls");
    if (amounts == null) {
      return Optional.empty();
    }
    for (String kind : AMOUNT_KINDS) {
      XmlNode rate = amounts.childOrNull(kind, "CcyXchg", "XchgRate");
      if (rate != null && rate.text().isPresent()) {
        return Optional.of(values.rate(rate));
      }
    }
    return Optional.empty();
  }

  /** The code of an entry or transaction details; an absent {@code BkTxCd} gives the empty code. */
  BankTransactionCode bankTransactionCode(XmlNode n) {
    if (n == null) {
      return NO_CODE;
    }
    return BankTransactionCode.builder()
        .domain(n.textAt("Domn", "Cd"))
        .family(n.textAt("Domn", "Fmly", "Cd"))
        .subFamily(n.textAt("Domn", "Fmly", "SubFmlyCd"))
        .proprietaryCode(n.textAt("Prtry", "Cd"))
        .proprietaryIssuer(n.textAt("Prtry", "Issr"))
        .build();
  }

  // Written with null checks rather than Optional chains and lambdas: it runs four times per
  // transaction and the chains showed in profiles.
  private Optional<Party> party(
      XmlNode pties,
      String partyName,
      String accountName,
      XmlNode agts,
      String agentName) {
    XmlNode p = pties != null ? pties.childOrNull(partyName) : null;
    XmlNode acct = accountName != null && pties != null ? pties.childOrNull(accountName) : null;
    XmlNode agent = agentName != null && agts != null ? agts.childOrNull(agentName) : null;
    if (p == null && acct == null && agent == null) {
      // Most transactions name no ultimate parties, and many no agents: no builder for nothing.
      return Optional.empty();
    }
    Party.Builder b = Party.builder();
    b.name(p == null ? Optional.empty() : CamtValues.orText(p.textAt("Nm"), p, "Pty", "Nm"));
    Optional<String> bic = Optional.empty();
    Optional<String> bankId = Optional.empty();
    if (accountName != null) {
      if (acct != null) {
        b.iban(acct.textAt("Id", "IBAN"));
        b.otherAccountId(acct.textAt("Id", "Othr", "Id"));
      }
      XmlNode fin = agent == null ? null : agent.childOrNull("FinInstnId");
      if (fin != null) {
        bic = CamtValues.orText(fin.textAt("BIC"), fin, "BICFI");
        bankId = CamtValues.orText(fin.textAt("ClrSysMmbId", "MmbId"), fin, "Othr", "Id");
      }
      // v8+: a financial institution can itself be the party (Dbtr/Agt).
      if (bic.isEmpty() && p != null) {
        bic = p.textAt("Agt", "FinInstnId", "BICFI");
      }
    }
    Party party = b.bic(bic).bankId(bankId).build();
    return party.isEmpty() ? Optional.empty() : Optional.of(party);
  }

  private StructuredReference structured(XmlNode strd) {
    StructuredReference.Builder b = StructuredReference.builder();
    List<XmlNode> docs = strd.all("RfrdDocInf");
    Optional<XmlNode> amounts = strd.at("RfrdDocAmt");
    Optional<Money> due = amounts.flatMap(a -> a.at("DuePyblAmt")).map(values::money);
    Optional<Money> remitted = amounts.flatMap(a -> a.at("RmtdAmt")).map(values::money);
    for (XmlNode doc : docs) {
      ReferredDocument.Builder d =
          ReferredDocument.builder()
              .number(doc.textAt("Nb"))
              .type(
                  doc.textAt("Tp", "CdOrPrtry", "Cd").or(() -> doc.textAt("Tp", "CdOrPrtry", "Prtry")));
      Optional<XmlNode> rltdDt = doc.at("RltdDt");
      if (rltdDt.isPresent()) {
        XmlNode dt = rltdDt.get().at("Dt").orElse(rltdDt.get());
        dt.text().ifPresent(t -> d.relatedDate(values.date(t, dt.path())));
      }
      Optional<XmlNode> lineAmt =
          doc.at("LineDtls", "Amt", "RmtdAmt").or(() -> doc.at("LineDtls", "Amt", "DuePyblAmt"));
      if (lineAmt.isPresent()) {
        d.amount(values.money(lineAmt.get()));
      } else if (docs.size() == 1) {
        d.amount(remitted.or(() -> due));
      }
      b.addReferredDocuments(d.build());
    }
    b.duePayableAmount(due).remittedAmount(remitted);
    if (amounts.isPresent()) {
      XmlNode a = amounts.get();
      a.at("CdtNoteAmt").ifPresent(n -> b.creditNoteAmount(values.money(n)));
      Optional<XmlNode> tax = a.at("TaxAmt");
      if (tax.isPresent()) {
        XmlNode t = tax.get();
        b.taxAmount(values.money(t.at("Amt").orElse(t)));
      }
      for (XmlNode dsc : a.all("DscntApldAmt")) {
        RemittanceAdjustment.Builder r = RemittanceAdjustment.builder();
        if (dsc.at("Amt").isPresent()) {
          r.amount(values.money(dsc.at("Amt").get()))
              .reason(dsc.textAt("Tp", "Cd").or(() -> dsc.textAt("Tp", "Prtry")));
        } else {
          r.amount(values.money(dsc));
        }
        b.addDiscounts(r.build());
      }
      for (XmlNode adj : a.all("AdjstmntAmtAndRsn")) {
        RemittanceAdjustment.Builder r =
            RemittanceAdjustment.builder()
                .amount(values.money(values.required(adj, "Amt")))
                .reason(adj.textAt("Rsn"))
                .additionalInfo(adj.textAt("AddtlInf"));
        adj.at("CdtDbtInd").ifPresent(n -> r.direction(values.direction(n)));
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
      CamtValues.exact(add).ifPresent(b::addAdditionalInfo);
    }
    return b.build();
  }

  private ReturnInfo returnInfo(XmlNode rtr) {
    ReturnInfo.Builder b =
        ReturnInfo.builder().reasonCode(rtr.textAt("Rsn", "Cd").or(() -> rtr.textAt("Rsn", "Prtry")));
    for (XmlNode add : rtr.all("AddtlInf")) {
      CamtValues.exact(add).ifPresent(b::addAdditionalInfo);
    }
    return b.build();
  }

  List<Money> charges(XmlNode chrgs) {
    List<Money> out = new ArrayList<>();
    for (XmlNode amt : chrgs.all("Amt")) {
      out.add(values.money(amt));
    }
    for (XmlNode rcrd : chrgs.all("Rcrd")) {
      rcrd.at("Amt").ifPresent(a -> out.add(values.money(a)));
    }
    if (out.isEmpty()) {
      chrgs.at("TtlChrgsAndTaxAmt").ifPresent(a -> out.add(values.money(a)));
    }
    return out;
  }
}

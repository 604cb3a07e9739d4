package dev.o2c.testkit.statement;

import java.io.Writer;
import java.util.Objects;

/**
 * Writes ISO 20022 camt.053 bank-to-customer statements, indented as banks usually send them.
 *
 * <p>Per statement: id, electronic sequence number, creation time, the account (IBAN, currency,
 * owner, servicer BIC), opening ({@code OPBD}) and closing ({@code CLBD}) booked balances, a
 * transaction summary, then one {@code Ntry} per entry with exactly one {@code TxDtls}: the
 * account servicer reference (on the entry and in {@code Refs}), the end-to-end id, the
 * counterparty as {@code Dbtr} (credits) or {@code Cdtr} (debits) with IBAN and agent BIC, and
 * {@code RmtInf} with the unstructured text ({@code Ustrd}) and the creditor reference ({@code
 * Strd/CdtrRefInf}, type {@code SCOR}), and one {@code Strd} per {@linkplain EntrySpec#referredDocuments()
 * referred document} ({@code RfrdDocInf} and {@code RfrdDocAmt}). A party name, IBAN or BIC the entry
 * leaves empty is left out.
 *
 * <p>The versions differ where the schemas do: {@link Version#V02} writes {@code <Sts>BOOK</Sts>},
 * {@code BIC}, party names directly under {@code Dbtr}/{@code Cdtr} and the transaction amount in
 * {@code AmtDtls/TxAmt}; {@link Version#V08} writes {@code <Sts><Cd>BOOK</Cd></Sts>}, {@code
 * BICFI}, {@code Dbtr/Pty/Nm} and {@code TxDtls/Amt} with {@code CdtDbtInd}. This class is immutable
 * and thread-safe.
 */
public final class Camt053Writer implements StatementFileWriter {

  /** The camt.053 message versions this writer produces. */
  public enum Version {
    /** camt.053.001.02 (the 2009 version, still the most common). */
    V02("camt.053.001.02"),
    /** camt.053.001.08 (the 2019 version used by SEPA and CBPR+). */
    V08("camt.053.001.08");

    private final String id;

    Version(String id) {
      this.id = id;
    }

    /**
     * {@return the message identifier, e.g. {@code camt.053.001.08}}
     */
    public String id() {
      return id;
    }

    /**
     * {@return the XML namespace of the version}
     */
    public String namespace() {
      return "urn:iso:std:iso:20022:tech:xsd:" + id;
    }
  }

  private final Version version;

  private Camt053Writer(Version version) {
    this.version = version;
  }

  /**
   * A writer for one camt.053 version.
   *
   * @param version the message version
   * @return the writer
   * @throws NullPointerException if version is null
   */
  public static Camt053Writer of(Version version) {
    return new Camt053Writer(Objects.requireNonNull(version, "version"));
  }

  /**
   * {@return the message version written}
   */
  public Version version() {
    return version;
  }

  @Override
  public void write(StatementFileSpec spec, Writer out) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(out, "out");
    boolean v2 = version == Version.V02;
    String bic = v2 ? "BIC" : "BICFI";
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"")
        .append(version.namespace())
        .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <BkToCstmrStmt>\n")
        .append("    <GrpHdr>\n      <MsgId>").append(spec.messageId()).append("</MsgId>\n      <CreDtTm>")
        .append(spec.creationTime()).append(":00</CreDtTm>\n    </GrpHdr>\n");
    for (StatementSpec s : spec.statements()) {
      String ccy = s.currency().getCurrencyCode();
      int scale = s.currency().getDefaultFractionDigits();
      StatementSpec.Totals t = s.totals();
      sb.append("    <Stmt>\n      <Id>").append(s.statementId()).append("</Id>\n      <ElctrncSeqNb>")
          .append(s.sequenceNumber()).append("</ElctrncSeqNb>\n      <CreDtTm>").append(s.creationTime())
          .append(":00</CreDtTm>\n      <Acct>\n        <Id>\n          <IBAN>").append(s.accountIban())
          .append("</IBAN>\n        </Id>\n        <Ccy>").append(ccy).append("</Ccy>\n        <Ownr>\n          <Nm>");
      Text.xml(sb, s.ownerName()).append("</Nm>\n        </Ownr>\n        <Svcr>\n          <FinInstnId>\n            <")
          .append(bic).append('>').append(s.accountBic()).append("</").append(bic)
          .append(">\n          </FinInstnId>\n        </Svcr>\n      </Acct>\n");
      balance(sb, "OPBD", s.openingMinor(), scale, ccy, s);
      balance(sb, "CLBD", s.closingMinor(), scale, ccy, s);
      sb.append("      <TxsSummry>\n        <TtlNtries>\n          <NbOfNtries>").append(s.entryCount())
          .append("</NbOfNtries>\n        </TtlNtries>\n        <TtlCdtNtries>\n          <NbOfNtries>")
          .append(t.credits()).append("</NbOfNtries>\n          <Sum>");
      Text.decimal(sb, t.creditMinor(), scale, '.').append("</Sum>\n        </TtlCdtNtries>\n")
          .append("        <TtlDbtNtries>\n          <NbOfNtries>").append(t.debits())
          .append("</NbOfNtries>\n          <Sum>");
      Text.decimal(sb, t.debitMinor(), scale, '.').append("</Sum>\n        </TtlDbtNtries>\n      </TxsSummry>\n");
      Text.flush(sb, out);
      int ordinal = 0;
      for (EntrySpec e : s.entries()) {
        entry(sb, e, ++ordinal, ccy, scale, v2, bic);
        Text.flush(sb, out);
      }
      sb.append("    </Stmt>\n");
    }
    sb.append("  </BkToCstmrStmt>\n</Document>\n");
    Text.flush(sb, out);
  }

  private static void balance(StringBuilder sb, String code, long minor, int scale, String ccy, StatementSpec s) {
    sb.append("      <Bal>\n        <Tp>\n          <CdOrPrtry>\n            <Cd>").append(code)
        .append("</Cd>\n          </CdOrPrtry>\n        </Tp>\n        <Amt Ccy=\"").append(ccy).append("\">");
    Text.decimal(sb, minor, scale, '.').append("</Amt>\n        <CdtDbtInd>").append(minor < 0 ? "DBIT" : "CRDT")
        .append("</CdtDbtInd>\n        <Dt>\n          <Dt>").append(s.date()).append("</Dt>\n        </Dt>\n      </Bal>\n");
  }

  private static void entry(StringBuilder sb, EntrySpec e, int ordinal, String ccy, int scale, boolean v2, String bic) {
    String ind = e.credit() ? "CRDT" : "DBIT";
    sb.append("      <Ntry>\n        <NtryRef>").append(ordinal).append("</NtryRef>\n        <Amt Ccy=\"")
        .append(ccy).append("\">");
    Text.decimal(sb, e.amountMinor(), scale, '.').append("</Amt>\n        <CdtDbtInd>").append(ind)
        .append(v2 ? "</CdtDbtInd>\n        <Sts>BOOK</Sts>\n" : "</CdtDbtInd>\n        <Sts>\n          <Cd>BOOK</Cd>\n        </Sts>\n")
        .append("        <BookgDt>\n          <Dt>").append(e.bookingDate())
        .append("</Dt>\n        </BookgDt>\n        <ValDt>\n          <Dt>").append(e.valueDate())
        .append("</Dt>\n        </ValDt>\n        <AcctSvcrRef>").append(e.bankReference())
        .append("</AcctSvcrRef>\n        <BkTxCd>\n          <Domn>\n            <Cd>PMNT</Cd>\n")
        .append("            <Fmly>\n              <Cd>").append(e.credit() ? "RCDT" : "ICDT")
        .append("</Cd>\n              <SubFmlyCd>ESCT</SubFmlyCd>\n            </Fmly>\n          </Domn>\n")
        .append("        </BkTxCd>\n        <NtryDtls>\n          <TxDtls>\n            <Refs>\n")
        .append("              <AcctSvcrRef>").append(e.bankReference()).append("</AcctSvcrRef>\n");
    e.endToEndId().ifPresent(id -> sb.append("              <EndToEndId>").append(id).append("</EndToEndId>\n"));
    sb.append("            </Refs>\n");
    if (!v2) {
      sb.append("            <Amt Ccy=\"").append(ccy).append("\">");
      Text.decimal(sb, e.amountMinor(), scale, '.').append("</Amt>\n            <CdtDbtInd>").append(ind)
          .append("</CdtDbtInd>\n");
    }
    if (v2 || e.instructedAmount().isPresent()) {
      sb.append("            <AmtDtls>\n");
      e.instructedAmount().ifPresent(instructed -> {
        sb.append("              <InstdAmt>\n                <Amt Ccy=\"").append(instructed.currency().getCurrencyCode())
            .append("\">").append(instructed.amount().toPlainString()).append("</Amt>\n              </InstdAmt>\n");
      });
      sb.append("              <TxAmt>\n                <Amt Ccy=\"").append(ccy).append("\">");
      Text.decimal(sb, e.amountMinor(), scale, '.').append("</Amt>\n              </TxAmt>\n            </AmtDtls>\n");
    }
    if (e.chargesMinor() > 0) {
      // Charges deducted on the way; camt.053.001.02 lists them flat, later versions as records.
      sb.append("            <Chrgs>\n");
      if (v2) {
        sb.append("              <Amt Ccy=\"").append(ccy).append("\">");
        Text.decimal(sb, e.chargesMinor(), scale, '.').append("</Amt>\n");
      } else {
        sb.append("              <Rcrd>\n                <Amt Ccy=\"").append(ccy).append("\">");
        Text.decimal(sb, e.chargesMinor(), scale, '.').append("</Amt>\n                <CdtDbtInd>DBIT</CdtDbtInd>\n")
            .append("                <ChrgInclInd>true</ChrgInclInd>\n              </Rcrd>\n");
      }
      sb.append("            </Chrgs>\n");
    }
    String party = e.credit() ? "Dbtr" : "Cdtr";
    boolean name = !e.counterpartyName().isEmpty();
    boolean iban = !e.counterpartyIban().isEmpty();
    if (name || iban) {
      sb.append("            <RltdPties>\n");
      if (name) {
        sb.append("              <").append(party).append(">\n");
        if (v2) {
          sb.append("                <Nm>");
          Text.xml(sb, e.counterpartyName()).append("</Nm>\n");
        } else {
          sb.append("                <Pty>\n                  <Nm>");
          Text.xml(sb, e.counterpartyName()).append("</Nm>\n                </Pty>\n");
        }
        sb.append("              </").append(party).append(">\n");
      }
      if (iban) {
        sb.append("              <").append(party).append("Acct>\n                <Id>\n                  <IBAN>")
            .append(e.counterpartyIban()).append("</IBAN>\n                </Id>\n              </").append(party)
            .append("Acct>\n");
      }
      sb.append("            </RltdPties>\n");
    }
    if (!e.counterpartyBic().isEmpty()) {
      sb.append("            <RltdAgts>\n              <").append(party)
          .append("Agt>\n                <FinInstnId>\n                  <").append(bic).append('>')
          .append(e.counterpartyBic()).append("</").append(bic).append(">\n                </FinInstnId>\n              </")
          .append(party).append("Agt>\n            </RltdAgts>\n");
    }
    if (e.remittanceText().isPresent() || e.creditorReference().isPresent() || !e.referredDocuments().isEmpty()) {
      sb.append("            <RmtInf>\n");
      e.remittanceText().ifPresent(t -> Text.xml(sb.append("              <Ustrd>"), t).append("</Ustrd>\n"));
      for (ReferredDocumentSpec d : e.referredDocuments()) {
        referredDocument(sb, d, ccy, scale, v2);
      }
      e.creditorReference().ifPresent(r -> sb.append("              <Strd>\n                <CdtrRefInf>\n")
          .append("                  <Tp>\n                    <CdOrPrtry>\n                      <Cd>SCOR</Cd>\n")
          .append("                    </CdOrPrtry>\n                  </Tp>\n                  <Ref>").append(r)
          .append("</Ref>\n                </CdtrRefInf>\n              </Strd>\n"));
      sb.append("            </RmtInf>\n");
    }
    sb.append("          </TxDtls>\n        </NtryDtls>\n      </Ntry>\n");
  }

  /** One {@code Strd} block for a referred document, with its amounts in schema order. */
  private static void referredDocument(StringBuilder sb, ReferredDocumentSpec d, String ccy, int scale, boolean v2) {
    sb.append("              <Strd>\n                <RfrdDocInf>\n                  <Tp>\n")
        .append("                    <CdOrPrtry>\n                      <Cd>").append(d.typeCode())
        .append("</Cd>\n                    </CdOrPrtry>\n                  </Tp>\n                  <Nb>");
    Text.xml(sb, d.number()).append("</Nb>\n                </RfrdDocInf>\n");
    if (d.remittedMinor().isPresent() || d.discountMinor() > 0 || d.adjustmentMinor() > 0) {
      sb.append("                <RfrdDocAmt>\n");
      if (d.discountMinor() > 0) {
        sb.append(v2 ? "                  <DscntApldAmt Ccy=\"" : "                  <DscntApldAmt>\n                    <Amt Ccy=\"")
            .append(ccy).append("\">");
        Text.decimal(sb, d.discountMinor(), scale, '.')
            .append(v2 ? "</DscntApldAmt>\n" : "</Amt>\n                  </DscntApldAmt>\n");
      }
      if (d.adjustmentMinor() > 0) {
        sb.append("                  <AdjstmntAmtAndRsn>\n                    <Amt Ccy=\"").append(ccy).append("\">");
        Text.decimal(sb, d.adjustmentMinor(), scale, '.').append("</Amt>\n");
        d.adjustmentReason().ifPresent(r -> Text.xml(sb.append("                    <Rsn>"), r).append("</Rsn>\n"));
        sb.append("                  </AdjstmntAmtAndRsn>\n");
      }
      if (d.remittedMinor().isPresent()) {
        sb.append("                  <RmtdAmt Ccy=\"").append(ccy).append("\">");
        Text.decimal(sb, d.remittedMinor().getAsLong(), scale, '.').append("</RmtdAmt>\n");
      }
      sb.append("                </RfrdDocAmt>\n");
    }
    sb.append("              </Strd>\n");
  }

  @Override
  public String toString() {
    return "Camt053Writer[" + version.id() + "]";
  }
}

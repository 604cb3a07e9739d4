package dev.o2c.examples.cli;

/**
 * Small hand-written statement files for the CLI tests, one per format, each balancing, with the
 * cases the transactions CSV must map: a batch entry with two transaction details, reference
 * fallbacks, a pending entry, an MT940 reversal of a credit, BAI2 continuation text.
 */
final class StatementSamples {

  private StatementSamples() {}

  /**
   * camt.053.001.08: opening 1,000.00, a batch credit of 300.00 (two details: one with its own
   * account servicer reference, one falling back to the entry's), a debit of 50.00 with only an
   * {@code NtryRef}, a pending credit of 10.00; closing 1,250.00.
   */
  static final String CAMT_053 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
        <BkToCstmrStmt>
          <GrpHdr><MsgId>O2C-CLI-MSG-1</MsgId><CreDtTm>2024-03-02T06:00:00+01:00</CreDtTm></GrpHdr>
          <Stmt>
            <Id>O2C-CLI-STMT-1</Id>
            <ElctrncSeqNb>42</ElctrncSeqNb>
            <CreDtTm>2024-03-02T06:00:00+01:00</CreDtTm>
            <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>O2C Demo GmbH</Nm></Ownr></Acct>
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1250.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLAV</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1240.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>
            <Ntry>
              <Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
              <BookgDt><Dt>2024-03-01</Dt></BookgDt><ValDt><Dt>2024-03-01</Dt></ValDt>
              <AcctSvcrRef>NTRY-ASR-1</AcctSvcrRef>
              <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
              <NtryDtls>
                <Btch><NbOfTxs>2</NbOfTxs></Btch>
                <TxDtls>
                  <Refs><AcctSvcrRef>TX-ASR-1</AcctSvcrRef><EndToEndId>E2E-1</EndToEndId></Refs>
                  <Amt Ccy="EUR">200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                  <RltdPties>
                    <Dbtr><Pty><Nm>Müller Maschinenbau GmbH</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>
                  </RltdPties>
                  <RmtInf>
                    <Ustrd>Invoice 4711</Ustrd>
                    <Ustrd>and 4712</Ustrd>
                    <Strd><RfrdDocInf><Nb>INV-4711</Nb></RfrdDocInf><RfrdDocInf><Nb>INV-4712</Nb></RfrdDocInf></Strd>
                    <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF18539007547034</Ref></CdtrRefInf></Strd>
                  </RmtInf>
                </TxDtls>
                <TxDtls>
                  <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                  <Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                  <RltdPties>
                    <Dbtr><Pty><Nm>Baltic Tools, "Riga"</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><Othr><Id>LV-778899</Id></Othr></Id></DbtrAcct>
                  </RltdPties>
                  <RmtInf><Ustrd>Order 55, partial</Ustrd></RmtInf>
                </TxDtls>
              </NtryDtls>
            </Ntry>
            <Ntry>
              <NtryRef>NTRYREF-2</NtryRef>
              <Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
              <BookgDt><Dt>2024-03-01</Dt></BookgDt><ValDt><Dt>2024-03-01</Dt></ValDt>
              <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
              <NtryDtls><TxDtls>
                <Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                <RltdPties>
                  <Cdtr><Pty><Nm>Office Supplies SA</Nm></Pty></Cdtr>
                  <CdtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></CdtrAcct>
                </RltdPties>
              </TxDtls></NtryDtls>
            </Ntry>
            <Ntry>
              <Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
              <ValDt><Dt>2024-03-04</Dt></ValDt>
              <AcctSvcrRef>PEND-3</AcctSvcrRef>
              <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
            </Ntry>
          </Stmt>
        </BkToCstmrStmt>
      </Document>
      """;

  /**
   * MT940: opening 1,000.00, a SEPA credit of 250.00 in the German {@code ?NN} dialect (remittance
   * split across {@code ?21}/{@code ?22}), a debit of 40.00 with free-text details on two lines,
   * the reversal ({@code RC}) of the 250.00 credit; closing 960.00.
   */
  static final String MT940 = """
      :20:STMT-940-1
      :25:37040044/0532013000
      :28C:00042/001
      :60F:C240301EUR1000,00
      :61:2403010301C250,00NTRFKREF-1//BANKREF-1
      :86:166?00GUTSCHRIFT?109310?20EREF+E2E-940-1?21SVWZ+Rechnung 4711 und 4
      ?22712?30COBADEFFXXX?31DE02120300000000202051?32Mueller Maschinenbau?33 GmbH
      :61:2403020302D40,00NTRFNONREF//BANKREF-2
      :86:Free text line one
      second line
      :61:2403020302RC250,00NRTINONREF//BANKREF-3
      :86:159?00RETOURE?20Rueckbuchung?32Mueller Maschinenbau GmbH
      :62F:C240302EUR960,00
      -
      """;

  /**
   * BAI2: opening ledger 1,000.00, a credit of 500.00 whose text continues in an 88 record, a debit
   * of 150.00; closing ledger 1,350.00; control totals and record counts reconcile.
   */
  static final String BAI2 = """
      01,O2CBANK,O2CCUST,240301,0800,F1,80,1,2/
      02,O2CCUST,O2CBANK,1,240229,2400,USD,2/
      03,123456789,USD,010,100000,,,015,135000,,/
      16,175,50000,Z,BREF-1,CREF-1,Payment from ACME
      88,INVOICE 1001
      16,475,15000,Z,BREF-2,,Cheque paid/
      49,300000,5/
      98,300000,1,7/
      99,300000,1,9/
      """;
}

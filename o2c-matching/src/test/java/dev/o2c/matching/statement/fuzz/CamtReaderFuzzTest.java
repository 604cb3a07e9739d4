package dev.o2c.matching.statement.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.o2c.matching.statement.camt.CamtReader;

/**
 * Fuzz target for {@link CamtReader}: any bytes give camt statements or a {@code
 * StatementParseException}. Without {@code JAZZER_FUZZ} only the inputs under {@code
 * CamtReaderFuzzTestInputs/} run; see FUZZING.md.
 */
class CamtReaderFuzzTest {

  private static final CamtReader READER = new CamtReader();

  @DictionaryEntries({
    "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02",
    "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08",
    "urn:iso:std:iso:20022:tech:xsd:camt.052.001.13",
    "<Document xmlns=\"", "<BkToCstmrStmt>", "<BkToCstmrDbtCdtNtfctn>", "<BkToCstmrAcctRpt>",
    "<GrpHdr>", "<MsgId>", "<CreDtTm>", "<Stmt>", "<Ntfctn>", "<Rpt>", "<Id>", "<IBAN>",
    "<Othr>", "<Acct>", "<Ccy>", "<Bal>", "<Tp>", "<CdOrPrtry>", "<Cd>", "<Amt Ccy=\"EUR\">",
    "<Amt Ccy=\"JPY\">", "<Amt Ccy=\"KWD\">", "<CdtDbtInd>", "CRDT", "DBIT", "OPBD", "CLBD",
    "CLAV", "PRCD", "<Dt>", "<DtTm>", "<Ntry>", "<NtryRef>", "<Sts>", "BOOK", "PDNG", "INFO",
    "<BookgDt>", "<ValDt>", "<AcctSvcrRef>", "<RvslInd>", "<BkTxCd>", "<Domn>", "<Fmly>",
    "<SubFmlyCd>", "<Prtry>", "<NtryDtls>", "<Btch>", "<NbOfTxs>", "<TtlAmt>", "<TxDtls>",
    "<Refs>", "<EndToEndId>", "<InstrId>", "<MndtId>", "<ChqNb>", "<AmtDtls>", "<InstdAmt>",
    "<TxAmt>", "<CcyXchg>", "<XchgRate>", "<RltdPties>", "<Dbtr>", "<Cdtr>", "<Nm>",
    "<DbtrAcct>", "<UltmtDbtr>", "<RmtInf>", "<Ustrd>", "<Strd>", "<CdtrRefInf>", "<Ref>",
    "<RfrdDocInf>", "<Nb>", "<RfrdDocAmt>", "<DuePyblAmt>", "<AdjstmntAmtAndRsn>", "<Rsn>",
    "<RtrInf>", "<Chrgs>", "<TtlChrgsAndTaxAmt>", "<TxsSummry>", "<TtlNtries>", "<NbOfNtries>",
    "<Sum>", "RF18539007547034", "<!DOCTYPE", "<![CDATA[", "&amp;", "&#x41;", "encoding=\"UTF-16\""
  })
  @FuzzTest(maxDuration = "5m")
  void fuzz_readFile_statementsOrParseException(byte[] data) {
    FuzzContract.readWith(READER, data);
  }
}

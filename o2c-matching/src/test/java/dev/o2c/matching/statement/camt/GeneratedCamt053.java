package dev.o2c.matching.statement.camt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A camt.053.001.08 statement written on the fly, entry by entry, never held in memory: an
 * opening balance of zero, {@code entries} credits of 1.00 EUR with two transaction details each,
 * and a matching closing balance. Counts the bytes handed out so tests can see how far the reader
 * had to read.
 */
final class GeneratedCamt053 extends InputStream {

  private final long entries;
  private long nextEntry;
  private byte[] chunk;
  private int pos;
  private boolean footerDone;
  private long produced;

  GeneratedCamt053(long entries) {
    this.entries = entries;
    this.chunk = header().getBytes(StandardCharsets.UTF_8);
  }

  /** About how many entries make a file of the given size. */
  static long entriesFor(long bytes) {
    return bytes / new GeneratedCamt053(0).entry(500_000).getBytes(StandardCharsets.UTF_8).length;
  }

  long bytesProduced() {
    return produced;
  }

  private String header() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>GEN-1</MsgId><CreDtTm>2024-01-01T00:00:00Z</CreDtTm></GrpHdr>"
        + "<Stmt><Id>GEN-STMT</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id>"
        + "<Ccy>EUR</Ccy></Acct>"
        + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>"
        + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        + entries
        + ".00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>\n";
  }

  private String entry(long n) {
    return "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
        + "<BookgDt><Dt>2024-01-15</Dt></BookgDt><ValDt><Dt>2024-01-15</Dt></ValDt>"
        + "<AcctSvcrRef>REF"
        + n
        + "</AcctSvcrRef><NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>"
        + "<TxDtls><Refs><EndToEndId>E2E-"
        + n
        + "-A</EndToEndId></Refs><Amt Ccy=\"EUR\">0.60</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
        + "<RltdPties><Dbtr><Pty><Nm>Payer "
        + n
        + "</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct>"
        + "</RltdPties><RmtInf><Ustrd>Invoice "
        + n
        + "</Ustrd><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
        + "<Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"
        + "<TxDtls><Refs><EndToEndId>E2E-"
        + n
        + "-B</EndToEndId></Refs><Amt Ccy=\"EUR\">0.40</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
        + "<RmtInf><Ustrd>Invoice "
        + n
        + " rest</Ustrd></RmtInf></TxDtls></NtryDtls>"
        + "<AddtlNtryInf>generated entry</AddtlNtryInf></Ntry>\n";
  }

  private boolean refill() {
    if (nextEntry < entries) {
      chunk = entry(++nextEntry).getBytes(StandardCharsets.UTF_8);
    } else if (!footerDone) {
      chunk = "</Stmt></BkToCstmrStmt></Document>\n".getBytes(StandardCharsets.UTF_8);
      footerDone = true;
    } else {
      return false;
    }
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (pos >= chunk.length) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(len, chunk.length - pos);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    produced += n;
    return n;
  }
}

package dev.o2c.matching.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The findings cap keeps what matters: statement-level findings always, the rest bounded per code,
 * with a count of what was not kept. On generated files of 3,000 broken entries in each format.
 */
class FindingCapTest {

  private static final int ENTRIES = 3000;

  private static Statement read(String text, String name, UnreadableEntries unreadable) {
    StatementFile file = StatementReaders.readFile(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, unreadable);
    assertThat(file.statements()).hasSize(1);
    return file.statements().get(0);
  }

  private static Map<FindingCode, Long> byCode(Statement s) {
    return s.findings().stream().collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
  }

  /** camt.053: every batch declares 3 transactions but gives 2 that add up to 0.90 of its 1.00. */
  static String camtWithBrokenBatches() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>CAP</MsgId><CreDtTm>2024-01-01T00:00:00Z</CreDtTm></GrpHdr>"
        + "<Stmt><Id>CAP-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>"
        // Closing balance, entry count, sums and net all off: six statement-level findings.
        + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">1.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>"
        + "<TxsSummry><TtlNtries><NbOfNtries>1</NbOfNtries><Sum>1.00</Sum>"
        + "<TtlNetNtry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TtlNetNtry></TtlNtries>"
        + "<TtlCdtNtries><NbOfNtries>2</NbOfNtries><Sum>2.00</Sum></TtlCdtNtries></TxsSummry>\n");
    for (int n = 1; n <= ENTRIES; n++) {
      b.append("<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
          + "<BookgDt><Dt>2024-01-15</Dt></BookgDt><AcctSvcrRef>R").append(n).append("</AcctSvcrRef>"
          + "<NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch>"
          + "<TxDtls><Amt Ccy=\"EUR\">0.60</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>"
          + "<TxDtls><Amt Ccy=\"EUR\">0.30</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls></NtryDtls></Ntry>\n");
    }
    return b.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
  }

  @Test
  void test_camt_manyBatchMismatches_keepEveryStatementLevelFinding() {
    Statement s = read(camtWithBrokenBatches(), "cap.xml", UnreadableEntries.FAIL);
    assertThat(s.entries()).hasSize(ENTRIES);
    Map<FindingCode, Long> codes = byCode(s);
    assertThat(codes).containsEntry(Finding.BALANCE_MISMATCH, 1L)
        .containsEntry(Finding.COUNT_MISMATCH, 2L)
        .containsEntry(Finding.CONTROL_TOTAL_MISMATCH, 3L)
        .containsEntry(Finding.BATCH_COUNT_MISMATCH, (long) FindingCollector.MAX_PER_CODE)
        .containsEntry(Finding.BATCH_TOTAL_MISMATCH, (long) FindingCollector.MAX_PER_CODE)
        .containsEntry(Finding.TOO_MANY_FINDINGS, 2L);
    assertThat(s.findings()).filteredOn(f -> f.code().equals(Finding.TOO_MANY_FINDINGS))
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "3000 BATCH_COUNT_MISMATCH findings in this statement: the first 1000 are kept, 2000 more are not",
            "3000 BATCH_TOTAL_MISMATCH findings in this statement: the first 1000 are kept, 2000 more are not");
  }

  @Test
  void test_mt940_manySkippedEntries_keepTheBalanceFindingAndCountTheRest() {
    StringBuilder b = new StringBuilder(":20:CAP\n:25:DE89370400440532013000\n:28C:1\n:60F:C240101EUR0,00\n");
    for (int n = 0; n < ENTRIES; n++) {
      b.append(":61:240115C1,00NTRFNONREF\n:61:240115C1,0,0NTRFNONREF\n");
    }
    b.append(":62F:C240131EUR1,00\n-\n");
    Statement s = read(b.toString(), "cap.sta", UnreadableEntries.SKIP);
    assertThat(s.entries()).hasSize(ENTRIES);
    assertThat(byCode(s)).containsOnly(Map.entry(Finding.BALANCE_MISMATCH, 1L),
        Map.entry(Finding.ENTRY_SKIPPED, (long) FindingCollector.MAX_PER_CODE),
        Map.entry(Finding.TOO_MANY_FINDINGS, 1L));
    assertThat(s.findings().get(s.findings().size() - 1).message()).startsWith("3000 ENTRY_SKIPPED findings");
  }

  @Test
  void test_bai2_manyAvailabilityMismatches_keepTheTotalsFindings() {
    StringBuilder b = new StringBuilder("01,S,R,240101,,1,,,2/\n02,R,S,1,240101,,USD,2/\n"
        + "03,1,USD,010,0,,,015,1,,,100,1,1,S,0,0,0/\n");
    for (int n = 0; n < ENTRIES; n++) {
      b.append("16,115,100,S,50,0,0,B").append(n).append("/\n");
    }
    long total = 2 + 100L * ENTRIES;
    b.append("49,").append(total).append(',').append(ENTRIES + 2).append("/\n98,").append(total).append(",1,")
        .append(ENTRIES + 4).append("/\n99,").append(total).append(",1,").append(ENTRIES + 6).append("/\n");
    Statement s = read(b.toString(), "cap.bai2", UnreadableEntries.FAIL);
    assertThat(s.entries()).hasSize(ENTRIES);
    Map<FindingCode, Long> codes = byCode(s);
    // The 03 summary's own distribution mismatch is about the account, so it is kept beside the 1000.
    assertThat(codes).containsOnly(Map.entry(Finding.BALANCE_MISMATCH, 1L),
        Map.entry(Finding.COUNT_MISMATCH, 1L), Map.entry(Finding.CONTROL_TOTAL_MISMATCH, 1L),
        Map.entry(Finding.AVAILABILITY_MISMATCH, (long) FindingCollector.MAX_PER_CODE + 1),
        Map.entry(Finding.TOO_MANY_FINDINGS, 1L));
  }

  @Test
  void test_collector_forgetsAnEntryWithItsDroppedFindings() {
    FindingCode A = FindingCode.DIRECTION_MISMATCH;
    FindingCode B = FindingCode.INVALID_CREDITOR_REFERENCE;
    FindingCode S = FindingCode.BALANCE_MISMATCH;
    FindingCollector c = new FindingCollector(2);
    Function<FindingCode, Finding> f = code -> Finding.of(code, "m", "l");
    c.startEntry();
    c.add(f.apply(A));
    c.startEntry();
    c.add(f.apply(A));
    c.add(f.apply(A));
    c.add(f.apply(B));
    c.forgetEntry();
    c.startEntry();
    c.add(f.apply(A));
    c.addStatementLevel(f.apply(S));
    List<Finding> all = c.findings("stmt");
    assertThat(all).extracting(Finding::code).containsExactly(A, A, S);
    c.add(f.apply(A));
    assertThat(c.findings("stmt")).extracting(x -> x.code() + " " + x.message()).containsExactly(
        "DIRECTION_MISMATCH m", "DIRECTION_MISMATCH m", "BALANCE_MISMATCH m",
        "TOO_MANY_FINDINGS 3 DIRECTION_MISMATCH findings in this statement: the first 2 are kept, 1 more are not");
  }
}

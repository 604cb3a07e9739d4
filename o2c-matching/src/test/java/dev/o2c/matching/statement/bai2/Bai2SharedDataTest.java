package dev.o2c.matching.statement.bai2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.AccountSummary;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every BAI2 sample under {@code shared/data/bai2} and checks it against the derived expected
 * values ({@code expected/bai2-derived.json}) and the upstream parsers' asserts listed in SOURCES.md.
 */
class Bai2SharedDataTest {

  private static final Bai2Reader READER = new Bai2Reader();

  static Stream<Path> sampleFiles() throws IOException {
    return SharedData.files("bai2").stream();
  }

  static StatementFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return READER.readFile(in, file.getFileName().toString());
    }
  }

  static StatementFile read(String name) throws IOException {
    return read(SharedData.folder("bai2").resolve(name));
  }

  static List<Entry> entries(String name) throws IOException {
    return read(name).statements().stream().flatMap(s -> s.entries().stream()).toList();
  }

  @ParameterizedTest
  @MethodSource("sampleFiles")
  void test_everySample_readsAndIsDetectedAsBai2(Path file) throws IOException {
    StatementFile f = read(file);
    assertThat(f.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.format()).isEqualTo(StatementFormat.BAI2));
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(StatementReaders.PEEK_BYTES);
    }
    assertThat(StatementReaders.detect(head)).contains(StatementFormat.BAI2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void test_everyAccount_matchesDerivedExpectations() throws IOException {
    Path data = SharedData.folder("bai2").getParent();
    Map<String, Object> json = (Map<String, Object>) SharedData.json(data.resolve("expected/bai2-derived.json"));
    List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
    assertThat(files).hasSize(9);
    for (Map<String, Object> file : files) {
      String name = (String) file.get("file");
      StatementFile f = read(data.resolve(name));
      List<Map<String, Object>> accounts = new ArrayList<>();
      for (Map<String, Object> g : (List<Map<String, Object>>) file.get("groups")) {
        for (Map<String, Object> a : (List<Map<String, Object>>) g.get("accounts")) {
          accounts.add(a);
          String groupCurrency = (String) g.get("currency");
          a.put("expectedCurrency", a.get("currency") != null && !((String) a.get("currency")).isEmpty()
              ? a.get("currency") : groupCurrency == null || groupCurrency.isEmpty() ? "USD" : groupCurrency);
        }
      }
      assertThat(f.statements()).as(name).hasSize(accounts.size());
      for (int i = 0; i < accounts.size(); i++) {
        Map<String, Object> a = accounts.get(i);
        Statement s = f.statements().get(i);
        String where = name + " account " + (i + 1);
        assertThat(s.account().id()).as(where).isEqualTo(a.get("account"));
        assertThat(s.account().currency().orElseThrow().getCurrencyCode()).as(where).isEqualTo(a.get("expectedCurrency"));
        assertThat(s.entries()).as(where).hasSize(((BigDecimal) a.get("detailCount")).intValue());
        assertThat(s.entries().stream().mapToLong(e -> e.amount().minorUnits()).sum()).as(where)
            .isEqualTo(((BigDecimal) a.get("sumOf16Amounts")).longValue());
      }
      List<Finding> all = new ArrayList<>(f.findings());
      f.statements().forEach(s -> all.addAll(s.findings()));
      for (Map<String, Object> check : (List<Map<String, Object>>) file.get("checks")) {
        String what = (String) check.get("check");
        boolean ok = (Boolean) check.get("ok");
        if (what.endsWith(" control")) {
          String subject = what.startsWith("acct ") ? "account " + what.split(" ")[1] + ":"
              : what.startsWith("group") ? "group of" : "file:";
          boolean flagged = all.stream().anyMatch(x -> x.code().equals(Finding.CONTROL_TOTAL_MISMATCH)
              && x.message().startsWith(subject));
          assertThat(flagged).as(name + " " + what).isEqualTo(!ok);
        }
      }
    }
  }

  @Test
  void test_sample1_summaryContinuationValueDatedFundsAndControls() throws IOException {
    StatementFile f = read("sample1.txt");
    assertThat(f.findings()).isEmpty();
    assertThat(f.statements()).hasSize(2).allSatisfy(s -> {
      assertThat(s.findings()).isEmpty();
      assertThat(s.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("CAD");
      assertThat(s.messageId()).contains("001");
    });
    List<Entry> entries = f.statements().stream().flatMap(s -> s.entries().stream()).toList();
    assertThat(entries).hasSize(17);
    assertThat(entries).extracting(e -> e.bankTransactionCode().baiTypeCode().orElseThrow()).containsOnly("409", "108");
    Entry first = entries.get(0);
    assertThat(first.direction()).isEqualTo(Direction.DEBIT);
    assertThat(first.amount()).isEqualTo(Money.of("CAD", "25.00"));
    assertThat(first.valueDate()).contains(LocalDate.of(2006, 3, 16));
    assertThat(first.additionalInfo()).isEmpty();
    assertThat(first.transactions().get(0).remittance().unstructured()).containsExactly("RETURNED CHEQUE");
    assertThat(entries.get(3).direction()).isEqualTo(Direction.CREDIT);
    assertThat(f.statements().get(0).balance(BalanceType.OPENING_AVAILABLE).orElseThrow().amount().isZero()).isTrue();
  }

  /**
   * moov-io/bai2 renders sample1 (README golden) with summaries 040 and 045 without funds type, 100 = 208500 in 3
   * items and 400 = 208500 in 8 items, both value dated 060316, and every detail of the first account value dated
   * 060316; the second account's 88 continuation says 060317. The item counts agree with the details, so the
   * summary checks find nothing.
   */
  @Test
  void test_sample1_summariesAndValueDatedAvailabilityAsUpstreamRendersThem() throws IOException {
    StatementFile f = read("sample1.txt");
    Statement first = f.statements().get(0);
    Statement second = f.statements().get(1);
    FundsAvailability march16 = FundsAvailability.valueDated(LocalDate.of(2006, 3, 16), Optional.empty());
    FundsAvailability march17 = FundsAvailability.valueDated(LocalDate.of(2006, 3, 17), Optional.empty());
    assertThat(first.balances()).extracting(b -> b.code().orElseThrow()).containsExactly("040", "045");
    assertThat(first.balances()).allSatisfy(b -> assertThat(b.availability()).isEmpty());
    assertThat(first.summaries()).containsExactly(
        AccountSummary.builder().typeCode("100").amount(Money.of("CAD", "2085.00")).itemCount(3L)
            .availability(march16).build(),
        AccountSummary.builder().typeCode("400").amount(Money.of("CAD", "2085.00")).itemCount(8L)
            .availability(march16).build());
    assertThat(second.summaries()).containsExactly(
        AccountSummary.builder().typeCode("100").amount(Money.of("CAD", "1115.00")).itemCount(2L)
            .availability(march17).build(),
        AccountSummary.builder().typeCode("400").amount(Money.of("CAD", "1115.00")).itemCount(4L)
            .availability(march17).build());
    assertThat(first.entries()).hasSize(11).allSatisfy(e -> assertThat(e.availability()).contains(march16));
    assertThat(second.entries()).hasSize(6).allSatisfy(e -> assertThat(e.availability()).contains(march17));
    assertThat(first.findings()).isEmpty();
    assertThat(second.findings()).isEmpty();
  }

  @Test
  void test_everySample_detailAvailabilityMatchesTheFundsTypeField() throws IOException {
    // The venturehacks deposits write funds type Z, their wires leave the field empty; moov sample3 writes Z,
    // the Goldman-style samples 4 and 5 leave it empty.
    FundsAvailability unknown = FundsAvailability.of(FundsAvailability.Type.UNKNOWN);
    for (String name : List.of("daily.bai2", "daily_with_summary.bai2", "sample3.txt")) {
      assertThat(entries(name)).as(name).isNotEmpty()
          .allSatisfy(e -> assertThat(e.availability()).contains(unknown));
    }
    for (String name : List.of("eod.bai2", "eod_with_slash_in_text.bai2", "invalid_checksum_eod.bai2",
        "sample4-continuations-newline-delimited.txt", "sample5-issue113.txt")) {
      assertThat(entries(name)).as(name).isNotEmpty()
          .allSatisfy(e -> assertThat(e.availability()).isEmpty());
    }
  }

  @Test
  void test_sample3_severalRecordsPerLineAndWrappedRecordReconcile() throws IOException {
    StatementFile f = read("sample3.txt");
    assertThat(f.statements()).hasSize(15);
    assertThat(f.findings()).isEmpty();
    assertThat(f.statements()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    Statement first = f.statements().get(0);
    assertThat(first.balance(BalanceType.OPENING_BOOKED).orElseThrow().amount()).isEqualTo(Money.of("USD", "-35.00"));
    assertThat(first.balance(BalanceType.CLOSING_BOOKED).orElseThrow().amount()).isEqualTo(Money.of("USD", "-36.00"));
    assertThat(first.entries()).extracting(e -> e.transactions().get(0).remittance().unstructured().get(0))
        .contains("TRANSFER   PAYPAL             PPD", "TRANSFER   MSPBNA BANK        PPD");
  }

  @Test
  void test_venturehacks_samples_oneGroupOneAccountAndTypeCodes() throws IOException {
    for (String name : List.of("daily.bai2", "daily_with_summary.bai2", "eod.bai2", "eod_with_slash_in_text.bai2",
        "invalid_checksum_eod.bai2")) {
      StatementFile f = read(name);
      assertThat(f.statements()).as(name).hasSize(1);
      Statement s = f.statements().get(0);
      assertThat(s.account().bankId()).as(name).contains("121140399");
      assertThat(s.entries()).as(name).singleElement().satisfies(e -> {
        assertThat(e.direction()).isEqualTo(Direction.CREDIT);
        assertThat(e.bankTransactionCode().baiTypeCode().orElseThrow()).isIn("174", "195");
      });
    }
    // The three 88 continuations of the 03 summary count as records, so trailers reconcile; the sample's
    // opening and closing ledger are both 0 although a 250.01 credit is booked, which is reported.
    assertThat(read("daily_with_summary.bai2").statements().get(0).findings()).extracting(Finding::code)
        .containsExactly(Finding.BALANCE_MISMATCH, Finding.COUNT_MISMATCH);
    // Its 03 says total credits 250.01 in 17 items; the amount matches the one 174 detail, the count does not.
    assertThat(read("daily_with_summary.bai2").statements().get(0).findings().get(1).message())
        .contains("03 total credits (100)").contains("17 items but 1 credits were read");
    assertThat(read("daily_with_summary.bai2").statements().get(0).summaries())
        .extracting(x -> x.typeCode() + " " + x.amount().orElseThrow() + " " + x.itemCount().orElse(-1L))
        .containsExactly("100 USD 250.01 17", "400 USD 0.00 0");
    assertThat(read("daily_with_summary.bai2").findings()).isEmpty();
    Transaction deposit = read("daily.bai2").statements().get(0).transactions().get(0);
    assertThat(deposit.amount()).isEqualTo(Money.of("USD", "250.01"));
    assertThat(deposit.references().customerReference()).contains("50848");
    assertThat(deposit.remittance().unstructured()).containsExactly("SAMPLE CONTINUATION TEXT");
    Transaction wire = read("eod_with_slash_in_text.bai2").statements().get(0).transactions().get(0);
    assertThat(wire.amount()).isEqualTo(Money.of("USD", "83259.82"));
    assertThat(wire.remittance().unstructured()).contains("ORG ADDRESS:=2/AV MAIN 2/AVENUE DE ANGELLIST 3/MX",
        "/MEXICO ;", "OBI:=INVOICE 123456").hasSize(12);
  }

  @Test
  void test_invalidChecksum_isAFindingNotAnException() throws IOException {
    StatementFile f = read("invalid_checksum_eod.bai2");
    assertThat(f.statements().get(0).findings()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Finding.CONTROL_TOTAL_MISMATCH);
      assertThat(x.message()).contains("8325983").contains("8325982");
      assertThat(x.location()).isEqualTo("line 15");
    });
    assertThat(f.findings()).isEmpty();
  }

  @Test
  void test_goldmanSamples_unterminatedRecordsSlashesInTextAndUnreconciledTrailers() throws IOException {
    StatementFile f4 = read("sample4-continuations-newline-delimited.txt");
    StatementFile f5 = read("sample5-issue113.txt");
    for (StatementFile f : List.of(f4, f5)) {
      assertThat(f.statements()).hasSize(5);
      assertThat(f.findings()).extracting(Finding::code).contains(Finding.CONTROL_TOTAL_MISMATCH, Finding.COUNT_MISMATCH);
      assertThat(f.findings()).anySatisfy(x -> assertThat(x.message()).contains("98 says 4 accounts but the group has 5"));
    }
    Transaction reject = f5.statements().get(1).transactions().get(1);
    assertThat(reject.bankTransactionCode().baiTypeCode()).contains("261");
    assertThat(reject.direction()).isEqualTo(Direction.CREDIT);
    assertThat(reject.references().accountServicerReference()).contains("SB2322600000404");
    assertThat(reject.remittance().unstructured()).contains("REMI: ACH- Test - Addenda Record", "EREF: GSQ4FBGFDGWGKY");
    Transaction slashes = f5.statements().get(1).transactions().get(2);
    assertThat(slashes.references().customerReference()).contains("AB/GS/RPFILERP0001/RPBA0001");
    assertThat(slashes.remittance().unstructured().get(0)).startsWith("ACH Credit Payment,Entry Description: TRADE");
  }
}

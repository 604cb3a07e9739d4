package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.SharedData;
import dev.o2c.matching.statement.Transaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every transaction with the upstream golden dumps of the wolph/mt940 parser
 * ({@code expected/upstream/wolph-mt940/*.json}), field by field where both parsers mean the same
 * thing. Known, deliberate differences: wolph keeps RC reversals as positive amounts (we book them as
 * debits, which is what makes the statements balance), wolph's account for a Polish {@code ?38} IBAN is
 * the {@code ?31} number (we prefer the IBAN, so accounts are not compared), and wolph keeps
 * {@code ?60}-{@code ?63} apart from the {@code ?2x} remittance (we append them, as the German format
 * means them), and wolph's end-to-end id runs from {@code EREF+} to the next SEPA key however long it is
 * (we end it within SEPA's 35 characters and keep the rest as remittance).
 */
class Mt940WolphGoldenTest {

  static Stream<String> goldens() throws IOException {
    Path dir = SharedData.folder("expected").resolve("upstream/wolph-mt940");
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  @SuppressWarnings("unchecked")
  void test_transactions_agreeWithWolphGolden(String golden) throws IOException {
    Path data = SharedData.folder("expected").getParent();
    String base = golden.substring(0, golden.length() - ".json".length());
    Path file = Stream.of("mt940", "mt942").map(d -> data.resolve(d)).flatMap(d -> Stream.of(d.resolve(base + ".sta"),
        d.resolve(base))).filter(Files::exists).findFirst().orElseThrow();
    Map<String, Object> json = (Map<String, Object>) SharedData.json(data.resolve("expected/upstream/wolph-mt940/" + golden));
    List<Map<String, Object>> expected = (List<Map<String, Object>>) json.get("transactions");
    List<Transaction> actual = Mt940SharedDataTest.read(file).statements().stream()
        .flatMap(s -> s.transactions().stream()).toList();
    assertThat(actual).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> e = expected.get(i);
      Transaction t = actual.get(i);
      String where = golden + " transaction " + (i + 1);
      BigDecimal amount = new BigDecimal((String) ((Map<String, Object>) e.get("amount")).get("amount"));
      String status = (String) e.get("status");
      assertThat(t.amount().amount()).as(where).isEqualByComparingTo(amount.abs());
      if (!status.startsWith("R")) {
        assertThat(t.signedAmount().amount()).as(where).isEqualByComparingTo(amount);
      }
      assertThat(t.reversal()).as(where).isEqualTo(status.startsWith("R"));
      assertThat(t.valueDate()).as(where).contains(LocalDate.parse((String) e.get("date")));
      // Without an entry date the line is booked on its value date; wolph leaves the entry date empty then.
      assertThat(t.bookingDate()).as(where).contains(opt(e, "entry_date").map(LocalDate::parse)
          .orElse(t.valueDate().orElseThrow()));
      assertThat(t.bankTransactionCode().swiftTypeCode()).as(where).isEqualTo(opt(e, "id"));
      assertThat(t.references().accountServicerReference()).as(where).isEqualTo(opt(e, "bank_reference"));
      assertThat(t.bankTransactionCode().gvc()).as(where).isEqualTo(opt(e, "transaction_code"));
      if (e.get("transaction_code") != null) {
        assertThat(t.additionalInfo()).as(where).isEqualTo(opt(e, "posting_text"));
        Optional<String> wolphEref = opt(e, "end_to_end_reference");
        if (wolphEref.isPresent() && wolphEref.get().length() > Details86.MAX_END_TO_END_ID) {
          // wolph runs EREF+ to the next key; we cut it to SEPA's 35 characters and keep the rest as remittance.
          String id = t.references().endToEndId().orElseThrow();
          assertThat(id.length()).as(where).isLessThanOrEqualTo(Details86.MAX_END_TO_END_ID);
          assertThat(wolphEref.get()).as(where).startsWith(id);
          assertThat(String.join("", t.remittance().unstructured()).replace(" ", "")).as(where)
              .isEqualTo(wolphEref.get().substring(id.length()).replace(" ", ""));
        } else {
          assertThat(t.references().endToEndId()).as(where).isEqualTo(wolphEref);
        }
        Optional<Party> party = t.debtor().or(t::creditor);
        assertThat(party.flatMap(Party::name)).as(where).isEqualTo(opt(e, "applicant_name"));
        assertThat(party.flatMap(p -> p.bic().or(p::bankId))).as(where).isEqualTo(opt(e, "applicant_bin"));
        if (e.get("purpose") != null) {
          // wolph splits ?60-?63 off as "additional_purpose"; they continue the ?2x remittance text.
          assertThat(t.remittance().unstructured()).as(where)
              .containsExactly(e.get("purpose") + opt(e, "additional_purpose").orElse(""));
        }
      }
    }
  }

  private static Optional<String> opt(Map<String, Object> e, String key) {
    Object v = e.get(key);
    return v == null || v.toString().isEmpty() ? Optional.empty() : Optional.of(v.toString());
  }

}

package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.matching.cashapp.ReferenceHit.HitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchMemoryTest {

  private static final CustomerId ACME = CustomerId.of("C-42");
  private static final CustomerId OTHER = CustomerId.of("C-7");

  private static Payment payment(String account, String name, String text) {
    return Payments.builder().payerAccount(account).payerName(name).remittance(Remittance.ofText(text)).build();
  }

  @Test
  void test_empty_knowsNothing() {
    assertThat(MatchMemory.EMPTY.accountAliases()).isEmpty();
    assertThat(MatchMemory.EMPTY.nameAliases()).isEmpty();
    assertThat(MatchMemory.EMPTY.patterns()).isEmpty();
    assertThat(MatchMemory.EMPTY.customerForAccount("DE44500105175407324931")).isEmpty();
    assertThat(MatchMemory.EMPTY.patternsOf(ACME)).isEmpty();
  }

  @Test
  void test_learn_recordsAccountNameAndShortenedNumberPattern() {
    Payment paid = payment("de44 5001 0517 5407 3249 31", "MUELLER GMBH", "RG 4711 vom 01.03.2026");
    MatchMemory memory = MatchMemory.EMPTY.learn(paid, ACME, List.of(DocumentNumber.of("INV-2026-004711")));
    assertThat(memory.accountAliases()).containsExactly(Map.entry("DE44500105175407324931", ACME));
    assertThat(memory.customerForAccount("DE44 5001 0517 5407 3249 31")).contains(ACME);
    assertThat(memory.customerForName("Müller GmbH")).contains(ACME);
    assertThat(memory.customerForName("Müller AG")).contains(ACME);   // legal forms do not count
    assertThat(memory.patterns()).containsExactly(new ReferencePattern(ACME, "RG", "2026"));
    assertThat(MatchMemory.EMPTY.patterns()).isEmpty(); // unaffected
  }

  @Test
  void test_learnedPattern_isAppliedToTheNextPayment_andTheIndexFindsTheDocument() {
    MatchMemory memory = MatchMemory.EMPTY.learn(payment("DE44500105175407324931", "MUELLER GMBH", "RG 4711"), ACME,
        List.of(DocumentNumber.of("INV-2026-004711")));
    Payment next = payment("DE44500105175407324931", "MUELLER GMBH", "RG 4712, Lieferung 88812");
    List<ExtractedReference> refs = ReferenceExtractor.withMemory(memory).extract(next);
    assertThat(refs).extracting(ExtractedReference::text, ExtractedReference::key)
        .containsExactly(tuple("RG 4712", "20264712"), tuple("4712", "4712"), tuple("88812", "88812"));
    DocumentIndex index = DocumentIndex.of(List.of(Items.invoice("INV-2026-004712"), Items.invoice("INV-2026-004713")));
    assertThat(index.resolve(refs.get(0))).extracting(h -> h.item().toString(), ReferenceHit::kind)
        .containsExactly(tuple("INV-2026-004712", HitKind.NORMALIZED));
    // the pattern is the customer's own: another payer's "RG 4712" stays 4712
    assertThat(ReferenceExtractor.withMemory(memory).extract(payment("FR7630006000011234567890189", "DUPONT", "RG 4712")))
        .extracting(ExtractedReference::key).containsExactly("4712");
    // a payment attributed to the customer by the engine gets the pattern too
    Payment stated = Payments.builder().customerId(ACME).remittance(Remittance.ofText("RG 4713")).build();
    assertThat(ReferenceExtractor.withMemory(memory).extract(stated)).extracting(ExtractedReference::key)
        .containsExactly("20264713", "4713");
  }

  @Test
  void test_learn_bareShortNumber_givesAPatternWithoutMarker() {
    MatchMemory memory = MatchMemory.EMPTY.learn(payment("DE44500105175407324931", "X", "4711"), ACME,
        List.of(DocumentNumber.of("INV-2026-004711")));
    assertThat(memory.patterns()).containsExactly(new ReferencePattern(ACME, "", "2026"));
  }

  @Test
  void test_learn_fromStructuredRemittance_andTheCompactKey() {
    Payment paid = Payments.builder().remittance(Remittance.builder()
        .addStructured(StructuredReference.ofDocument("26004711")).build()).build();
    MatchMemory memory = MatchMemory.EMPTY.learn(paid, ACME, List.of(DocumentNumber.of("INV-2026-004711")));
    assertThat(memory.patterns()).containsExactly(new ReferencePattern(ACME, "", "20"));
    assertThat(memory.accountAliases()).isEmpty();
    assertThat(memory.nameAliases()).isEmpty();
  }

  @Test
  void test_learn_fullNumber_teachesNoPattern() {
    MatchMemory memory = MatchMemory.EMPTY.learn(payment("DE44500105175407324931", "ACME", "INV-2026-004711 and 4711"),
        ACME, List.of(DocumentNumber.of("INV-2026-004711")));
    assertThat(memory.patterns()).isEmpty();
  }

  @Test
  void test_latestConfirmationWins() {
    MatchMemory memory = MatchMemory.EMPTY.withAccount("DE44500105175407324931", ACME)
        .withAccount("DE44 5001 0517 5407 3249 31", OTHER);
    assertThat(memory.customerForAccount("DE44500105175407324931")).contains(OTHER);
    assertThat(memory.withAccount("DE44500105175407324931", OTHER)).isSameAs(memory);
  }

  @Test
  void test_patternsPerCustomer_areCapped_oldestDropped() {
    MatchMemory memory = MatchMemory.EMPTY.withPattern(new ReferencePattern(OTHER, "RE", "1"));
    for (int i = 0; i < MatchMemory.MAX_PATTERNS_PER_CUSTOMER + 2; i++) {
      memory = memory.withPattern(new ReferencePattern(ACME, "RG", "20" + (10 + i)));
    }
    assertThat(memory.patternsOf(ACME)).hasSize(MatchMemory.MAX_PATTERNS_PER_CUSTOMER)
        .first().isEqualTo(new ReferencePattern(ACME, "RG", "2012"));
    assertThat(memory.patternsOf(OTHER)).hasSize(1);
  }

  @Test
  void test_of_roundTripsWhatAHostStored() {
    MatchMemory memory = MatchMemory.EMPTY.learn(payment("DE44500105175407324931", "MUELLER GMBH", "RG 4711"), ACME,
        List.of(DocumentNumber.of("INV-2026-004711"))).withName("Acme Payments", OTHER);
    MatchMemory copy = MatchMemory.of(memory.accountAliases(), memory.nameAliases(), memory.patterns());
    assertThat(copy).isEqualTo(memory).hasSameHashCodeAs(memory);
    assertThat(copy.toString()).isEqualTo("MatchMemory[1 accounts, 2 names, 1 patterns]");
  }

  @Test
  void test_badInput_isRefusedWithTheValueNamed() {
    assertThatThrownBy(() -> MatchMemory.of(Map.of("DE44 5001", ACME, "de445001", OTHER), Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DE445001").hasMessageContaining("C-42")
        .hasMessageContaining("C-7");
    assertThatThrownBy(() -> MatchMemory.EMPTY.withAccount(" - ", ACME)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' - '");
    assertThatThrownBy(() -> MatchMemory.EMPTY.withName("&", ACME)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReferencePattern(ACME, "rg", "2026")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marker 'rg'");
    assertThatThrownBy(() -> new ReferencePattern(ACME, "RG", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stem ''");
  }
}

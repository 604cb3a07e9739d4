package dev.o2c.examples.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.matching.statement.References;
import dev.o2c.core.domain.Remittance;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TransactionsCsvTest {

  private static final String FULL_140 = "x".repeat(139) + "4";
  private static final String FULL_65 = "y".repeat(64) + "7";

  static Stream<Arguments> remittanceJoins() {
    return Stream.of(
        Arguments.of(StatementFormat.CAMT_053, List.of(), ""),
        Arguments.of(StatementFormat.CAMT_053, List.of("Invoice 4711"), "Invoice 4711"),
        Arguments.of(StatementFormat.CAMT_053, List.of("Invoice 4711", "and 4712"), "Invoice 4711 and 4712"),
        // A full 140-character Ustrd was cut by the bank: the next one runs on.
        Arguments.of(StatementFormat.CAMT_054, List.of(FULL_140, "711"), FULL_140 + "711"),
        Arguments.of(StatementFormat.CAMT_052, List.of("ends with space ", "next"), "ends with space next"),
        Arguments.of(StatementFormat.MT940, List.of("line one", "line two"), "line one line two"),
        Arguments.of(StatementFormat.MT942, List.of(FULL_65, "cont"), FULL_65 + "cont"),
        // BAI2 88 records have no fixed width: always a space.
        Arguments.of(StatementFormat.BAI2, List.of(FULL_140, "OBI:=INVOICE 1"), FULL_140 + " OBI:=INVOICE 1"));
  }

  @ParameterizedTest
  @MethodSource("remittanceJoins")
  void test_remittanceText_joinsLinesAsTheBankMeantThem(StatementFormat format, List<String> lines, String text) {
    Remittance remittance = Remittance.builder().addAllUnstructured(lines).build();

    assertThat(TransactionsCsv.remittanceText(format, remittance)).isEqualTo(text);
  }

  @Test
  void test_references_documentsThenCreditorReferencePerBlock_eachOnce() {
    Remittance remittance = Remittance.builder()
        .addStructured(StructuredReference.builder()
            .addReferredDocuments(ReferredDocument.builder().number("INV-1").build())
            .addReferredDocuments(ReferredDocument.builder().type("CINV").build())
            .creditorReference("RF18539007547034").build())
        .addStructured(StructuredReference.builder()
            .addReferredDocuments(ReferredDocument.builder().number("INV-2").build())
            .addReferredDocuments(ReferredDocument.builder().number("INV-1").build())
            .build())
        .build();

    assertThat(TransactionsCsv.references(remittance)).isEqualTo("INV-1;RF18539007547034;INV-2");
    assertThat(TransactionsCsv.references(Remittance.empty())).isEmpty();
  }

  static Stream<Arguments> entryRefs() {
    return Stream.of(
        Arguments.of(Optional.of("TX"), Optional.of("ENTRY"), Optional.of("NTRYREF"), "TX"),
        Arguments.of(Optional.empty(), Optional.of("ENTRY"), Optional.of("NTRYREF"), "ENTRY"),
        Arguments.of(Optional.empty(), Optional.empty(), Optional.of("NTRYREF"), "NTRYREF"),
        Arguments.of(Optional.empty(), Optional.empty(), Optional.empty(), ""));
  }

  @ParameterizedTest
  @MethodSource("entryRefs")
  void test_entryRef_transactionThenEntryServicerReferenceThenEntryReference(Optional<String> txRef,
      Optional<String> entryRef, Optional<String> ntryRef, String expected) {
    Money amount = Money.of("EUR", "12.30");
    Transaction transaction = Transaction.builder().amount(amount).direction(Direction.CREDIT)
        .status(EntryStatus.BOOKED).references(References.builder().accountServicerReference(txRef).build())
        .duplicateKey("k").build();
    Entry entry = Entry.builder().amount(amount).direction(Direction.CREDIT).status(EntryStatus.BOOKED)
        .accountServicerReference(entryRef).entryReference(ntryRef).addTransactions(transaction).build();

    assertThat(TransactionsCsv.entryRef(entry, transaction)).isEqualTo(expected);
  }
}

package dev.o2c.matching.statement;

import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.domain.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementModelTest {

  private static final StatementAccount ACCOUNT =
      StatementAccount.builder().iban("NL26 VAYB 8060 4768 90").build();

  @ParameterizedTest
  @CsvSource({
    "RF18539007547034, true",
    "RF18 5390 0754 7034, true",
    "rf18539007547034, true",
    "RF19539007547034, false",
    "RF18539007547035, false",
    "RF712348231, true",
    "RF, false",
    "RF1x539007547034, false",
    "RF18-5390, false",
    "RF18123456789012345678901234, false"
  })
  void test_iso11649_checkDigits(String reference, boolean valid) {
    assertThat(StructuredReference.isValidIso11649(reference)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "210000000003139471430009017, true",
    "21 00000 00003 13947 14300 09017, true",
    "210000000003139471430009016, false",
    "2100000000031394714300090170, false",
    "ISR ref number V1, false"
  })
  void test_swissReference_checkDigit(String reference, boolean valid) {
    assertThat(StructuredReference.isValidSwissReference(reference)).isEqualTo(valid);
  }

  @Test
  void test_creditorReferenceValid_onlyForSchemesWithCheckDigits() {
    StructuredReference rf =
        StructuredReference.builder().creditorReference("RF18539007547035").build();
    StructuredReference scor =
        StructuredReference.builder()
            .creditorReference("RF18539007547034")
            .creditorReferenceType("SCOR")
            .build();
    StructuredReference qrr =
        StructuredReference.builder()
            .creditorReference("210000000003139471430009017")
            .creditorReferenceType("QRR")
            .build();
    StructuredReference plain =
        StructuredReference.builder().creditorReference("4654654654654654").build();
    assertThat(rf.creditorReferenceValid()).contains(false);
    assertThat(scor.creditorReferenceValid()).contains(true);
    assertThat(qrr.creditorReferenceValid()).contains(true);
    assertThat(plain.creditorReferenceValid()).isEmpty();
    assertThat(StructuredReference.builder().build().creditorReferenceValid()).isEmpty();
  }

  @Test
  void test_duplicateKey_withBankReference_ignoresEntryPosition() {
    References refs = References.builder().accountServicerReference("ASR-1").build();
    String a =
        DuplicateKeys.of(
            ACCOUNT,
            Optional.of(LocalDate.of(2024, 3, 1)),
            Optional.empty(),
            Direction.CREDIT,
            Money.of("EUR", "12.30"),
            refs,
            3,
            1);
    String b =
        DuplicateKeys.of(
            ACCOUNT,
            Optional.of(LocalDate.of(2024, 3, 1)),
            Optional.empty(),
            Direction.CREDIT,
            Money.of("EUR", "12.30"),
            refs,
            9,
            1);
    assertThat(a).isEqualTo(b).isEqualTo("NL26VAYB8060476890|2024-03-01|C|EUR 12.30|ASR-1|1");
  }

  @Test
  void test_duplicateKey_withoutReference_isPositionalAndEscaped() {
    StatementAccount other = StatementAccount.builder().otherId("12|34%").build();
    String key =
        DuplicateKeys.of(
            other,
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 3, 2)),
            Direction.DEBIT,
            Money.of("JPY", "2700"),
            References.builder().endToEndId("NOTPROVIDED").build(),
            7,
            2);
    assertThat(key).isEqualTo("12%7C34%25|2024-03-02|D|JPY 2700|-|7.2");
  }

  @Test
  void test_account_needsAnIdentifier() {
    assertThatThrownBy(() -> StatementAccount.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IBAN or another identifier");
    assertThat(StatementAccount.builder().otherId("123").build().id()).isEqualTo("123");
  }

  @Test
  void test_entry_rejectsNegativeAmountAndMissingTransactions() {
    assertThatThrownBy(
            () ->
                Entry.builder()
                    .amount(Money.of("EUR", "-1.00"))
                    .direction(Direction.CREDIT)
                    .status(EntryStatus.BOOKED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative")
        .hasMessageContaining("at least one transaction");
  }

  @Test
  void test_signedAmount_followsDirection() {
    Transaction t =
        Transaction.builder()
            .amount(Money.of("EUR", "5.00"))
            .direction(Direction.DEBIT)
            .status(EntryStatus.BOOKED)
            .duplicateKey("k")
            .build();
    Entry e =
        Entry.builder()
            .amount(Money.of("EUR", "5.00"))
            .direction(Direction.DEBIT)
            .status(EntryStatus.BOOKED)
            .addTransactions(t)
            .build();
    assertThat(t.signedAmount()).isEqualTo(Money.of("EUR", "-5.00"));
    assertThat(e.signedAmount()).isEqualTo(Money.of("EUR", "-5.00"));
    assertThat(Direction.DEBIT.opposite()).isEqualTo(Direction.CREDIT);
    assertThat(Direction.CREDIT.sign()).isEqualTo(1);
  }

  @Test
  void test_statement_balanceLookupAndWithEntries() {
    Balance open = Balance.of(BalanceType.OPENING_BOOKED, Money.of("EUR", "1.00"), LocalDate.MIN);
    Balance mid1 = Balance.of(BalanceType.INTERIM_BOOKED, Money.of("EUR", "2.00"), LocalDate.MIN);
    Balance mid2 = Balance.of(BalanceType.INTERIM_BOOKED, Money.of("EUR", "3.00"), LocalDate.MIN);
    Statement s =
        Statement.builder()
            .format(StatementFormat.MT940)
            .statementId("S1")
            .account(ACCOUNT)
            .addBalances(open, mid1, mid2)
            .build();
    assertThat(s.balance(BalanceType.INTERIM_BOOKED)).contains(mid1);
    assertThat(s.lastBalance(BalanceType.INTERIM_BOOKED)).contains(mid2);
    assertThat(s.balance(BalanceType.CLOSING_BOOKED)).isEmpty();
    Finding f = Finding.of(Finding.BALANCE_MISMATCH, "off by 1.00", "line 3");
    assertThat(s.withFindings(java.util.List.of(f)).findings()).containsExactly(f);
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_parseException_namesSourceLocationAndProblem() {
    StatementParseException e =
        new StatementParseException("a.xml", "/Document/Stmt[1]/Ntry[2]/Amt", "bad amount 1.2.3");
    assertThat(e).hasMessage("a.xml: /Document/Stmt[1]/Ntry[2]/Amt: bad amount 1.2.3");
    assertThat(e.location()).isEqualTo("/Document/Stmt[1]/Ntry[2]/Amt");
    assertThat(e.sourceName()).isEqualTo("a.xml");
    assertThat(e.problem()).isEqualTo("bad amount 1.2.3");
  }
}

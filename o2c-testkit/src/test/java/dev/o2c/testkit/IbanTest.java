package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  /** An independent oracle: ISO 13616 with BigInteger, as the standard spells it. */
  static boolean oracleValid(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  @ParameterizedTest
  @CsvSource({
      "DE, 370400440532013000, DE89370400440532013000",
      "GB, WEST12345698765432, GB82WEST12345698765432",
      "CH, 00762011623852957, CH9300762011623852957",
  })
  void test_of_computesPublishedCheckDigits(String country, String bban, String expected) {
    assertThat(Iban.of(country, bban)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "gb82west12345698765432", "KW81CBKU0000000000001234560101"})
  void test_isValid_acceptsPublishedExamples(String iban) {
    assertThat(Iban.isValid(iban)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE88370400440532013000", "DE8937040044053201300X!", "D889370400440532013000", "DE89", ""})
  void test_isValid_rejectsBrokenOnes(String iban) {
    assertThat(Iban.isValid(iban)).isFalse();
  }

  @Test
  void test_generatedIbans_passTheOracle_andEverySingleDigitChangeIsCaught() {
    List<String> ibans = ArGenerators.ibans().sample(21L, 3_000);
    assertThat(ibans).allMatch(IbanTest::oracleValid).allMatch(Iban::isValid);
    assertThat(ibans.stream().map(i -> i.substring(0, 2)).distinct().count()).isGreaterThanOrEqualTo(10);
    for (String iban : ibans.subList(0, 200)) {
      for (int i = 4; i < iban.length(); i++) {
        char c = iban.charAt(i);
        if (Character.isDigit(c)) {
          String changed = iban.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + iban.substring(i + 1);
          assertThat(Iban.isValid(changed)).as(changed).isFalse();
        }
      }
    }
  }
}

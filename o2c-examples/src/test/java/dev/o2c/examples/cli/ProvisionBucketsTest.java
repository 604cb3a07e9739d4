package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's bucket labels and boundaries, for both bases and own bounds. */
class ProvisionBucketsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  void test_labels() {
    assertThat(ProvisionBuckets.of(List.of(30, 60, 90, 120), ProvisionBuckets.Basis.DUE).labels())
        .containsExactly("current", "1-30", "31-60", "61-90", "91-120", "121+");
    assertThat(ProvisionBuckets.of(List.of(30, 60, 90, 120), ProvisionBuckets.Basis.DOCUMENT).labels())
        .containsExactly("0-30", "31-60", "61-90", "91-120", "121+");
    assertThat(ProvisionBuckets.of(List.of(15, 45), ProvisionBuckets.Basis.DUE).labels())
        .containsExactly("current", "1-15", "16-45", "46+");
  }

  @ParameterizedTest(name = "due basis, age {0} -> {1}")
  @CsvSource({"-5,current", "0,current", "1,1-30", "30,1-30", "31,31-60", "60,31-60", "61,61-90", "90,61-90",
      "91,91-120", "120,91-120", "121,121+", "4000,121+"})
  void test_dueBasis_boundaries(int age, String label) {
    ProvisionBuckets buckets = ProvisionBuckets.of(List.of(30, 60, 90, 120), ProvisionBuckets.Basis.DUE);
    LocalDate due = AS_OF.minusDays(age);
    OpenItem item = item(due.minusDays(30), due);
    assertThat(buckets.labels().get(buckets.index(item, AS_OF))).isEqualTo(label);
  }

  @ParameterizedTest(name = "document basis, age {0} -> {1}")
  @CsvSource({"-3,0-30", "0,0-30", "30,0-30", "31,31-60", "120,91-120", "121,121+"})
  void test_documentBasis_boundaries(int age, String label) {
    ProvisionBuckets buckets = ProvisionBuckets.of(List.of(30, 60, 90, 120), ProvisionBuckets.Basis.DOCUMENT);
    LocalDate document = AS_OF.minusDays(age);
    OpenItem item = item(document, document.plusDays(30));
    assertThat(buckets.labels().get(buckets.index(item, AS_OF))).isEqualTo(label);
  }

  @Test
  void test_badBounds() {
    assertThatThrownBy(() -> ProvisionBuckets.of(List.of(30, 30), ProvisionBuckets.Basis.DUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProvisionBuckets.of(List.of(0, 30), ProvisionBuckets.Basis.DUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static OpenItem item(LocalDate document, LocalDate due) {
    return OpenItem.builder().documentNumber(DocumentNumber.of("INV-1")).customerId(CustomerId.of("C-1"))
        .kind(ItemKind.INVOICE).documentDate(document).dueDate(due).originalAmount(Money.of("EUR", "1.00")).build();
  }
}

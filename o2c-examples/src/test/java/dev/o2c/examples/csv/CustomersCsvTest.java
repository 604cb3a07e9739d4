package dev.o2c.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.id.CustomerId;
import java.io.StringReader;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CustomersCsvTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static List<Customer> read(String text) {
    return CustomersCsv.read(new StringReader(text), "customers.csv", EUR);
  }

  @Test
  void test_read_accountsParentAndCurrency() {
    List<Customer> customers = read("customer_id,name,bank_accounts,parent_id,currency\n"
        + "C-1,Group,DE89370400440532013000 ; DE02120300000000202051,,\n"
        + "C-2,\"Shop, Munich\",,C-1,JPY\n");

    assertThat(customers.get(0).bankAccounts()).containsExactly("DE89370400440532013000", "DE02120300000000202051");
    assertThat(customers.get(0).parentId()).isEmpty();
    assertThat(customers.get(0).currency()).isEqualTo(EUR);
    assertThat(customers.get(1).name()).isEqualTo("Shop, Munich");
    assertThat(customers.get(1).parentId()).contains(CustomerId.of("C-1"));
    assertThat(customers.get(1).currency()).isEqualTo(Monetary.getCurrency("JPY"));
  }

  @Test
  void test_read_onlyRequiredColumns() {
    assertThat(read("name,customer_id\nGroup,C-1\n")).singleElement()
        .satisfies(c -> assertThat(c.bankAccounts()).isEmpty());
  }

  @Test
  void test_read_ownParentIsRefusedWithLine() {
    assertThatThrownBy(() -> read("customer_id,name,parent_id\nC-1,Group,C-1\n"))
        .isInstanceOf(CsvException.class)
        .hasMessageStartingWith("customers.csv:2: ")
        .hasMessageContaining("parentId is the customer itself");
  }

  @Test
  void test_read_duplicateIdIsRefused() {
    assertThatThrownBy(() -> read("customer_id,name\nC-1,A\nC-1,B\n"))
        .isInstanceOf(CsvException.class)
        .hasMessage("customers.csv:3: customer_id C-1 appears twice");
  }
}

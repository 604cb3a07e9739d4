package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.Operation;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.QuickTheory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialise then deserialise gives the value back, for random values of every kind the module
 * handles and for every ledger command; writing the value read back gives the same text.
 */
class JsonRoundTripTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();

  private static QuickTheory qt() {
    // Each example is a seed; RandomValues turns it into a value, so a failure's seed reproduces it.
    return QuickTheory.qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  static Stream<RandomValues.Kind<?>> kinds() {
    return RandomValues.kinds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void test_roundTrip_givesTheValueBack(RandomValues.Kind<?> kind) {
    qt().forAll(longs().all()).checkAssert(seed -> roundTrip(kind, seed));
  }

  private static <T> void roundTrip(RandomValues.Kind<T> kind, long seed) {
    T value = kind.make().apply(new RandomValues(seed));
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, kind.type());
    assertThat(back).as("seed %d, JSON %s", seed, json).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).as("seed %d", seed).isEqualTo(json);
  }

  @Test
  void test_plainAmount_agreesWithBigDecimal() {
    qt().forAll(longs().all(), integers().between(0, 18)).checkAssert((minor, scale) ->
        assertThat(Values.plain(minor, scale)).isEqualTo(BigDecimal.valueOf(minor, scale).toPlainString()));
    for (long minor : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, -10, 100}) {
      for (int scale = 0; scale <= 18; scale++) {
        assertThat(Values.plain(minor, scale)).isEqualTo(BigDecimal.valueOf(minor, scale).toPlainString());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void test_everyOperation_roundTripsAsLedgerCommandAndAsItsOwnClass(Operation operation) {
    qt().withExamples(Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 10)).forAll(longs().all())
        .checkAssert(seed -> {
          LedgerCommand command = new RandomValues(seed).command(operation);
          String json = MAPPER.writeValueAsString(command);
          assertThat(MAPPER.readTree(json).get("type").stringValue()).isEqualTo(operation.name());
          assertThat(MAPPER.readValue(json, LedgerCommand.class)).as("seed %d, JSON %s", seed, json)
              .isEqualTo(command);
          assertThat(MAPPER.readValue(json, Commands.commandClass(operation))).isEqualTo(command);
          assertThat(command).isInstanceOf(Commands.commandClass(operation));
        });
  }
}

package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.testkit.cashapp.CashAppAdvices;
import dev.o2c.testkit.cashapp.CashAppConfig;
import dev.o2c.testkit.cashapp.CashAppFiles;
import dev.o2c.testkit.cashapp.CashAppWorld;
import dev.o2c.testkit.cashapp.CashAppWorldGenerator;
import dev.o2c.testkit.cashapp.Difficulty;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advices.json the benchmark world writes by hand is the form this module reads: it parses into
 * exactly the world's advices, and those values written and read again come back equal.
 */
class RemittanceAdvicesJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();
  private static final TypeReference<List<RemittanceAdvice>> ADVICES = new TypeReference<>() {};

  private static CashAppWorld world(Difficulty difficulty) {
    return CashAppWorldGenerator.of(CashAppConfig.builder().customers(60).lines(300).difficulty(difficulty).build())
        .generate(1001L);
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_writtenAdvicesJson_parsesIntoTheWorldsAdvices(Difficulty difficulty) {
    CashAppWorld world = world(difficulty);
    StringWriter out = new StringWriter();
    CashAppFiles.writeAdvices(world, out);
    List<RemittanceAdvice> expected = CashAppAdvices.of(world);
    assertThat(expected).isNotEmpty();
    List<RemittanceAdvice> parsed = MAPPER.readValue(out.toString(), ADVICES);
    assertThat(parsed).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_worldsAdvices_writtenByTheMapper_readBackEqual(Difficulty difficulty) {
    List<RemittanceAdvice> advices = CashAppAdvices.of(world(difficulty));
    assertThat(advices).isNotEmpty();
    String json = MAPPER.writerFor(ADVICES).writeValueAsString(advices);
    List<RemittanceAdvice> back = MAPPER.readValue(json, ADVICES);
    assertThat(back).isEqualTo(advices);
    assertThat(MAPPER.writerFor(ADVICES).writeValueAsString(back)).isEqualTo(json);
  }
}

package dev.o2c.testkit.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CashAppWorldGeneratorTest {

  private static final CashAppConfig SMALL = CashAppConfig.builder().customers(60).lines(150).build();

  static String file(CashAppWorld world, BiConsumer<CashAppWorld, java.io.Writer> write) {
    StringWriter out = new StringWriter();
    write.accept(world, out);
    return out.toString();
  }

  static List<String> files(CashAppWorld world) {
    return List.of(file(world, CashAppFiles::writeOpenItems), file(world, CashAppFiles::writeCustomers),
        file(world, CashAppFiles::writeCamt053), file(world, CashAppFiles::writeMt940),
        file(world, CashAppFiles::writeTruth), file(world, CashAppFiles::writeAdvices));
  }

  @Test
  void test_sameSeed_sameBytesInEveryFile() {
    CashAppConfig config = CashAppConfig.builder().customers(400).difficulty(Difficulty.HARD).build();
    List<String> first = files(CashAppWorldGenerator.of(config).generate(1001L));
    List<String> second = files(CashAppWorldGenerator.of(config).generate(1001L));
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).getBytes(StandardCharsets.UTF_8))
          .as(CashAppFiles.FILE_NAMES.get(i)).isEqualTo(first.get(i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(files(CashAppWorldGenerator.of(config).generate(1002L)).get(4)).isNotEqualTo(first.get(4));
  }

  /**
   * Pins the bytes of every file of two small worlds, so that a refactoring of the generator which
   * changes a draw (or the order of draws) fails here. A deliberate change to what the generator
   * draws updates these hashes, and says so in its commit: the benchmark's figures move with it.
   */
  @ParameterizedTest
  @CsvSource({
    "DEFAULT, 45efabd72657a09ef8b0f037e9dd5cfe4ae264d477ae57bb9ea801bc590b1f62,"
        + " 306d04b4d4ccbf65b2065292713b23ab8d342d9ea5d7f2c6d0582643d07ed3bf",
    "HARD, 277dea6538dd2b56cfaf2e257c86d83b4c4ae0509a634620c5cf6080c1132d98,"
        + " 563a51d665a1874da1edd9ac2c23b9f44d015ffbe0d40e66ee51165af4989b52"
  })
  void test_seed1001_filesArePinned(Difficulty difficulty, String sha256, String advicesSha256) throws Exception {
    CashAppConfig config = CashAppConfig.builder().customers(300).difficulty(difficulty).build();
    List<String> files = files(CashAppWorldGenerator.of(config).generate(1001L));
    // The advices draw from a stream of their own: the statement files' hash did not move when they came.
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (String file : files.subList(0, 5)) {
      digest.update(file.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256);
    byte[] advices = MessageDigest.getInstance("SHA-256").digest(files.get(5).getBytes(StandardCharsets.UTF_8));
    assertThat(HexFormat.of().formatHex(advices)).as("advices.json").isEqualTo(advicesSha256);
  }

  @Test
  void test_anySeed_truthConservesEveryCentAndSettlesEachItemOnce() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      CashAppWorld world = CashAppWorldGenerator.of(SMALL).generate(seed);
      assertConserved(world);
    });
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_defaultSize_truthConservesEveryCent(Difficulty difficulty) {
    assertConserved(CashAppWorldGenerator.of(CashAppConfig.builder().difficulty(difficulty).build()).generate(3L));
  }

  /**
   * Payment side: applied + unapplied = amount. Item side: applied + discount + deduction + fee + FX
   * difference + write-off = the item amount for a full settlement, less for a partial one. No item
   * is settled twice, every allocated item is open in the item's currency.
   */
  static void assertConserved(CashAppWorld world) {
    Map<DocumentNumber, BenchItem> items = new HashMap<>();
    world.items().forEach(i -> items.put(i.documentNumber(), i));
    assertThat(items).hasSize(world.items().size());
    Set<DocumentNumber> settled = new HashSet<>();
    for (LineTruth t : world.truths()) {
      Money total = t.unapplied();
      for (AllocationTruth a : t.allocations()) {
        total = total.plus(a.applied());
        BenchItem item = items.get(a.documentNumber());
        assertThat(item).as(t.entryRef() + " allocates an unknown item").isNotNull();
        assertThat(settled.add(a.documentNumber())).as(a.documentNumber() + " settled twice").isTrue();
        assertThat(a.customerId()).isEqualTo(item.customerId());
        Money cleared = a.applied().plus(a.discount()).plus(a.deduction()).plus(a.fee()).plus(a.fxDifference())
            .plus(a.writeOff());
        assertThat(cleared).isEqualTo(a.cleared());
        if (t.scenario() == CashAppScenario.PARTIAL) {
          assertThat(cleared.isPositive() && cleared.isLessThan(item.amount())).as(t.toString()).isTrue();
        } else {
          assertThat(cleared).as(t.entryRef() + " " + t.scenario()).isEqualTo(item.amount());
        }
      }
      assertThat(total).as(t.entryRef()).isEqualTo(t.amount());
      assertThat(t.unapplied().isNegative()).isFalse();
      if (!t.credit()) {
        assertThat(t.scenario()).isEqualTo(CashAppScenario.RETURN);
        assertThat(t.allocations()).isEmpty();
        assertThat(world.truth(t.reversalOf().orElseThrow()).orElseThrow().credit()).isTrue();
      }
    }
  }

  static Stream<Arguments> profiles() {
    return Stream.of(BenchmarkProfile.values()).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void test_scenarioMix_withinToleranceOfTheProfile(BenchmarkProfile profile) {
    CashAppConfig config = CashAppConfig.builder().customers(3_000).lines(6_000).profile(profile).build();
    CashAppWorld world = CashAppWorldGenerator.of(config).generate(5L);
    Map<CashAppScenario, Integer> counts = new EnumMap<>(CashAppScenario.class);
    world.truths().forEach(t -> counts.merge(t.scenario(), 1, Integer::sum));
    int n = world.truths().size();
    for (CashAppScenario s : CashAppScenario.values()) {
      double expected = profile.perMille(s) / 1000.0;
      double observed = counts.getOrDefault(s, 0) / (double) n;
      // Four standard deviations of a binomial share, plus half a point for fallbacks.
      double tolerance = 4 * Math.sqrt(expected * (1 - expected) / n) + 0.005;
      assertThat(observed).as(profile + " " + s).isBetween(expected - tolerance, expected + tolerance);
    }
  }

  @Test
  void test_defaultMix_aboutFourFifthsCarryEnoughEvidence() {
    CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.defaults()).generate(1L);
    long evidence = world.truths().stream().filter(LineTruth::enoughEvidence).count();
    assertThat(evidence / (double) world.truths().size()).isBetween(0.74, 0.84);
    assertThat(world.truths()).filteredOn(LineTruth::enoughEvidence).allMatch(LineTruth::hasMatch);
  }

  @Test
  void test_defaultWorld_matchesTheSpecShape() {
    CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.defaults()).generate(2L);
    assertThat(world.customers()).hasSize(2_000);
    assertThat(world.lines()).hasSize(4_000);
    Map<String, Integer> perCustomer = new HashMap<>();
    world.items().forEach(i -> perCustomer.merge(i.customerId().toString(), 1, Integer::sum));
    int[] counts = perCustomer.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    assertThat(counts[counts.length / 2]).isBetween(4, 9);
    assertThat(counts[counts.length * 9 / 10]).isBetween(25, 60);
    assertThat(counts[counts.length - 1]).isLessThanOrEqualTo(500);
    assertThat(world.items()).allMatch(i -> i.documentNumber().toString().matches("(INV|CN)-20\\d\\d-\\d{6}"));
    assertThat(world.items().stream().map(i -> i.amount().currency().getCurrencyCode()).distinct())
        .containsExactlyInAnyOrder("EUR", "JPY", "KWD");
    assertThat(world.items()).anyMatch(i -> i.amount().isNegative());
    long parents = world.customers().stream().filter(c -> c.parentId().isPresent()).count();
    long severalIbans = world.customers().stream().filter(c -> c.bankAccounts().size() > 1).count();
    assertThat(parents).isBetween(50L, 150L);
    assertThat(severalIbans).isBetween(120L, 300L);
    long withIban = world.lines().stream().filter(l -> l.payerAccount().isPresent()).count();
    assertThat(withIban / (double) world.lines().size()).isBetween(0.64, 0.76);
    assertThat(world.lines()).allMatch(l -> l.remittanceText().map(String::length).orElse(0) <= 140);
    assertThat(world.lines()).anyMatch(BankLine::ocr);
  }

  @Test
  void test_easyTier_writesReferencesExactly() {
    CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.builder().customers(500)
        .difficulty(Difficulty.EASY).build()).generate(4L);
    Map<String, BankLine> lines = new HashMap<>();
    world.lines().forEach(l -> lines.put(l.entryRef(), l));
    for (LineTruth t : world.truths()) {
      BankLine line = lines.get(t.entryRef());
      assertThat(line.ocr()).isFalse();
      if (t.referenceKind() == ReferenceKind.INVOICE_NUMBER && t.scenario() != CashAppScenario.DUPLICATE
          && !t.detail().contains("lists") && !t.detail().contains("twice")
          && line.remittanceText().orElseThrow().length() < 135) {
        for (AllocationTruth a : t.allocations()) {
          assertThat(line.remittanceText().orElseThrow()).contains(a.documentNumber().toString());
        }
      }
      if (t.payer().isPresent() && t.scenario() != CashAppScenario.THIRD_PARTY_PAYER && t.credit()) {
        assertThat(line.payerAccount()).as(t.entryRef()).isPresent();
        String account = line.payerAccount().get();
        assertThat(world.customers().stream().filter(c -> c.id().equals(t.payer().get())).findFirst().orElseThrow()
            .bankAccounts()).contains(account);
      }
    }
  }

  @Test
  void test_seedLists_areDisjoint() {
    assertThat(CashAppWorldGenerator.TUNING_SEEDS).doesNotContainAnyElementsOf(CashAppWorldGenerator.HELD_OUT_SEEDS);
  }

  @Test
  void test_config_rejectsOutOfRangeSizes() {
    assertThatThrownBy(() -> CashAppConfig.builder().customers(0).lines(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers 0")
        .hasMessageContaining("lines -1");
  }
}

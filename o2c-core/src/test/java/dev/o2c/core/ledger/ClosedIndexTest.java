package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ClosedIndex} against a plain list: for many records (so that blocks and runs of blocks fill
 * and get skipped), closed on days in and out of order, some reopened and closed again, every query
 * day must hand on exactly the records closed after it, except records that started after the day,
 * which it may hand on or not.
 */
class ClosedIndexTest {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  private static final class Record implements ClosedIndex.Closable {
    final int number;
    int slot = -1;
    LocalDate start;
    LocalDate closedOn;

    Record(int number) {
      this.number = number;
    }

    @Override
    public int closedSlot() {
      return slot;
    }

    @Override
    public void closedSlot(int s) {
      slot = s;
    }

    @Override
    public String toString() {
      return "record " + number;
    }
  }

  @Test
  void test_closedAfter_handsOnExactlyWhatClosedAfterTheDay() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 10_000)).checkAssert((seed, count) -> {
      SplittableRandom random = new SplittableRandom(seed);
      ClosedIndex<Record> index = new ClosedIndex<>();
      CustomerId customer = CustomerId.of("C");
      CustomerId other = CustomerId.of("D");
      boolean ordered = random.nextBoolean();
      List<Record> records = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Record r = new Record(i);
        int startDay = ordered ? i / 50 : random.nextInt(1000);
        r.start = BASE.plusDays(startDay);
        r.closedOn = r.start.plusDays(random.nextInt(60));
        index.closed(customer, r.closedOn, r.start, r);
        records.add(r);
        if (random.nextInt(10) == 0) {
          index.closed(other, r.closedOn, r.start, new Record(-i));
        }
        if (random.nextInt(20) == 0 && !records.isEmpty()) {
          Record back = records.get(random.nextInt(records.size()));
          if (back.slot >= 0) {
            index.reopened(customer, back);
            assertThat(back.slot).isEqualTo(-1);
            if (random.nextBoolean()) {
              back.closedOn = back.closedOn.plusDays(random.nextInt(30));
              index.closed(customer, back.closedOn, back.start, back);
            }
          }
        }
      }
      for (int q = 0; q < 20; q++) {
        LocalDate day = BASE.plusDays(random.nextInt(1100) - 20);
        Set<Record> found = new HashSet<>();
        List<Record> twice = new ArrayList<>();
        index.closedAfter(customer, day, r -> {
          if (!found.add(r)) {
            twice.add(r);
          }
        });
        assertThat(twice).as("handed on twice").isEmpty();
        List<Record> missing = new ArrayList<>();
        List<Record> extra = new ArrayList<>();
        for (Record r : records) {
          boolean closedAfter = r.slot >= 0 && r.closedOn.isAfter(day);
          if (closedAfter && !r.start.isAfter(day) && !found.contains(r)) {
            missing.add(r);
          }
          if (!closedAfter && found.contains(r)) {
            extra.add(r);
          }
        }
        assertThat(missing).as("closed after %s but not handed on", day).isEmpty();
        assertThat(extra).as("handed on but not closed after %s", day).isEmpty();
      }
      index.closedAfter(CustomerId.of("nobody"), BASE, r -> {
        throw new AssertionError("nothing for an unknown customer");
      });
      index.closedAfter(customer, LocalDate.MAX, r -> {
        throw new AssertionError("nothing closed after the end of time");
      });
    });
  }
}

package dev.o2c.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgingBucketsTest {

  @Test
  void test_standard_labelsAndBoundaries_asTheContractFixesThem() {
    assertThat(AgingBuckets.STANDARD.labels()).containsExactly("current", "1-30", "31-60", "61-90", "91-120", "121+");
    assertThat(AgingBuckets.STANDARD_SINCE_DOCUMENT.labels()).containsExactly("0-30", "31-60", "61-90", "91-120",
        "121+");
    assertThat(AgingBuckets.STANDARD.upperBounds()).containsExactly(0, 30, 60, 90, 120);
    assertThat(AgingBuckets.STANDARD.boundaries()).containsExactly(30, 60, 90, 120);
    assertThat(AgingBuckets.forBasis(AgingBasis.PROMISED_DATE, 30, 60, 90, 120)).isEqualTo(AgingBuckets.STANDARD);
    assertThat(AgingBuckets.forBasis(AgingBasis.DOCUMENT_DATE, 30, 60, 90, 120))
        .isEqualTo(AgingBuckets.STANDARD_SINCE_DOCUMENT);
  }

  /** Each boundary is the last day of its bucket. */
  @Test
  void test_bucketOf_edges() {
    AgingBuckets due = AgingBuckets.STANDARD;
    assertThat(due.bucketOf(-5)).isZero();     // not yet due
    assertThat(due.bucketOf(0)).isZero();      // due today: current
    assertThat(due.bucketOf(1)).isEqualTo(1);  // 1-30
    assertThat(due.bucketOf(30)).isEqualTo(1);
    assertThat(due.bucketOf(31)).isEqualTo(2); // 31-60
    assertThat(due.bucketOf(120)).isEqualTo(4);
    assertThat(due.bucketOf(121)).isEqualTo(5); // 121+
    assertThat(due.bucketOf(Long.MAX_VALUE)).isEqualTo(5);
    AgingBuckets document = AgingBuckets.STANDARD_SINCE_DOCUMENT;
    assertThat(document.bucketOf(-3)).isZero(); // dated after the as-of day: 0-30
    assertThat(document.bucketOf(30)).isZero();
    assertThat(document.bucketOf(31)).isEqualTo(1);
    assertThat(document.bucketOf(121)).isEqualTo(4);
  }

  @Test
  void test_invalidBoundaries_namedAllAtOnce() {
    assertThatThrownBy(() -> AgingBuckets.pastDue()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one boundary");
    assertThatThrownBy(() -> AgingBuckets.pastDue(0, 30, 30)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("boundary 0 is below 1")
        .hasMessageContaining("boundary 30 does not follow 30");
  }
}

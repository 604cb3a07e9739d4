package dev.o2c.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressInputStreamTest {

  @Test
  void test_reportsOncePerStepPassed_withBytesReadSoFar() throws IOException {
    List<Long> reports = new ArrayList<>();
    ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(new byte[1000]), 300, reports::add);

    byte[] buffer = new byte[250];
    while (in.read(buffer) >= 0) {
      // 250, 500, 750, 1000: steps 300, 600 and 900 are passed at 500, 750 and 1000
    }

    assertThat(reports).containsExactly(500L, 750L, 1000L);
    assertThat(in.count()).isEqualTo(1000);
  }

  @Test
  void test_singleBytesAndSkipsCount() throws IOException {
    List<Long> reports = new ArrayList<>();
    ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(new byte[10]), 4, reports::add);

    in.read();
    in.read();
    in.skip(3);
    in.read();

    assertThat(in.count()).isEqualTo(6);
    assertThat(reports).containsExactly(5L);
  }

  @Test
  void test_markAndReset_rereadBytesAreNotReportedAgain() throws IOException {
    List<Long> reports = new ArrayList<>();
    InputStream in = new ProgressInputStream(new BufferedInputStream(new ByteArrayInputStream(new byte[100])), 50,
        reports::add);

    in.mark(100);
    assertThat(in.readNBytes(60)).hasSize(60);
    in.reset();
    assertThat(in.readAllBytes()).hasSize(100);

    assertThat(reports).containsExactly(60L, 100L);
  }

  @Test
  void test_stepBelowOne_isRefused() {
    assertThatThrownBy(() -> new ProgressInputStream(InputStream.nullInputStream(), 0, r -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step");
  }
}

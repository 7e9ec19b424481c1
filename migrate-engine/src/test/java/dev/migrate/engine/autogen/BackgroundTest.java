package dev.migrate.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Held clean-up waits for the caller's release, and closing releases it and waits for it. */
class BackgroundTest {
  @Test
  void heldCleanUpRunsOnlyOnceReleasedAndCloseWaitsForIt() throws InterruptedException {
    AtomicBoolean cleaned = new AtomicBoolean();
    Background<String> work =
        new Background<>(
            "test-work",
            (deliver, held) -> {
              deliver.accept("schema");
              held.run();
              cleaned.set(true);
            });

    assertThat(work.join()).isEqualTo("schema");
    Thread.sleep(100);
    assertThat(cleaned).as("held until released").isFalse();

    try (Background.Release release = work.releasing()) {
      assertThat(cleaned).isFalse();
    }
    work.close();
    assertThat(cleaned).isTrue();
  }

  @Test
  void closeReleasesWorkThatWasNeverReleased() {
    AtomicBoolean cleaned = new AtomicBoolean();
    Background<String> work =
        new Background<>(
            "test-work",
            (deliver, held) -> {
              deliver.accept("schema");
              held.run();
              cleaned.set(true);
            });

    work.close();

    assertThat(cleaned).isTrue();
  }
}

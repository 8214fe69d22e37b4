package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheCapEachWaitBetweenHalfAndAllOfIt() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(7));
        long[] ceilings = {2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 120_000, 120_000, 120_000};

        for (long ceiling : ceilings) {
            assertThat(backoff.nextDelay().toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void windowsComingBackTogetherDoNotAllKnockAtOnce() {
        Backoff first = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(1));
        Backoff second = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(2));
        for (int i = 0; i < 4; i++) {
            first.nextDelay();
            second.nextDelay();
        }

        assertThat(first.nextDelay()).isNotEqualTo(second.nextDelay());
    }

    @Test
    void startsShortAgainAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(3));
        for (int i = 0; i < 10; i++) {
            backoff.nextDelay();
        }

        backoff.reset();

        assertThat(backoff.nextDelay()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}

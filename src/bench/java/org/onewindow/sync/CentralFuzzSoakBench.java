package org.onewindow.sync;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fuzz test of issue 9 ({@link CentralFuzzProperties}) as a soak: the same generated requests and invariants, many
 * more tries, larger rounds. {@code mvn -Pbench verify -Dtest=CentralFuzzSoakBench -Dsurefire.failIfNoSpecifiedTests=false};
 * it prints how many inputs it tried, the answers by status and the pushed events by outcome.
 */
class CentralFuzzSoakBench {

    @BeforeContainer
    static void start() throws Exception {
        CentralFuzzProperties.start();
    }

    @AfterContainer
    static void stop() throws Exception {
        CentralFuzzProperties.stop();
    }

    @Property(tries = 150)
    void pushes(@ForAll long seed, @ForAll @IntRange(min = 300, max = 600) int count) throws Exception {
        CentralFuzzProperties.pushRound(seed, count);
    }

    @Property(tries = 60)
    void otherRequests(@ForAll long seed, @ForAll @IntRange(min = 100, max = 300) int count) throws Exception {
        CentralFuzzProperties.requestRound(seed, count);
    }
}

package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding 17 of the day at the counter: without GTK 3 the window died with a Java stack trace. */
class WindowStartTest {

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(said, true, StandardCharsets.UTF_8);

    @Test
    void withoutGtkTheWindowSaysInChineseAndEnglishWhatToInstallAndExitsNonZero() {
        int exit = WindowStart.run(() -> {
            // as JavaFX's launcher throws it when libgtk-3.so.0 cannot be loaded
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        }, err);

        String text = said.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(WindowStart.MISSING_LIBRARY).isNotZero();
        assertThat(text).contains("本机缺少 GTK 3 图形库").contains("sudo apt-get install libgtk-3-0")
                .contains("the GTK 3 library is missing").contains("sudo dnf install gtk3")
                .doesNotContain("Exception").doesNotContain("at com.sun");
    }

    @Test
    void anyOtherFailureIsNotMistakenForAMissingLibrary() {
        assertThatThrownBy(() -> WindowStart.run(() -> {
            throw new IllegalStateException("something else");
        }, err)).isInstanceOf(IllegalStateException.class);
        assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aWindowThatOpensAndClosesExitsWithZero() {
        assertThat(WindowStart.run(() -> { }, err)).isZero();
    }
}

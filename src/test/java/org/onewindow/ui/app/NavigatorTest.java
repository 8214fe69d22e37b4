package org.onewindow.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private final List<String> shownLog = new ArrayList<>();

    private Screen screen(String name) {
        return new Screen() {
            @Override
            public Parent root() {
                throw new UnsupportedOperationException("not drawn in this test");
            }

            @Override
            public String title() {
                return name;
            }

            @Override
            public void shown() {
                shownLog.add(name);
            }
        };
    }

    @Test
    void escapeReturnsThroughTheScreensOpenedAndStopsAtTheStart() {
        Navigator navigator = new Navigator();
        navigator.start(screen("home"));
        navigator.open(screen("list"));
        navigator.open(screen("detail"));

        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current().title()).isEqualTo("list");
        assertThat(navigator.back()).isTrue();
        assertThat(navigator.back()).isFalse();
        assertThat(navigator.current().title()).isEqualTo("home");
        assertThat(shownLog).containsExactly("home", "list", "detail", "list", "home");
    }

    @Test
    void replacingAFinishedFlowDoesNotComeBackToItOnEscape() {
        Navigator navigator = new Navigator();
        navigator.start(screen("home"));
        navigator.open(screen("new application"));
        navigator.replace(screen("case detail"));

        navigator.back();

        assertThat(navigator.current().title()).isEqualTo("home");
    }

    @Test
    void startingAnewForgetsTheHistory() {
        Navigator navigator = new Navigator();
        navigator.start(screen("home"));
        navigator.open(screen("list"));
        navigator.start(screen("home again"));

        assertThat(navigator.canGoBack()).isFalse();
    }
}

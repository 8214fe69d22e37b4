package org.onewindow.ui.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.onewindow.app.Credentials;

/**
 * A {@link DialogService} for tests: records every message shown and answers questions from a
 * script ({@link #answerConfirm}, {@link #answerCredentials}); an unscripted question fails the test.
 */
public final class FakeDialogService implements DialogService {

    /** What was shown: kind, title and message. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<Credentials>> credentials = new ArrayDeque<>();
    private final Deque<Optional<String>> reasons = new ArrayDeque<>();

    public FakeDialogService answerConfirm(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    public FakeDialogService answerCredentials(String username, String password) {
        credentials.add(Optional.of(new Credentials(username, password)));
        return this;
    }

    public FakeDialogService answerReason(String reason) {
        reasons.add(Optional.of(reason));
        return this;
    }

    public FakeDialogService cancelReason() {
        reasons.add(Optional.empty());
        return this;
    }

    public FakeDialogService cancelCredentials() {
        credentials.add(Optional.empty());
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<String> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).map(Shown::message).toList();
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + message);
        }
        return confirmations.poll();
    }

    @Override
    public Optional<Credentials> askCredentials(String title, String message) {
        shown.add(new Shown("credentials", title, message));
        if (credentials.isEmpty()) {
            throw new AssertionError("unexpected request for credentials: " + message);
        }
        return credentials.poll();
    }

    @Override
    public Optional<java.io.File> choosePng(String title) {
        shown.add(new Shown("file", title, ""));
        return Optional.empty();
    }

    @Override
    public Optional<String> askReason(String title, String message) {
        shown.add(new Shown("reason", title, message));
        if (reasons.isEmpty()) {
            throw new AssertionError("unexpected request for a reason: " + message);
        }
        return reasons.poll();
    }
}

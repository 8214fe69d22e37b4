package org.onewindow.ui.login;

/** Checks a clerk's password against the hashes kept on this device; works offline. Slow on purpose. */
@FunctionalInterface
public interface ClerkSignIn {

    SignInOutcome signIn(String username, String password);
}

package org.onewindow.ui.login;

import org.onewindow.domain.staff.LoginResult;

/** Checks a clerk's password against the hashes kept on this device; works offline. Slow on purpose. */
@FunctionalInterface
public interface ClerkSignIn {

    LoginResult signIn(String username, char[] password);
}

package org.onewindow.ui.login;

import org.onewindow.domain.staff.LoginResult;

/**
 * Changes a person's password, knowing the current one, and signs them in with the new one (the first sign-in after an
 * administrator set it). Needs the centre for an account it sent down; the refusal is a message for the person.
 */
@FunctionalInterface
public interface PasswordChanger {

    LoginResult change(String username, char[] current, char[] next);
}

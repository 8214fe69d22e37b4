package org.onewindow.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;

class LoginViewModelTest {

    private static final User WANG = new User("clerk01", "王敏", Role.CLERK);

    private final Session session = new Session();
    private final LoginViewModel login = new LoginViewModel(session, new CurrentThreadTaskExecutor(),
            Localization.chinese());

    private static LoginResult onlyWang(String user, char[] password) {
        return user.equals("clerk01") && String.valueOf(password).equals("right")
                ? new LoginResult.SignedIn(WANG) : new LoginResult.Refused("工号或密码不正确，还可再试 3 次");
    }

    @Test
    void enterPressedWhileTheDataLoadsSignsInAsSoonAsItIsReady() {
        assertThat(login.messageProperty().get()).isEqualTo("正在准备数据，请稍候…");
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("right");

        login.submit();

        assertThat(login.readyProperty().get()).isFalse();
        assertThat(login.messageProperty().get()).isEqualTo("正在准备数据，就绪后自动登录…");
        assertThat(session.clerk()).isEmpty();

        login.connect(LoginViewModelTest::onlyWang);

        assertThat(session.clerk()).contains(WANG);
    }

    @Test
    void afterASignOutTheFormIsEmptyForTheNextClerk() {
        login.connect(LoginViewModelTest::onlyWang);
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("right");
        login.submit();

        session.signOut();

        assertThat(login.usernameProperty().get()).isEmpty();
        assertThat(login.passwordProperty().get()).isEmpty();
        assertThat(login.messageProperty().get()).isEmpty();
    }

    @Test
    void aFirstSignInWithAnAdministratorsPasswordGoesOnToChooseANewOne() {
        char[][] changedWith = new char[2][];
        login.connect((user, password) -> String.valueOf(password).equals("set-by-admin")
                        ? new LoginResult.PasswordChangeRequired(WANG) : new LoginResult.Refused("工号或密码不正确"),
                (user, current, next) -> {
                    changedWith[0] = current.clone();
                    changedWith[1] = next.clone();
                    return new LoginResult.SignedIn(WANG);
                });
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("set-by-admin");
        login.submit();

        assertThat(session.clerk()).as("nothing opens before the new password").isEmpty();
        assertThat(login.changingPasswordProperty().get()).isTrue();
        assertThat(login.headingProperty().get()).contains("新密码");

        login.newPasswordProperty().set("Mine@2026");
        login.confirmPasswordProperty().set("Mine@2027");
        login.submit();
        assertThat(login.messageProperty().get()).contains("不一致");
        login.newPasswordProperty().set("short");
        login.confirmPasswordProperty().set("short");
        login.submit();
        assertThat(login.messageProperty().get()).contains("至少8位");

        login.newPasswordProperty().set("Mine@2026");
        login.confirmPasswordProperty().set("Mine@2026");
        login.submit();

        assertThat(String.valueOf(changedWith[0])).isEqualTo("set-by-admin");
        assertThat(String.valueOf(changedWith[1])).isEqualTo("Mine@2026");
        assertThat(session.clerk()).contains(WANG);
        assertThat(login.changingPasswordProperty().get()).isFalse();
        assertThat(login.newPasswordProperty().get()).isEmpty();
    }

    @Test
    void aPasswordChangeTheCentreCannotTakeIsExplainedAndCanBeLeft() {
        login.connect((user, password) -> new LoginResult.PasswordChangeRequired(WANG), (user, current, next) -> {
            throw new org.onewindow.domain.Problem.CentreUnavailable("修改密码须连接中心库，目前无法连接", null);
        });
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("set-by-admin");
        login.submit();
        login.newPasswordProperty().set("Mine@2026");
        login.confirmPasswordProperty().set("Mine@2026");

        login.submit();

        assertThat(login.messageProperty().get()).isEqualTo("修改密码须连接中心库，目前无法连接");
        assertThat(session.clerk()).isEmpty();
        login.leavePasswordChange();
        assertThat(login.changingPasswordProperty().get()).isFalse();
    }

    @Test
    void signsInWithTheRightPassword() {
        login.connect(LoginViewModelTest::onlyWang);
        login.usernameProperty().set(" clerk01 ");
        login.passwordProperty().set("right");

        login.submit();

        assertThat(session.clerk()).contains(WANG);
        assertThat(login.passwordProperty().get()).isEmpty();
    }

    @Test
    void showsTheStoresReasonWhenSignInIsRefusedAndClearsThePassword() {
        login.connect(LoginViewModelTest::onlyWang);
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("wrong");

        login.submit();

        assertThat(session.clerk()).isEmpty();
        assertThat(login.messageProperty().get()).isEqualTo("工号或密码不正确，还可再试 3 次");
        assertThat(login.passwordProperty().get()).isEmpty();
    }

    @Test
    void asksForTheMissingFieldWithoutCheckingAnything() {
        login.connect((user, password) -> {
            throw new AssertionError("must not be checked");
        });

        login.submit();
        assertThat(login.messageProperty().get()).isEqualTo("请输入工号。");

        login.usernameProperty().set("clerk01");
        login.submit();
        assertThat(login.messageProperty().get()).isEqualTo("请输入密码。");
    }

    @Test
    void onlyTheClerkWhoLockedTheWindowUnlocksIt() {
        login.connect(LoginViewModelTest::onlyWang);
        session.signIn(WANG);
        session.lock();
        assertThat(login.usernameProperty().get()).isEqualTo("clerk01");

        login.usernameProperty().set("clerk02");
        login.passwordProperty().set("right");
        login.submit();
        assertThat(login.messageProperty().get()).contains("王敏").contains("只有本人");
        assertThat(session.lockedProperty().get()).isTrue();

        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("right");
        login.submit();
        assertThat(session.lockedProperty().get()).isFalse();
        assertThat(session.clerk()).contains(WANG);
    }

    @Test
    void aFailingCheckGivesACalmMessageAndAllowsAnotherTry() {
        login.connect((user, password) -> {
            throw new IllegalStateException("database is locked");
        });
        login.usernameProperty().set("clerk01");
        login.passwordProperty().set("right");

        login.submit();

        assertThat(login.messageProperty().get()).startsWith("登录时出现问题");
        assertThat(login.busyProperty().get()).isFalse();
    }
}

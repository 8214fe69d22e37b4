package org.onewindow.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.cases.CaseLine;

class HomeViewModelTest {

    @TempDir
    Path directory;
    private UiFixture fixture;
    private final Session session = new Session();

    @BeforeEach
    void cases() {
        fixture = UiFixture.at(directory, "2026-11-23T07:00:00Z");
        fixture.acceptedOn("2026-10-09T02:00:00Z", "欧阳娜娜", "110105194912310046");
        fixture.acceptedOn("2026-11-12T02:00:00Z", "周杰", "110105194912310046");
        fixture.acceptedOn("2026-11-23T01:00:00Z", "李四", "110105194912310046");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private HomeViewModel home() {
        HomeViewModel home = new HomeViewModel(fixture.workstation().cases(), fixture.workstation().documents(), session,
                fixture.workstation().calendar(),
                fixture.workstation().clock(), new CurrentThreadTaskExecutor(), Localization.chinese());
        home.refresh();
        return home;
    }

    @Test
    void listsTodaysCasesAndTheDeadlinesMostUrgentFirst() {
        session.signIn(UiFixture.CLERK);
        HomeViewModel home = home();

        assertThat(home.greetingProperty().get()).isEqualTo("王晓梅，下午好 · 2026年11月23日 星期一");
        assertThat(home.today()).extracting(CaseLine::applicant).containsExactly("李四");
        assertThat(home.deadlines()).extracting(CaseLine::applicant, CaseLine::urgency).containsExactly(
                org.assertj.core.groups.Tuple.tuple("欧阳娜娜", CaseLine.Urgency.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("周杰", CaseLine.Urgency.DUE_SOON));
        assertThat(home.deadlineSummaryProperty().get()).isEqualTo("已超期 1 件，3 个工作日内到期 1 件（最紧急的在前）");
    }

    @Test
    void warnsSupervisorsButNotClerksThatTheHolidayCalendarRunsOut() {
        session.signIn(UiFixture.CLERK);
        assertThat(home().coverageWarningProperty().get()).isEmpty();

        session.signIn(new User("super01", "李建国", Role.SUPERVISOR));
        assertThat(home().coverageWarningProperty().get()).contains("2026-12-31").contains("2027");
    }
}

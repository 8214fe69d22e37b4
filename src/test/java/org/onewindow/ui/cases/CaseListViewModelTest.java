package org.onewindow.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;

class CaseListViewModelTest {

    @TempDir
    Path directory;
    private UiFixture fixture;
    private CaseListViewModel list;

    @BeforeEach
    void cases() {
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        fixture.acceptedOn("2026-11-02T02:00:00Z", "欧阳娜娜", "110105194912310046");
        fixture.acceptedWithTolerance("张三丰", "11010519491231002X");
        list = new CaseListViewModel(fixture.workstation().cases(), fixture.workstation().clock(),
                new CurrentThreadTaskExecutor(), Localization.chinese());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void findsACaseByPartOfTheApplicantsIdNumber() {
        list.queryProperty().set("002X");
        list.search();

        assertThat(list.rows()).extracting(CaseLine::applicant).containsExactly("张三丰");
        assertThat(list.rows().get(0).idMasked()).isEqualTo("110105********002X");
    }

    @Test
    void narrowsByStatusAndByTheDaysReceived() {
        list.statusProperty().set(CaseStatus.ACCEPTED);
        list.receivedFromProperty().set(LocalDate.of(2026, 11, 1));
        list.receivedToProperty().set(LocalDate.of(2026, 11, 10));
        list.search();
        assertThat(list.rows()).extracting(CaseLine::applicant).containsExactly("欧阳娜娜");

        list.statusProperty().set(CaseStatus.REFUSED);
        list.search();
        assertThat(list.rows()).isEmpty();
        assertThat(list.messageProperty().get()).startsWith("没有符合条件的办件");
    }

    @Test
    void refusesARangeThatEndsBeforeItBegins() {
        list.receivedFromProperty().set(LocalDate.of(2026, 11, 20));
        list.receivedToProperty().set(LocalDate.of(2026, 11, 1));
        list.search();

        assertThat(list.messageProperty().get()).isEqualTo("开始日期不能晚于结束日期。");
    }

    @Test
    void pagesThroughMoreCasesThanFitOnOnePage() {
        for (int i = 0; i < CaseListViewModel.PAGE_SIZE; i++) {
            fixture.acceptedOn("2026-11-20T02:00:00Z", "申请人" + i, "110105194912310046");
        }
        list.search();
        assertThat(list.rows()).hasSize(CaseListViewModel.PAGE_SIZE);
        assertThat(list.hasMoreProperty().get()).isTrue();

        list.nextPage();
        assertThat(list.rows()).hasSize(2);
        assertThat(list.pageTextProperty().get()).isEqualTo("第 2 页");
        assertThat(list.hasMoreProperty().get()).isFalse();
    }

    @Test
    void aWholeCaseNumberWithAWrongCheckCharacterSaysSo() {
        String number = fixture.store().cases().find(org.onewindow.store.CaseFilter.ALL, 0, 1).rows().get(0).caseNumber();
        char last = number.charAt(number.length() - 1);
        list.queryProperty().set(number.substring(0, number.length() - 1) + (last == '0' ? '1' : '0'));
        list.search();

        assertThat(list.rows()).isEmpty();
        assertThat(list.messageProperty().get()).contains("校验");
    }
}

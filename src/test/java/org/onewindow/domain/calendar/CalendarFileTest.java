package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled calendar file's format, as its header documents it. */
class CalendarFileTest {

    private static CalendarFile.Contents read(String text) throws IOException {
        return CalendarFile.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsTheCoveredRangeAndTheListedDaysSkippingComments() throws IOException {
        CalendarFile.Contents contents = read("""
                # comment
                covers\t2026-01-01\t2026-12-31

                2026-10-01\toff\t国庆节
                2026-10-10\twork\t国庆节
                """);
        assertThat(contents.coveredFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(contents.coveredUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(contents.listedDays()).containsExactly(
                new DayOverride(LocalDate.of(2026, 10, 1), false, "国庆节"),
                new DayOverride(LocalDate.of(2026, 10, 10), true, "国庆节"));
    }

    @Test
    void namesTheLineOfAMalformedEntry() {
        assertThatThrownBy(() -> read("covers\t2026-01-01\t2026-12-31\n2026-10-01\tholiday\t国庆节\n"))
                .hasMessage("日历数据第 2 行有误：第二个字段应为 off 或 work");
        assertThatThrownBy(() -> read("covers\t2026-01-01\t2026-12-31\n2026-02-30\toff\tx\n"))
                .hasMessage("日历数据第 2 行有误：日期格式错误：2026-02-30");
        assertThatThrownBy(() -> read("covers 2026-01-01 2026-12-31\n"))
                .hasMessage("日历数据第 1 行有误：应为 3 个以制表符分隔的字段");
    }

    @Test
    void refusesAFileWithoutACoveredRange() {
        assertThatThrownBy(() -> read("2026-10-01\toff\t国庆节\n")).hasMessage("日历数据缺少覆盖范围（covers 行）");
    }

    @Test
    void refusesAListedDayOutsideTheCoveredRange() throws IOException {
        CalendarFile.Contents contents = read("covers\t2026-01-01\t2026-12-31\n2027-01-01\toff\t元旦\n");
        assertThatThrownBy(() -> WorkingCalendar.of(contents.coveredFrom(), contents.coveredUntil(), contents.listedDays()))
                .hasMessageContaining("超出日历数据覆盖范围");
    }
}

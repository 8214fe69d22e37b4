package org.onewindow.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.domain.calendar.DayOverride;

/**
 * A year's holiday notice in the form holiday-cn publishes it (the facts the project's bundled calendar is made
 * from: {@code {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}}), read into
 * the days the calendar lists: off, or a weekend worked (调休上班).
 */
public record HolidayNotice(int year, List<DayOverride> days) {

    public HolidayNotice {
        days = List.copyOf(days);
    }

    /** Reads the file's text; a malformed one is refused with a Chinese reason naming what is wrong. */
    public static HolidayNotice read(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("节假日安排文件不是有效的 JSON：" + e.getMessage(), e);
        }
        if (root == null || !root.path("year").canConvertToInt() || !root.path("days").isArray()) {
            throw new IllegalArgumentException("节假日安排文件应含 year（年份）和 days（日期列表）");
        }
        List<DayOverride> days = new ArrayList<>();
        for (JsonNode day : root.get("days")) {
            String date = day.path("date").asText("");
            if (!day.path("isOffDay").isBoolean()) {
                throw new IllegalArgumentException("日期 " + date + " 缺少 isOffDay（是否放假）");
            }
            try {
                days.add(new DayOverride(LocalDate.parse(date), !day.get("isOffDay").booleanValue(),
                        day.path("name").asText("")));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("日期“" + date + "”无效，应为 YYYY-MM-DD");
            }
        }
        return new HolidayNotice(root.get("year").intValue(), days);
    }
}

package org.onewindow.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled calendar file ({@code resources/calendar/holidays-cn.tsv}); its header
 * describes the format. A malformed file is a build defect, so it fails loudly with the line number.
 */
final class CalendarFile {

    static final String RESOURCE = "/calendar/holidays-cn.tsv";

    private CalendarFile() {
    }

    /** The range the published data covers and the listed days, in file order. */
    record Contents(LocalDate coveredFrom, LocalDate coveredUntil, List<DayOverride> listedDays) {
    }

    static Contents readBundled() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("日历数据缺失：" + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取日历数据 " + RESOURCE, e);
        }
    }

    static Contents read(BufferedReader reader) throws IOException {
        LocalDate from = null;
        LocalDate until = null;
        List<DayOverride> days = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw malformed(number, "应为 3 个以制表符分隔的字段");
            }
            if (fields[0].equals("covers")) {
                if (from != null) {
                    throw malformed(number, "covers 只能出现一次");
                }
                from = date(fields[1], number);
                until = date(fields[2], number);
                if (until.isBefore(from)) {
                    throw malformed(number, "覆盖范围的结束日期早于开始日期");
                }
            } else {
                boolean working = switch (fields[1]) {
                    case "work" -> true;
                    case "off" -> false;
                    default -> throw malformed(number, "第二个字段应为 off 或 work");
                };
                days.add(new DayOverride(date(fields[0], number), working, fields[2]));
            }
        }
        if (from == null) {
            throw new IllegalStateException("日历数据缺少覆盖范围（covers 行）");
        }
        return new Contents(from, until, List.copyOf(days));
    }

    private static LocalDate date(String text, int line) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(line, "日期格式错误：" + text);
        }
    }

    private static IllegalStateException malformed(int line, String problem) {
        return new IllegalStateException("日历数据第 " + line + " 行有误：" + problem);
    }
}

package org.onewindow.domain.caselog;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an event read from another party may enter a log (事件校验): the rules every reader folds with, checked
 * where an event crosses a trust boundary — the centre on push, a window on pull — so that no stored event can stop
 * a fold (DESIGN decision 8). An event is refused when its times lie outside what the calendar and the clocks allow,
 * its fields are larger or stranger than any window writes, or its case number is not a well-formed one. Payload
 * fields are walked by their types, so a new event type is checked as soon as it exists; rules of one type only
 * (the case number of an opening, what a step after acceptance says: {@link AfterAcceptanceRules#payloadProblem})
 * are named here.
 */
public final class EventValidation {

    /** No window recorded anything before the first day the working-day calendar covers. */
    public static final Instant EARLIEST = LocalDate.of(2020, 1, 1).atStartOfDay(CaseFold.ZONE).toInstant();
    /** The last day a case number can carry ({@link CaseNumber}: yyMMdd of this century). */
    public static final LocalDate LATEST_DAY = LocalDate.of(2099, 12, 31);
    /** How far a device's clock may run ahead of the centre's before its events are refused as from the future. */
    public static final Duration CENTRE_CLOCK_TOLERANCE = Duration.ofMinutes(10);
    /** At a window, which cannot tell whether its own clock or the other device's is wrong, a day. */
    public static final Duration WINDOW_CLOCK_TOLERANCE = Duration.ofDays(1);
    /** The longest text any field of an event may hold; a reason or a note is a few sentences. */
    public static final int MAX_TEXT = 2_000;
    /** The most entries a list of an event may hold (materials of a bundle, items, deficiencies). */
    public static final int MAX_LIST = 300;
    /** An HLC counter beyond five digits would sort wrongly in its encoded form ({@link Hlc#encode}). */
    static final int MAX_HLC_COUNTER = 99_999;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HASH = Pattern.compile("([0-9a-f]{64})?");
    private static final int MAX_DEPTH = 6;

    private EventValidation() {
    }

    /**
     * Why {@code event} may not be taken in, one sentence each for the person at the window; empty when it may.
     *
     * @param now       the reader's clock
     * @param tolerance how far ahead of {@code now} an event's times may lie
     */
    public static List<String> problems(CaseEvent event, Instant now, Duration tolerance) {
        List<String> problems = new ArrayList<>();
        Instant latest = now.plus(tolerance);
        if (event.deviceSeq() < 1) {
            problems.add("设备序号应为正整数，实际为 " + event.deviceSeq());
        }
        if (!ID.matcher(event.deviceId()).matches()) {
            problems.add("设备标识格式不正确");
        }
        if (!ID.matcher(event.actor()).matches()) {
            problems.add("操作人标识格式不正确");
        }
        if (!HASH.matcher(event.previousHash()).matches()) {
            problems.add("前一事件哈希（previousHash）格式不正确");
        }
        Instant recorded = event.recordedAt();
        if (recorded.isBefore(EARLIEST) || recorded.isAfter(latest)) {
            problems.add("记录时间 " + shown(recorded) + " 超出允许范围（不早于 2020 年，不晚于接收方时钟 "
                    + tolerance.toMinutes() + " 分钟之后），请校正本机时钟");
        }
        Hlc hlc = event.hlc();
        if (hlc.wallMillis() < EARLIEST.toEpochMilli() || hlc.wallMillis() > latest.toEpochMilli()) {
            problems.add("时间戳（HLC）" + shownMillis(hlc.wallMillis()) + " 超出允许范围（不早于 2020 年，不晚于接收方时钟 "
                    + tolerance.toMinutes() + " 分钟之后），请校正本机时钟");
        }
        if (hlc.counter() < 0 || hlc.counter() > MAX_HLC_COUNTER) {
            problems.add("时间戳计数 " + hlc.counter() + " 超出范围");
        }
        if (!hlc.node().equals(event.deviceId())) {
            problems.add("时间戳的设备与事件的设备不一致");
        }
        walk("payload", event.payload(), problems, 0);
        if (event.payload() instanceof EventPayload.Opening opening) {
            caseNumberProblem(opening.caseNumber()).ifPresent(problems::add);
        }
        if (event.payload() instanceof EventPayload.AfterAcceptanceStep step) {
            // what a step after acceptance says on its own, by the rule the window records it with (decision record 0033)
            AfterAcceptanceRules.payloadProblem(step).ifPresent(problems::add);
        }
        return problems;
    }

    /** Why {@code text} is not a case number as windows issue it (canonical form, valid check character). */
    public static java.util.Optional<String> caseNumberProblem(String text) {
        try {
            CaseNumber number = CaseNumber.parse(text);
            if (!number.text().equals(text)) {
                return java.util.Optional.of("受理编号“" + text + "”不是规范写法（应为 " + number.text() + "）");
            }
            return java.util.Optional.empty();
        } catch (org.onewindow.domain.Problem.InvalidInput e) {
            return java.util.Optional.of(e.getMessage());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("受理编号“" + text + "”不合法");
        }
    }

    private static void walk(String path, Object value, List<String> problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            text(path, text, problems);
        } else if (value instanceof LocalDate day) {
            if (day.isBefore(LocalDate.of(2020, 1, 1)) || day.isAfter(LATEST_DAY)) {
                problems.add("字段 " + path + " 的日期 " + day + " 超出允许范围（2020 年至 2099 年）");
            }
        } else if (value instanceof Instant instant) {
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST_DAY.atStartOfDay(CaseFold.ZONE).toInstant())) {
                problems.add("字段 " + path + " 的时刻超出允许范围");
            }
        } else if (value instanceof BigDecimal amount) {
            if (amount.signum() < 0 || amount.precision() > 15 || amount.scale() > 2) {
                problems.add("字段 " + path + " 的金额 " + amount.toPlainString() + " 不合法（不得为负，最多两位小数）");
            }
        } else if (value instanceof Collection<?> list) {
            if (list.size() > MAX_LIST) {
                problems.add("字段 " + path + " 的条目过多（" + list.size() + " 条，最多 " + MAX_LIST + " 条）");
                return;
            }
            int index = 0;
            for (Object element : list) {
                walk(path + "[" + index++ + "]", element, problems, depth + 1);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(path + "." + component.getName(), component.getAccessor().invoke(record), problems, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a record's accessor is public", e);
                }
            }
        }
    }

    /** Any character the canonical form can carry folds; only the length is bounded (it is stored and sent everywhere). */
    private static void text(String path, String text, List<String> problems) {
        if (text.length() > MAX_TEXT) {
            problems.add("字段 " + path + " 过长（" + text.length() + " 字，最多 " + MAX_TEXT + " 字）");
        }
    }

    private static String shown(Instant instant) {
        return instant.toString();
    }

    private static String shownMillis(long millis) {
        try {
            return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toString();
        } catch (RuntimeException e) {
            return Long.toString(millis);
        }
    }
}

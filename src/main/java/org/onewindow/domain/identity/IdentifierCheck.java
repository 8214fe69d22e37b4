package org.onewindow.domain.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onewindow.domain.staff.Role;

/**
 * What checking an identifier found: the verdict, the value in its standard form (upper case, 15-digit
 * numbers upgraded to 18) and every problem and warning in plain Chinese, one line per distinct way
 * the value is wrong, so the clerk can tell the applicant all of it at once.
 *
 * @param normalized the standard form when valid; the cleaned-up input otherwise
 * @param problems   why it cannot be accepted; empty when {@link Verdict#accepted()}
 * @param warnings   worth a second look but no obstacle (unknown address code, converted old number)
 * @param override   the supervisor's acceptance when the verdict is {@link Verdict#OVERRIDDEN}, else null
 * @param number     the number as its value type when it is well formed (also a code whose only fault is
 *                   its check character); null otherwise, and for a phone number, which is not one
 */
public record IdentifierCheck(Verdict verdict, String normalized, List<String> problems, List<String> warnings,
        ChecksumOverride override, IdNumber number) {

    public IdentifierCheck {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(normalized, "normalized");
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((verdict == Verdict.OVERRIDDEN) != (override != null)) {
            throw new IllegalArgumentException("an override goes with, and only with, the OVERRIDDEN verdict");
        }
        if (number != null && !number.text().equals(normalized)) {
            throw new IllegalArgumentException("the number's text is the normalized form");
        }
    }

    /** Whether the identifier may be recorded on a case. */
    public boolean valid() {
        return verdict.accepted();
    }

    /** The number that may be recorded on a case; empty when it may not (or the value is a phone number). */
    public Optional<IdNumber> acceptedNumber() {
        return valid() ? Optional.ofNullable(number) : Optional.empty();
    }

    /**
     * Accepts a code whose only fault is its check character, on a supervisor's responsibility
     * (试点地区早期代码). Refused for anyone but a supervisor and for any other kind of fault.
     */
    public IdentifierCheck overrideChecksum(Role role, ChecksumOverride override) {
        if (verdict != Verdict.CHECKSUM_OVERRIDABLE) {
            throw new IllegalStateException("只有仅校验位不符的统一社会信用代码可以核准登记，此号码为：" + verdict.label());
        }
        if (!role.mayRecord(Role.SUPERVISOR)) {
            throw new IllegalArgumentException("校验位不符的代码须由窗口负责人核准登记，" + role.label() + "无此权限");
        }
        return new IdentifierCheck(Verdict.OVERRIDDEN, normalized, List.of(), warnings, override, number);
    }
}

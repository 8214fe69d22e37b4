package org.onewindow.ui.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * The states a clerk may pick for one material, each on its own key (Alt+1 … Alt+8), so that
 * the checklist offers only what the catalog allows for that material: a material not flagged
 * 容缺 cannot be tolerated, one with no electronic licence cannot be fetched.
 */
public enum MaterialStateChoice {
    PRESENTED_ORIGINAL(MaterialStatus.PRESENTED_ORIGINAL, 1),
    PRESENTED_COPY(MaterialStatus.PRESENTED_COPY, 2),
    MISSING(MaterialStatus.MISSING, 3),
    DEFECTIVE(MaterialStatus.DEFECTIVE, 4),
    TOLERATED(MaterialStatus.TOLERATED, 5),
    COMMITMENT(MaterialStatus.COMMITMENT, 6),
    ELECTRONIC_LICENCE(MaterialStatus.ELECTRONIC_LICENCE, 7),
    EARLIER_CASE(MaterialStatus.EARLIER_CASE, 8);

    private final MaterialStatus status;
    private final int digit;

    MaterialStateChoice(MaterialStatus status, int digit) {
        this.status = status;
        this.digit = digit;
    }

    public MaterialStatus status() {
        return status;
    }

    /** The digit that, with Alt, picks this state. */
    public int digit() {
        return digit;
    }

    public static int digitOf(MaterialStatus status) {
        for (MaterialStateChoice choice : values()) {
            if (choice.status == status) {
                return choice.digit;
            }
        }
        throw new IllegalArgumentException("no key for " + status);
    }

    public static Optional<MaterialStatus> forDigit(int number) {
        for (MaterialStateChoice choice : values()) {
            if (choice.digit == number) {
                return Optional.of(choice.status);
            }
        }
        return Optional.empty();
    }

    /** The statuses this material may take, in key order. */
    public static List<MaterialStatus> allowedFor(MaterialRequirement material) {
        List<MaterialStatus> allowed = new ArrayList<>();
        for (MaterialStateChoice choice : values()) {
            if (allows(material, choice.status)) {
                allowed.add(choice.status);
            }
        }
        return allowed;
    }

    public static boolean allows(MaterialRequirement material, MaterialStatus status) {
        MaterialForm form = material.form();
        return switch (status) {
            case PRESENTED_ORIGINAL -> form != MaterialForm.COPY;
            case PRESENTED_COPY -> form == MaterialForm.COPY || form == MaterialForm.ORIGINAL_AND_COPY;
            case MISSING, DEFECTIVE -> true;
            case TOLERATED -> material.tolerable();
            case COMMITMENT -> material.commitmentAllowed();
            case ELECTRONIC_LICENCE -> material.obtainableFromElectronicLicence();
            case EARLIER_CASE -> material.reusableFromEarlierCase();
            case NOT_CHECKED -> false;
        };
    }
}

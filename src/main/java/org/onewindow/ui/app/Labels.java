package org.onewindow.ui.app;

import java.util.List;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Custody;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.Role;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.PrinterRole;

/**
 * The window's names for the domain's fixed values (statuses, decisions, roles, document kinds …) in the window's
 * language: {@code label.<Enum>.<CONSTANT>} in the {@code labels} bundle. The domain's own labels stay the legal
 * Chinese terms the documents print; the window shows these.
 */
public final class Labels {

    /** Every enum the window names; {@code LocalizationTest} holds a text for each constant in both languages. */
    public static final List<Class<? extends Enum<?>>> NAMED = List.of(CaseStatus.class, DecisionKind.class, Role.class,
            DocumentKind.class, MaterialStatus.class, IdKind.class, ApplicantType.class, RefusalGround.class,
            MaterialForm.class, EventType.class, PrinterRole.class, Site.Kind.class, Custody.Stage.class,
            Authorisation.Method.class, org.onewindow.domain.caselog.BackOfficeStage.class,
            org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity.class,
            org.onewindow.domain.caselog.AfterAcceptance.MailPurpose.class,
            org.onewindow.domain.caselog.AfterAcceptance.MailState.class);

    private final Localization texts;

    public Labels(Localization texts) {
        this.texts = texts;
    }

    /** The name of any of the {@link #NAMED} values. */
    public String of(Enum<?> value) {
        return texts.get(key(value));
    }

    /** A document kind as the archive and the print events name it (e.g. {@code RECEIPT}); unknown codes as they are. */
    public String documentKind(String code) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(code)) {
                return of(kind);
            }
        }
        return code;
    }

    /** {@code label.CaseStatus.ACCEPTED}; an enum nested in a class is named with it: {@code label.SiteKind.VILLAGE_POINT}. */
    public static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
        return "label." + name + "." + value.name();
    }
}

package org.onewindow.ui.intake;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * ControlsFX's validation marks on the applicant's fields, bound to the view-model's problem texts: a field with a
 * problem carries the error mark with the problem as its tooltip, besides the line of text beneath it. The view-model
 * decides what is a problem (and when an empty field becomes one); this only shows it on the field.
 */
final class FieldProblems {

    private final ValidationSupport support = new ValidationSupport();

    FieldProblems() {
        support.setValidationDecorator(new GraphicValidationDecoration());
    }

    /** Marks {@code field} whenever {@code problem} says something. */
    FieldProblems watch(Control field, ObservableStringValue problem) {
        support.registerValidator(field, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, problem.get(), !problem.get().isEmpty()));
        // the problem may change without the field (the clerk tried to go on with it empty)
        problem.addListener((o, before, now) -> support.revalidate(field));
        return this;
    }

    ValidationSupport support() {
        return support;
    }
}

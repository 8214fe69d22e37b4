package org.onewindow.ui.cases;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.onewindow.ui.app.Localization;

/** The columns and keys shared by every list of cases: Enter or a double click opens the case. */
public final class CaseTable {

    private CaseTable() {
    }

    public static void configure(TableView<CaseLine> table, Localization texts, Consumer<UUID> open) {
        // case and ID numbers are never cut: they keep their whole width and the items' names give way
        table.getColumns().setAll(
                fixed(column(texts.get("cases.column.caseNumber"), CaseLine::caseNumber, 205)),
                column(texts.get("cases.column.applicant"), CaseLine::applicant, 90),
                fixed(column(texts.get("cases.column.idNumber"), CaseLine::idMasked, 175)),
                column(texts.get("cases.column.items"), CaseLine::items, 200),
                column(texts.get("cases.column.status"), CaseLine::status, 130),
                fixed(column(texts.get("cases.column.receivedOn"), CaseLine::receivedOn, 104)),
                column(texts.get("cases.column.due"), CaseLine::due, 190));
        table.getColumns().get(1).setMinWidth(70);
        table.getColumns().get(3).setMinWidth(110);
        table.getColumns().get(4).setMinWidth(90);
        table.getColumns().get(6).setMinWidth(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(texts.get("cases.none")));
        table.setRowFactory(view -> {
            TableRow<CaseLine> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseLine line, boolean empty) {
                    super.updateItem(line, empty);
                    getStyleClass().removeAll("overdue", "due-soon");
                    if (!empty && line != null && line.urgency() != CaseLine.Urgency.NONE) {
                        getStyleClass().add(line.urgency() == CaseLine.Urgency.OVERDUE ? "overdue" : "due-soon");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().caseId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            CaseLine selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                open.accept(selected.caseId());
            }
        });
    }

    /** A column that keeps its width: a number cut short is a wrong number. */
    public static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A read-only text column, not sortable (lists come in the order that matters: urgency, time). */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}

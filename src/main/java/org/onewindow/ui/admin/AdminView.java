package org.onewindow.ui.admin;

import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/**
 * The administrator's home (系统管理): the sections that set a hall up without the command line, one list on the left,
 * the chosen section on the right. ↑/↓ choose a section, Tab goes into it. Each section is a screen of its own, made
 * when first chosen; a new section (the users screen, for one) is one more entry in the list the composition root
 * hands in.
 */
public final class AdminView implements Screen {

    /** One entry of the list: its title and how to make its screen. */
    public record Section(String id, String title, Supplier<Screen> make) {
    }

    private final List<Section> sections;
    private final Localization texts;
    private final Parent root;
    private final Screen[] made;

    @FXML private ListView<Section> sectionList;
    @FXML private StackPane sectionContent;

    public AdminView(List<Section> sections, ViewLoader loader) {
        this.sections = List.copyOf(sections);
        this.made = new Screen[sections.size()];
        this.texts = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        sectionList.getItems().setAll(sections);
        sectionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
                setId(empty || section == null ? null : "section-" + section.id());
            }
        });
        sectionList.getSelectionModel().selectedIndexProperty().addListener((o, before, index) -> show(index.intValue()));
    }

    private void show(int index) {
        if (index < 0) {
            return;
        }
        if (made[index] == null) {
            made[index] = sections.get(index).make().get();
        }
        sectionContent.getChildren().setAll(made[index].root());
        made[index].shown();
        sectionList.requestFocus();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("admin.title");
    }

    @Override
    public void shown() {
        if (sectionList.getSelectionModel().isEmpty()) {
            sectionList.getSelectionModel().selectFirst();
        } else {
            made[sectionList.getSelectionModel().getSelectedIndex()].shown();
        }
        sectionList.requestFocus();
    }
}

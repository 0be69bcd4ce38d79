package app.retention.ui.segments;

import javafx.collections.ListChangeListener;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * "Who comes first on the call list" as one radio button per choice, each label wrapped in the builder's narrow
 * column (a combo box cut the campaign's name off): bound to a {@link RankingChoiceViewModel}.
 */
final class RankingChoiceView {

    private RankingChoiceView() {
    }

    static void bind(VBox box, RankingChoiceViewModel model) {
        ToggleGroup group = new ToggleGroup();
        Runnable rebuild = () -> {
            box.getChildren().clear();
            group.getToggles().clear();
            for (RankingChoiceViewModel.Option option : model.options()) {
                RadioButton radio = new RadioButton(option.label());
                radio.setWrapText(true);
                radio.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                radio.setUserData(option);
                radio.setToggleGroup(group);
                radio.setSelected(option.equals(model.chosenProperty().get()));
                box.getChildren().add(radio);
            }
        };
        model.options().addListener((ListChangeListener<RankingChoiceViewModel.Option>) change -> rebuild.run());
        rebuild.run();
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.chosenProperty().set((RankingChoiceViewModel.Option) now.getUserData());
            }
        });
        model.chosenProperty().addListener((obs, was, now) -> {
            for (Toggle t : group.getToggles()) {
                if (t.getUserData().equals(now) && !t.isSelected()) {
                    t.setSelected(true);
                }
            }
        });
    }
}

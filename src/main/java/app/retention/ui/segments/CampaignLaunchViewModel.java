package app.retention.ui.segments;

import app.retention.campaign.CampaignRequest;
import app.retention.error.WorkbenchException;
import app.retention.segment.CampaignEconomics;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Launch as a campaign" on the Export tab (issue 15): whether the list being exported also launches a campaign, and
 * what the campaign is (name, channel, offer, first day), as {@code export calllist --campaign} and
 * {@code campaign create --channel --offer --start} take them. The customers written are its contacted arm, the
 * segment's control group its control arm.
 */
public final class CampaignLaunchViewModel {

    /** Channels offered; any other can be typed. */
    public static final List<String> CHANNELS = List.of("call", "e-mail", "push", "SMS", "WhatsApp");

    private final BooleanProperty launch = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty(CHANNELS.get(0));
    private final StringProperty offer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyStringWrapper launched = new ReadOnlyStringWrapper("");
    private final ObservableList<String> channels = FXCollections.observableArrayList(CHANNELS);
    private final BooleanProperty withRule = new SimpleBooleanProperty(false);
    private final StringProperty rule = new SimpleStringProperty("");
    private final ObservableList<String> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ruleHoldOut = new ReadOnlyStringWrapper("");
    private String proposedName = "";
    private Consumer<String> openCampaign = campaign -> { };

    /** "high risk 2026-11-29": a name proposed from the segment, until the user types one. */
    void proposeFor(String segment) {
        if (name.get().isBlank() || name.get().equals(proposedName)) {
            proposedName = segment + " " + LocalDate.now();
            name.set(proposedName);
        }
    }

    /** The name of the campaign to launch with an export of this kind, or null when none is to be launched. */
    String nameToLaunch(boolean list) {
        return launch.get() && list ? name.get() : null;
    }

    /**
     * What the campaign is to be: blank words are left out (the campaign then says nothing of them) and no first day
     * means today, as in the CLI. With {@code callList} and "Also call a group picked by our usual rule", the
     * campaign has the rule's group too.
     *
     * @throws WorkbenchException when the rule's group is asked for without a rule
     */
    CampaignRequest request(String campaign, String segment, int capacity, CampaignEconomics economics, String goal,
                            boolean callList) {
        boolean ruled = withRule.get() && callList; // only a call list can hold both groups' calls
        if (ruled && (rule.get() == null || rule.get().isBlank())) {
            throw new WorkbenchException("Choose or type the rule that picks the second group to call (e.g. "
                    + "days_since_last_order >= 46 OR complaint = Yes), or untick \"Also call a group picked by our "
                    + "usual rule\".");
        }
        return new CampaignRequest(campaign, segment, capacity, economics, blankToNull(goal), blankToNull(channel.get()),
                blankToNull(offer.get()), start.get() == null ? LocalDate.now() : start.get(), null, null,
                ruled ? blankToNull(rule.get()) : null);
    }

    /**
     * The team's usual rules for a second contacted group (model vs rule, as {@code campaign create --rule}), and the
     * segment's control share its hold-out takes. The first rule is chosen unless the chosen one is still offered.
     */
    void offerRules(List<String> offered, double controlShare) {
        rules.setAll(offered);
        if (!offered.contains(rule.get())) {
            rule.set(offered.isEmpty() ? "" : offered.get(0));
        }
        ruleHoldOut.set(String.format(java.util.Locale.ENGLISH, "The segment is split in two random halves: the "
                + "model picks the calls in one, the rule in the other, as many each; each keeps %.0f%% of its "
                + "customers uncalled to compare with.", 100 * controlShare));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** After an export launched {@code campaign}: it is named for "Open campaign", and the box is unticked. */
    void launched(String campaign) {
        launched.set(campaign);
        launch.set(false);
    }

    /** Before an export: no campaign launched by it yet. */
    void clearLaunched() {
        launched.set("");
    }

    /**
     * When ticked, exporting a call list or segment list also launches a campaign of {@link #nameProperty()}. A taken
     * name is refused before the list is written.
     */
    public BooleanProperty launchProperty() {
        return launch;
    }

    /** The campaign's name; proposed from the segment and today's date. */
    public StringProperty nameProperty() {
        return name;
    }

    /** How customers are contacted; "call" unless changed. A call is what helps a customer with an open complaint. */
    public StringProperty channelProperty() {
        return channel;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    /** What is offered, e.g. "20% off the next order"; optional. */
    public StringProperty offerProperty() {
        return offer;
    }

    /** The campaign's first day: outcomes before it are refused. Today unless changed. */
    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    /**
     * "Also call a group picked by our usual rule": the campaign gets a second contacted arm the rule picks, with its
     * own hold-out, so its readout says whether the model beat the rule for the same budget.
     */
    public BooleanProperty withRuleProperty() {
        return withRule;
    }

    /** The rule of the second group, as a segment filter reads ("days_since_last_order > 45 OR complaint = Yes"). */
    public StringProperty ruleProperty() {
        return rule;
    }

    /** The rules offered: rule baselines trained on the segment's dataset, and the sample's rule when it applies. */
    public ObservableList<String> rules() {
        return rules;
    }

    /** What the rule's group holds out, in words. */
    public ReadOnlyStringProperty ruleHoldOutProperty() {
        return ruleHoldOut.getReadOnlyProperty();
    }

    /** The campaign the last export launched; empty when it launched none. */
    public ReadOnlyStringProperty launchedProperty() {
        return launched.getReadOnlyProperty();
    }

    /** What "Open campaign" does: the main window shows the Campaigns screen on that campaign. */
    public void onOpenCampaign(Consumer<String> action) {
        this.openCampaign = action;
    }

    /** Opens the campaign the last export launched on the Campaigns screen. */
    public void openLaunched() {
        if (!launched.get().isEmpty()) {
            openCampaign.accept(launched.get());
        }
    }
}

package app.retention.ui.customer;

import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.CustomerCard;
import app.retention.usecase.CustomerCards;
import app.retention.usecase.InServiceException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The customer card (issue 16), for the customer-success manager about to call: found by customer id, or by name or
 * e-mail only while personal data is shown (the Data screen's "Show personal data"); read in the background, the
 * same {@link CustomerCards} the CLI's {@code customer} calls, and shown as lines of plain words.
 */
public final class CustomerCardViewModel {

    /** One line of the card: a heading, a fact, or a reason under it. */
    public record Line(Kind kind, String text) {
    }

    /** How a line is shown. */
    public enum Kind { HEADING, FACT, DETAIL }

    private final CustomerCards cards;
    private final LatestRequest reading;
    private final BooleanProperty personalDataShown = new SimpleBooleanProperty(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerCards.Match> matches = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CustomerCardViewModel(CustomerCards cards, BackgroundTasks tasks) {
        this.cards = cards;
        this.reading = new LatestRequest(tasks);
    }

    /** What a search found: a card, or several customers to pick from. */
    private record Found(CustomerCard card, List<CustomerCards.Match> matches) {
    }

    /**
     * Looks the text up as a customer id; when no customer has that id and personal data is shown, as part of an
     * e-mail (with an @) or a name. One customer found shows their card; several are listed to pick from.
     */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            message.set(personalDataShown.get() ? "Type a customer id, a name or an e-mail."
                    : "Type a customer id.");
            return;
        }
        boolean shown = personalDataShown.get();
        read("Finding customer " + text, ctx -> find(text, shown));
    }

    private Found find(String text, boolean shown) {
        try {
            return new Found(cards.card(text, null), List.of());
        } catch (InServiceException noSuchId) {
            if (!shown) {
                throw new InServiceException(noSuchId.getMessage() + " To search by name or e-mail, tick \"Show "
                        + "personal data\" on the Data screen first.");
            }
            CustomerCards.SearchBy by = text.contains("@") ? CustomerCards.SearchBy.EMAIL : CustomerCards.SearchBy.NAME;
            List<CustomerCards.Match> found = cards.search(text, by, true);
            if (found.isEmpty()) {
                throw new InServiceException("No customer has the id `" + text + "`, and no customer's " + by.words()
                        + " contains it.");
            }
            return found.size() == 1 ? new Found(cards.card(found.get(0).customer(), null), found)
                    : new Found(null, found);
        }
    }

    /** Shows the card of the customer with this id (a call list's row, a match picked). */
    public void open(String customerId) {
        query.set(customerId);
        read("Reading customer " + customerId, ctx -> new Found(cards.card(customerId, null), List.of()));
    }

    private void read(String title, app.retention.task.Work<Found> work) {
        busy.set(true);
        message.set("");
        reading.submit(title, work, found -> {
            if (found.card() == null) {
                matches.setAll(found.matches());
                card.set(null);
                lines.clear();
                message.set(found.matches().size() + (found.matches().size() == CustomerCards.MAX_MATCHES
                        ? " or more" : "") + " customers found: pick one.");
            } else {
                if (found.matches().size() != 1) {
                    matches.clear();
                }
                card.set(found.card());
                lines.setAll(lines(found.card()));
            }
        }, failure -> {
            card.set(null);
            lines.clear();
            message.set(failure.getMessage());
        }, () -> busy.set(reading.isRunning()));
    }

    /** The card in plain words: each snapshot with each scoring, its reasons and segments; then the campaigns. */
    static List<Line> lines(CustomerCard card) {
        List<Line> out = new ArrayList<>();
        for (CustomerCard.Snapshot s : card.snapshots()) {
            out.add(new Line(Kind.HEADING, s.dataset() + (s.outcome() == null ? "" : " · " + s.outcome())));
            if (s.scorings().isEmpty()) {
                out.add(new Line(Kind.FACT, "Not scored."));
            }
            for (CustomerCard.Scoring sc : s.scorings()) {
                out.add(new Line(Kind.FACT, String.format(Locale.ROOT, "%s risk band, churn probability %.0f%% "
                        + "(model %d, %s; scored %s)", sc.band(), 100 * sc.probability(), sc.model(),
                        app.retention.ui.segments.ModelChoice.learnerLabel(sc.learner()),
                        sc.scoredAt().length() > 10 ? sc.scoredAt().substring(0, 10) : sc.scoredAt())));
                sc.reasons().forEach(r -> out.add(new Line(Kind.DETAIL, "· " + r)));
                if (!sc.segments().isEmpty()) {
                    out.add(new Line(Kind.DETAIL, "In segments: " + sc.segments().stream().map(g -> g.name()
                            + (g.control() ? " (held out: control group)" : "")).collect(Collectors.joining(", "))));
                }
            }
        }
        if (!card.campaigns().isEmpty()) {
            out.add(new Line(Kind.HEADING, "Campaigns"));
        }
        for (CustomerCard.Campaign c : card.campaigns()) {
            out.add(new Line(Kind.FACT, String.format(Locale.ROOT, "%s (%s): %s group, %s band at the start "
                    + "(churn probability %.0f%%); %s", c.name(), c.status().replace('_', ' '), c.arm(), c.band(), 100 * c.probability(),
                    c.churned() == null ? "no outcome yet" : (c.churned() ? "churned" : "stayed")
                            + (c.reached() == null ? "" : c.reached() ? ", reached" : ", not reached"))));
        }
        return out;
    }

    /** Bound to the Data screen's "Show personal data": a search by name or e-mail needs it. */
    public BooleanProperty personalDataShownProperty() {
        return personalDataShown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Customers found by name or e-mail. */
    public ObservableList<CustomerCards.Match> matches() {
        return matches;
    }

    /** The card shown, in lines. */
    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<CustomerCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** Why nothing is shown, or what to do next. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The hint under the search box. */
    public String hint() {
        return personalDataShown.get() ? "Customer id, or part of a name or e-mail"
                : "Customer id (names and e-mails need \"Show personal data\" on the Data screen)";
    }

}

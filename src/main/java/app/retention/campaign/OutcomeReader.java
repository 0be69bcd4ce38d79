package app.retention.campaign;

import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the rows of an outcomes file or dataset to a campaign's customers, checking as it goes: the id and churn
 * columns exist, each matched customer's values read (churned as Yes/No, 1/0, true/false, or a churn date; a blank
 * churn date means stayed), no customer twice, no churn date before the campaign started, and no labelled snapshot
 * whose churn window (the {@value #CHURN_WINDOW_DAYS} days after its {@code snapshot_date}) ended before it. Rows of
 * customers in no arm are refused (naming them) unless unknown customers are accepted. Nothing is stored here: the
 * caller stores the outcomes only once every row has passed.
 */
final class OutcomeReader {

    private static final List<String> ID_NAMES = List.of("customer_id", "customerid", "customer", "client_id",
            "account_id", "member_id", "id");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "sim", "si", "sí");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "não", "nao");
    private static final String SNAPSHOT = "snapshot_date";
    /** The days after a labelled snapshot's date its churn column speaks of. */
    static final int CHURN_WINDOW_DAYS = 30;
    private static final int NAMED = 5;

    /** Where a row is, for a message: "outcomes.csv, line 12" or "mcommerce_2026_10@1, row 12". */
    interface Place {
        String of(long line);
    }

    private final CampaignRecord campaign;
    private final Map<String, CampaignMember> members;
    private final OutcomeColumns columns;
    private final Place place;
    private final Map<String, CampaignOutcome> outcomes = new LinkedHashMap<>();
    private final Set<String> duplicates = new TreeSet<>();
    private final Set<String> unknown = new TreeSet<>();
    private long unknownRows;
    private int id = -1;
    private int churn = -1;
    private int reached = -1;
    private int revenue = -1;
    private int snapshot = -1;
    private List<String> header;

    OutcomeReader(CampaignRecord campaign, Map<String, CampaignMember> members, OutcomeColumns columns, Place place) {
        this.campaign = campaign;
        this.members = members;
        this.columns = columns;
        this.place = place;
    }

    /** Finds the columns; a missing id or churn column is refused, naming the columns there are. */
    void header(List<String> names) {
        this.header = List.copyOf(names);
        id = columns.id() != null ? require(columns.id(), "--id-column")
                : find(campaign.keyColumn() == null ? ID_NAMES : prepend(campaign.keyColumn()))
                .orElseThrow(() -> missing("customer id column (customer_id, id, …)", "--id-column"));
        churn = columns.churn() != null ? require(columns.churn(), "--churn-column")
                : startingWith("churn").orElseThrow(() -> missing("churn column (churned, churn_date, …)",
                "--churn-column"));
        reached = columns.reached() != null ? require(columns.reached(), "--reached-column")
                : find(List.of("reached")).orElse(-1);
        revenue = columns.revenue() != null ? require(columns.revenue(), "--revenue-column")
                : startingWith("revenue").orElse(-1);
        snapshot = find(List.of(SNAPSHOT)).orElse(-1);
    }

    /** Reads one row; values are text, or typed values of a dataset (Boolean, LocalDate, numbers). */
    void row(long line, List<?> values) {
        String key = text(value(values, id));
        if (key.isEmpty()) {
            throw new CampaignException(place.of(line) + ", column `" + header.get(id) + "`: the customer id is "
                    + "blank.");
        }
        CampaignMember member = members.get(key);
        if (member == null) {
            unknownRows++;
            if (unknown.size() < NAMED) {
                unknown.add(key);
            }
            return;
        }
        if (outcomes.containsKey(key)) {
            duplicates.add(key);
            return;
        }
        if (snapshot >= 0) {
            LocalDate date = date(value(values, snapshot));
            // a labelled snapshot's churn speaks of the month after its date: November's (30 November) tells who
            // left in December, so it reads a campaign that started on 1 December
            if (date != null && date.plusDays(CHURN_WINDOW_DAYS).isBefore(campaign.startDate())) {
                throw new CampaignException(place.of(line) + ": the outcomes describe " + date + " (`" + SNAPSHOT
                        + "`), before the campaign started on " + campaign.startDate() + ": its churn column speaks "
                        + "of the " + CHURN_WINDOW_DAYS + " days after that date, which ended before the start, so "
                        + "it cannot show what the campaign changed. Use a later snapshot.");
            }
        }
        Object churnValue = value(values, churn);
        boolean churned;
        LocalDate churnDate = null;
        String churnText = text(churnValue);
        if (churnValue instanceof Boolean b) {
            churned = b;
        } else if (YES.contains(churnText.toLowerCase(Locale.ROOT))) {
            churned = true;
        } else if (NO.contains(churnText.toLowerCase(Locale.ROOT))) {
            churned = false;
        } else if (churnText.isEmpty()) {
            if (!columnHoldsDates()) {
                throw new CampaignException(place.of(line) + ", column `" + header.get(churn) + "`: no outcome for "
                        + "customer " + key + " (the cell is blank); write Yes or No, or a churn date.");
            }
            churned = false;
        } else {
            churnDate = date(churnValue);
            if (churnDate == null) {
                throw new CampaignException(place.of(line) + ", column `" + header.get(churn) + "`: `" + churnText
                        + "` is not Yes/No, 1/0, true/false or a churn date (2026-12-15).");
            }
            if (churnDate.isBefore(campaign.startDate())) {
                throw new CampaignException(place.of(line) + ", column `" + header.get(churn) + "`: customer " + key
                        + " churned on " + churnDate + ", before the campaign started on " + campaign.startDate()
                        + "; these outcomes are not this campaign's.");
            }
            churned = true;
            sawDate = true;
        }
        Boolean wasReached = null;
        if (reached >= 0) {
            Object r = value(values, reached);
            String t = text(r).toLowerCase(Locale.ROOT);
            if (r instanceof Boolean b) {
                wasReached = b;
            } else if (YES.contains(t)) {
                wasReached = true;
            } else if (NO.contains(t)) {
                wasReached = false;
            } else if (!t.isEmpty()) {
                throw new CampaignException(place.of(line) + ", column `" + header.get(reached) + "`: `" + text(r)
                        + "` is not Yes/No, 1/0 or true/false.");
            }
        }
        Double money = null;
        if (revenue >= 0) {
            Object r = value(values, revenue);
            if (r instanceof Number n) {
                money = n.doubleValue();
            } else if (!text(r).isEmpty()) {
                try {
                    money = Double.parseDouble(text(r));
                } catch (NumberFormatException e) {
                    throw new CampaignException(place.of(line) + ", column `" + header.get(revenue) + "`: `"
                            + text(r) + "` is not a number (write 1234.50).");
                }
                if (!Double.isFinite(money)) {
                    throw new CampaignException(place.of(line) + ", column `" + header.get(revenue) + "`: `"
                            + text(r) + "` is not a finite amount.");
                }
            }
        }
        outcomes.put(key, new CampaignOutcome(key, churned, churnDate, wasReached, money));
    }

    private boolean sawDate;

    /** Whether blank churn cells mean "stayed": the column has held dates (a churn-date column). */
    private boolean columnHoldsDates() {
        return sawDate || header.get(churn).toLowerCase(Locale.ROOT).contains("date");
    }

    /**
     * The outcomes once every row is read: duplicates refused with their ids, unknown customers refused unless
     * accepted, no match at all refused.
     */
    List<CampaignOutcome> finish(String source) {
        if (!duplicates.isEmpty()) {
            throw new CampaignException(source + " has more than one outcome for " + duplicates.size()
                    + " customer" + (duplicates.size() == 1 ? "" : "s") + ": " + named(duplicates)
                    + ". Keep one row per customer; nothing was stored.");
        }
        if (outcomes.isEmpty()) {
            throw new CampaignException("No customer of " + source + " is in campaign " + campaign.name() + " (column `"
                    + header.get(id) + "` read as the id; the campaign's customers look like " + example()
                    + "). Name the id column with --id-column; nothing was stored.");
        }
        if (unknownRows > 0 && !columns.ignoreUnknown()) {
            throw new CampaignException(source + " has " + unknownRows + " row" + (unknownRows == 1 ? "" : "s")
                    + " of customers in no arm of campaign " + campaign.name() + " (" + named(unknown)
                    + (unknownRows > unknown.size() ? ", …" : "") + "). Check the file, or add --ignore-unknown to "
                    + "leave them aside; nothing was stored.");
        }
        return new ArrayList<>(outcomes.values());
    }

    /** Rows of customers in no arm. */
    long unknownRows() {
        return unknownRows;
    }

    private String example() {
        return members.keySet().stream().sorted().limit(2).map(k -> "`" + k + "`").reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }

    private static String named(Set<String> keys) {
        return String.join(", ", keys.stream().limit(10).toList()) + (keys.size() > 10 ? ", …" : "");
    }

    private List<String> prepend(String first) {
        List<String> names = new ArrayList<>(List.of(first));
        names.addAll(ID_NAMES);
        return names;
    }

    private java.util.Optional<Integer> find(List<String> wanted) {
        for (String w : wanted) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(w)) {
                    return java.util.Optional.of(i);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<Integer> startingWith(String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    private int require(String name, String option) {
        return find(List.of(name.strip())).orElseThrow(() -> new CampaignException("The outcomes have no column `"
                + name.strip() + "` (" + option + "). Columns: " + String.join(", ", header) + "."));
    }

    private CampaignException missing(String what, String option) {
        return new CampaignException("The outcomes have no " + what + ". Columns: " + String.join(", ", header)
                + ". Name it with " + option + "; nothing was stored.");
    }

    private static Object value(List<?> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A date: a stored date, ISO (2026-12-15, with or without a time) or day first (15/12/2026); else null. */
    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' || text.length() > 10
                    && text.charAt(10) == ' ' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, DAY_FIRST);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}

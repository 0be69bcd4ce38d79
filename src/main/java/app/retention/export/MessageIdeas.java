package app.retention.export;

import app.retention.segment.ReasonCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Message ideas derived from a segment's reasons to leave, keyed by the reason's column. The sample data's
 * columns have their own ideas; other datasets' columns are recognised by words in their names
 * ({@code DaySinceLastOrder}, {@code Complain}, {@code CouponUsed}), and anything else gets general ideas.
 */
public final class MessageIdeas {

    /** A theme and its messages, for columns whose normalised name contains one of {@code keys}. */
    private record Entry(List<String> keys, String theme, List<String> messages) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(List.of("dayssincelastorder", "sincelast", "lastorder", "recency"), "Long time since the last order",
                    List.of("\"We miss you\": free delivery on the next order, valid for 7 days",
                            "Reorder their usual items in one tap, with a reminder of what is back in stock")),
            new Entry(List.of("orders90d", "ordercount", "orders"), "Few recent orders",
                    List.of("A welcome-back coupon on the next order",
                            "Recommendations based on what they bought before")),
            new Entry(List.of("sessions30d", "session", "login", "visit", "hourspendonapp"), "Rarely opens the app",
                    List.of("What is new in the app this month, in one short message",
                            "A reminder of the items saved in their basket")),
            new Entry(List.of("complaint", "complain"), "Complained recently",
                    List.of("A personal apology and a direct line to a named agent",
                            "A follow-up call: was the problem solved? Offer a gesture once it is")),
            new Entry(List.of("supporttickets90d", "ticket", "support"), "Several support tickets",
                    List.of("Check their open tickets are closed before sending any offer",
                            "Priority support for the next 30 days")),
            new Entry(List.of("nps", "satisfaction", "csat"), "Low satisfaction (NPS)",
                    List.of("Ask what would make them recommend us, and reply with what changed",
                            "Show the improvements made since their last rating")),
            new Entry(List.of("couponsused90d", "coupon", "discount"), "Coupon use",
                    List.of("A targeted coupon for their usual category instead of a site-wide one",
                            "Loyalty points on the next order rather than a one-off discount")),
            new Entry(List.of("pushoptin", "push", "optin"), "Push notifications turned off",
                    List.of("Reach them by e-mail or SMS instead of push",
                            "Invite them to switch on alerts for price drops on saved items")),
            new Entry(List.of("loyaltytier", "loyalty", "tier"), "Low loyalty tier",
                    List.of("Show how close they are to the next tier and what it unlocks",
                            "Double points on the next order")),
            new Entry(List.of("paymentmethod", "payment"), "Payment method",
                    List.of("Remind them of faster ways to pay (Pix, a saved card)",
                            "Interest-free instalments on the next order")),
            new Entry(List.of("appversion", "version"), "Outdated app version",
                    List.of("Ask them to update the app, naming the fixes and features they are missing",
                            "An in-app message on first launch of the new version")),
            new Entry(List.of("avgbasket", "basket", "orderamount", "cashback"), "Basket size",
                    List.of("Free delivery above a basket threshold close to their usual spend",
                            "Bundles of items they often buy together")));

    private static final List<String> GENERAL = List.of("Remind them what they get from us, in one short message",
            "A personal check-in from customer success");

    private MessageIdeas() {
    }

    /** Ideas for the {@code max} most frequent reasons, in the same order. */
    public static List<MessageIdea> forReasons(List<ReasonCount> reasons, int max) {
        List<MessageIdea> out = new ArrayList<>();
        for (ReasonCount reason : reasons.subList(0, Math.min(max, reasons.size()))) {
            Entry entry = entry(reason.feature());
            out.add(entry == null ? new MessageIdea(reason.feature(), reason.label(), reason.customers(), GENERAL)
                    : new MessageIdea(reason.feature(), entry.theme(), reason.customers(), entry.messages()));
        }
        return out;
    }

    /** The reason's column as a heading ("Long time since the last order"), or the given fallback. */
    public static String theme(String feature, String fallback) {
        Entry entry = entry(feature);
        return entry == null ? fallback : entry.theme();
    }

    private static Entry entry(String feature) {
        String key = feature.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (Entry e : ENTRIES) {
            if (e.keys().get(0).equals(key)) {
                return e;
            }
        }
        for (Entry e : ENTRIES) {
            if (e.keys().stream().anyMatch(key::contains)) {
                return e;
            }
        }
        return null;
    }
}

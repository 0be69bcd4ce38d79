package app.retention.data.sample;

import app.retention.data.sample.Customer.Traits;
import app.retention.data.sample.RandomDraws.Weighted;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates customers and ages them by one month. Observable columns are drawn from hidden
 * {@link Traits} so they correlate the way real behaviour does (engaged customers open the app,
 * buy and answer surveys more).
 */
final class CustomerSimulator {

    static final LocalDate APP_LAUNCH = LocalDate.of(2019, 3, 1);
    static final String LATEST_APP_VERSION = "5.4.0";

    private static final List<Weighted<String>> APP_VERSIONS = List.of(
            new Weighted<>(LATEST_APP_VERSION, 42), new Weighted<>("5.3.2", 18), new Weighted<>("5.3.0", 10),
            new Weighted<>("5.2.1", 10), new Weighted<>("5.1.4", 8), new Weighted<>("5.0.2", 7),
            new Weighted<>("4.9.3", 5));
    private static final List<Weighted<String>> CHANNELS = List.of(
            new Weighted<>("organic", 30), new Weighted<>("paid_social", 22), new Weighted<>("search_ads", 18),
            new Weighted<>("referral", 12), new Weighted<>("marketplace", 10), new Weighted<>("influencer", 8));
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");
    /** Share of a steady-state base that signed up within the last month (matches monthly churn). */
    private static final double RECENT_SIGNUP_SHARE = 0.19;
    private static final int DAYS_IN_WINDOW = 90;

    /** Slugs of the few distinct names, cached because Normalizer and regex are slow per row. */
    private static final Map<String, String> ASCII_SLUGS = new ConcurrentHashMap<>();

    private final RandomDraws draws;

    CustomerSimulator(RandomDraws draws) {
        this.draws = draws;
    }

    /**
     * A customer as seen on {@code snapshot}; {@code signedUpLastMonth} forces a sign-up within
     * the 30 days before it (new arrivals between two snapshots).
     */
    Customer newCustomer(int number, LocalDate snapshot, boolean signedUpLastMonth) {
        Market market = draws.pick(Market.BY_SHARE);
        int tenure = signedUpLastMonth || draws.chance(RECENT_SIGNUP_SHARE)
                ? draws.uniformInt(0, 30) : olderTenure(snapshot);
        boolean newcomer = tenure <= 30;

        String firstName = draws.pickUniform(market.firstNames());
        String surname = draws.pickUniform(market.surnames());
        String secondSurname = draws.pickUniform(market.surnames());
        String fullName = firstName + " " + surname + (secondSurname.equals(surname) ? "" : " " + secondSurname) + " (demo)";
        String email = asciiSlug(firstName) + "." + asciiSlug(surname) + "." + number + "@" + draws.pickUniform(EMAIL_DOMAINS);

        String channel = draws.pick(CHANNELS);
        String os = draws.chance(market.androidShare()) ? "Android" : "iOS";
        double engagement = newcomer ? -0.2 + 1.1 * draws.gaussian() : draws.gaussian();
        // Recent sign-ups installed a recent build; engaged users auto-update more often.
        String appVersion = tenure < 60 ? (draws.chance(0.85) ? LATEST_APP_VERSION : "5.3.2")
                : engagement > 1.0 && draws.chance(0.5) ? LATEST_APP_VERSION : draws.pick(APP_VERSIONS);
        String payment = draws.pick(market.paymentMix());
        Traits traits = new Traits(engagement,
                RandomDraws.sigmoid(-1.1 + (Customer.isCashLikePayment(payment) ? 1.0 : 0.0) + 0.9 * draws.gaussian()),
                draws.gaussian(),
                draws.chance(0.07));

        int window = Math.min(DAYS_IN_WINDOW, tenure + 1);
        int orders = draws.poisson(ordersPer90Days(traits) * window / DAYS_IN_WINDOW);
        int recency;
        if (orders > 0) {
            recency = (int) (window * minOfUniforms(orders));
        } else if (tenure < DAYS_IN_WINDOW) {
            recency = tenure; // never ordered: counted from sign-up
        } else {
            recency = Math.min(tenure, DAYS_IN_WINDOW + (int) draws.exponential(60 + 100 * Math.max(0, -engagement)));
        }
        double basket = market.medianBasketBrl() * (os.equals("iOS") ? 1.22 : 1.0) * draws.logNormalFactor(0.45);
        basket = Math.max(12.0, basket);
        int coupons = draws.binomial(orders, traits.couponAffinity());
        boolean pushOptIn = draws.chance(RandomDraws.sigmoid(0.2 + 0.6 * engagement - (os.equals("iOS") ? 0.5 : 0.0)));

        boolean crashProne = os.equals("Android") && Customer.isBuildBefore52(appVersion);
        int tickets = draws.poisson(ticketsPer90Days(traits, orders, crashProne));
        boolean complaint = draws.chance(complaintProbability(tickets, traits));
        OptionalInt nps = draws.chance(0.26 + (pushOptIn ? 0.12 : 0) + (orders >= 2 ? 0.10 : 0) + (complaint ? 0.05 : 0))
                ? OptionalInt.of(npsAnswer(traits, complaint)) : OptionalInt.empty();

        return new Customer(number, fullName, email, market.fictionalPhone(draws), market.name(),
                snapshot.minusDays(tenure), channel, os, appVersion,
                sessions(traits), recency, orders, round2(basket), coupons, pushOptIn, payment,
                loyaltyTier(basket, orders, tenure), nps, tickets, complaint,
                lifetimeValue(basket, orders, tenure), traits);
    }

    /** The same customer one month later, given that they did not churn in between. */
    Customer oneMonthLater(Customer before, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        Traits old = before.traits();
        double persistence = 0.9; // AR(1) drift with unit stationary variance
        double drift = Math.sqrt(1 - persistence * persistence);
        Traits traits = new Traits(persistence * old.engagement() + drift * draws.gaussian(),
                old.couponAffinity(), persistence * old.satisfaction() + drift * draws.gaussian(),
                old.frustratedBrowser() && draws.chance(0.85));
        int tenure = before.tenureDays(to);

        // Orders older than (90 - days) drop out of the window; the latest old order is at age 'recency'.
        int oldWindow = Math.min(DAYS_IN_WINDOW, before.tenureDays(from) + 1);
        int keepAge = DAYS_IN_WINDOW - days;
        int keptOrders = 0;
        if (before.orders90d() > 0 && before.daysSinceLastOrder() < keepAge) {
            double keepShare = Math.min(1.0, (double) (keepAge - before.daysSinceLastOrder())
                    / Math.max(1, oldWindow - before.daysSinceLastOrder()));
            keptOrders = 1 + draws.binomial(before.orders90d() - 1, keepShare);
        }
        int newOrders = draws.poisson(ordersPer90Days(traits) * days / DAYS_IN_WINDOW);
        int recency = newOrders > 0 ? (int) (days * minOfUniforms(newOrders)) : before.daysSinceLastOrder() + days;
        int orders = keptOrders + newOrders;
        int keptCoupons = before.orders90d() == 0 ? 0
                : Math.min(keptOrders, draws.binomial(before.couponsUsed90d(), (double) keptOrders / before.orders90d()));
        int coupons = keptCoupons + draws.binomial(newOrders, traits.couponAffinity());

        String appVersion = before.appVersion();
        if (!appVersion.equals(LATEST_APP_VERSION) && draws.chance(0.05 + (traits.engagement() > 0 ? 0.05 : 0))) {
            appVersion = LATEST_APP_VERSION;
        }
        boolean pushOptIn = draws.chance(0.03) != before.pushOptIn(); // 3% flip the setting either way
        String payment = draws.chance(0.04) ? draws.pick(Market.valueOf(before.country()).paymentMix()) : before.paymentMethod();
        double basket = newOrders > 0 ? Math.max(12.0, before.avgBasketBrl() * draws.logNormalFactor(0.08)) : before.avgBasketBrl();

        boolean crashProne = before.deviceOs().equals("Android") && Customer.isBuildBefore52(appVersion);
        int newTickets = draws.poisson(ticketsPer90Days(traits, orders, crashProne) * days / DAYS_IN_WINDOW);
        int tickets = draws.binomial(before.supportTickets90d(), (double) keepAge / DAYS_IN_WINDOW) + newTickets;
        boolean complaint = (before.complaint() && draws.chance((double) keepAge / DAYS_IN_WINDOW))
                || draws.chance(complaintProbability(newTickets, traits));
        OptionalInt nps = before.nps();
        if (draws.chance(before.nps().isPresent() ? 0.10 : 0.05)) {
            nps = OptionalInt.of(npsAnswer(traits, complaint));
        }
        String tier = loyaltyTier(basket, orders, tenure);
        if (!tier.equals(before.loyaltyTier()) && !draws.chance(0.35)) {
            tier = before.loyaltyTier(); // tiers are reviewed quarterly, so most changes lag
        }

        return new Customer(before.number(), before.fullName(), before.email(), before.phone(), before.country(),
                before.signupDate(), before.acquisitionChannel(), before.deviceOs(), appVersion,
                sessions(traits), recency, orders, round2(basket), coupons, pushOptIn, payment, tier, nps,
                tickets, complaint, lifetimeValue(basket, orders, tenure), traits);
    }

    private int olderTenure(LocalDate snapshot) {
        int maximum = (int) ChronoUnit.DAYS.between(APP_LAUNCH, snapshot);
        int tenure;
        // Half are still in their first months (early churn thins them out), half are long-standing.
        double meanExtraDays = draws.chance(0.5) ? 100 : 600;
        do {
            tenure = 31 + (int) draws.exponential(meanExtraDays);
        } while (tenure > maximum);
        return tenure;
    }

    private static double ordersPer90Days(Traits traits) {
        return StrictMath.exp(0.75 + 0.8 * traits.engagement()) * (traits.frustratedBrowser() ? 0.25 : 1.0);
    }

    private int sessions(Traits traits) {
        double mean = StrictMath.exp(2.2 + 0.75 * traits.engagement()) * (traits.frustratedBrowser() ? 3.0 : 1.0);
        return draws.poisson(Math.min(150.0, mean * draws.logNormalFactor(0.4))); // bot-like traffic is filtered upstream
    }

    private static double ticketsPer90Days(Traits traits, int orders, boolean crashProne) {
        return 0.15 + 0.12 * orders + 0.25 * Math.max(0, -traits.satisfaction()) + (crashProne ? 0.3 : 0.0);
    }

    private static double complaintProbability(int tickets, Traits traits) {
        return tickets == 0 ? 0.01 : RandomDraws.sigmoid(-2.2 + 0.6 * tickets - 0.8 * traits.satisfaction());
    }

    private int npsAnswer(Traits traits, boolean complaint) {
        double score = 7.4 + 1.5 * traits.satisfaction() + 0.3 * traits.engagement()
                - (complaint ? 2.0 : 0.0) + draws.gaussian();
        return (int) Math.max(0, Math.min(10, Math.round(score)));
    }

    /** Tier follows spend and tenure with some noise (manual upgrades, expired status). */
    private String loyaltyTier(double basket, int orders, int tenure) {
        double score = StrictMath.log(basket) + 1.2 * StrictMath.log1p(orders)
                + 0.35 * Math.min(tenure / 365.0, 4.0) + 0.3 * draws.gaussian();
        if (score >= 7.85) {
            return "Platinum";
        } else if (score >= 7.05) {
            return "Gold";
        } else if (score >= 6.2) {
            return "Silver";
        }
        return "Bronze";
    }

    /** CRM estimate: yearly margin from the recent order rate times an expected remaining life. */
    private double lifetimeValue(double basket, int orders, int tenure) {
        double ordersPerYear = 0.5 + 3.2 * orders;
        double expectedYears = 1.5 + 0.3 * Math.min(tenure / 365.0, 3.0);
        return round2(basket * ordersPerYear * 0.22 * expectedYears * draws.logNormalFactor(0.1));
    }

    /** Time to the latest of {@code count} uniform events, as a share of the window. */
    private double minOfUniforms(int count) {
        double minimum = 1.0;
        for (int i = 0; i < count; i++) {
            minimum = Math.min(minimum, draws.uniform());
        }
        return minimum;
    }

    private static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String asciiSlug(String name) {
        return ASCII_SLUGS.computeIfAbsent(name, CustomerSimulator::foldToAscii);
    }

    private static String foldToAscii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}

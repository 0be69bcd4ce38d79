package app.retention.data.sample;

import java.time.LocalDate;

/**
 * What changed in the app in November, planted in the current snapshot so that the Monitor has something true to
 * find (issue 16; sample-data/README.md, "What changed in November"). Three changes, each drawn from a random stream
 * of its own so that everything else in November stays as the customers' behaviour made it:
 * <ul>
 *   <li><b>App 5.5.0</b>, released on 10 November: {@value #UPDATE_SHARE} of customers on an older build updated to
 *       it, and {@value #NEWCOMER_SHARE} of November's sign-ups installed it.</li>
 *   <li><b>Sessions counted twice on 5.5.0</b>: its new home feed opens as a session of its own, so
 *       {@code sessions_30d} is exactly {@value #SESSION_FACTOR}× what an earlier build would report for the same
 *       use. Behaviour did not change: the churn rule reads the sessions as earlier builds counted them
 *       ({@link Customer#trackedSessions()}), so a model trained on September or October over-reads them.</li>
 *   <li><b>Pix Automático</b> (recurring Pix), a new payment method in Brazil: {@value #PIX_SWITCH} of Brazilian
 *       customers who paid with Pix or Boleto made it their preferred method, as did
 *       {@value #PIX_NEWCOMER_SHARE} of Brazilian sign-ups.</li>
 * </ul>
 */
final class NovemberChanges {

    static final LocalDate RELEASE_DATE = LocalDate.of(2026, 11, 10);
    static final String NEW_APP_VERSION = "5.5.0";
    static final String NEW_PAYMENT_METHOD = "Pix Automático";
    static final double UPDATE_SHARE = 0.7;
    static final double NEWCOMER_SHARE = 0.9;
    static final int SESSION_FACTOR = 2;
    static final double PIX_SWITCH = 0.3;
    static final double PIX_NEWCOMER_SHARE = 0.25;

    private final RandomDraws draws;

    NovemberChanges(RandomDraws draws) {
        this.draws = draws;
    }

    /** The customer as November's snapshot shows them, after the release and the new payment method. */
    Customer apply(Customer c, LocalDate snapshot) {
        boolean signedUpThisMonth = c.tenureDays(snapshot) <= 30;
        boolean updated = draws.chance(signedUpThisMonth ? NEWCOMER_SHARE : UPDATE_SHARE);
        String appVersion = updated ? NEW_APP_VERSION : c.appVersion();
        int sessions = updated ? SESSION_FACTOR * c.sessions30d() : c.sessions30d();
        String payment = c.paymentMethod();
        boolean switchesPayment = draws.chance(signedUpThisMonth ? PIX_NEWCOMER_SHARE : PIX_SWITCH);
        if (c.country().equals("BR") && switchesPayment
                && (signedUpThisMonth || payment.equals("Pix") || payment.equals("Boleto"))) {
            payment = NEW_PAYMENT_METHOD;
        }
        return new Customer(c.number(), c.fullName(), c.email(), c.phone(), c.country(), c.signupDate(),
                c.acquisitionChannel(), c.deviceOs(), appVersion, sessions, c.daysSinceLastOrder(), c.orders90d(),
                c.avgBasketBrl(), c.couponsUsed90d(), c.pushOptIn(), payment, c.loyaltyTier(), c.nps(),
                c.supportTickets90d(), c.complaint(), c.clvBrl(), c.traits());
    }

    /** Sessions as builds before 5.5.0 count them. */
    static int trackedSessions(String appVersion, int reportedSessions) {
        return NEW_APP_VERSION.equals(appVersion) ? reportedSessions / SESSION_FACTOR : reportedSessions;
    }
}

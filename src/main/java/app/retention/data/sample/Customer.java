package app.retention.data.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One synthetic mobile-commerce customer as seen at a snapshot date.
 *
 * <p>The components mirror the CSV columns (see {@code sample-data/README.md}); {@link Traits}
 * holds the hidden behaviour that drives how the customer evolves and is never written out.
 *
 * @param number               sequence number behind {@code customer_id}
 * @param country              ISO 3166-1 alpha-2 code: BR, MX, CO, AR or CL
 * @param daysSinceLastOrder   days since the last order, or since sign-up if the customer never ordered
 * @param avgBasketBrl         lifetime average order value, converted to BRL
 * @param nps                  last Net Promoter answer (0-10), empty if never answered a survey
 * @param clvBrl               estimated customer lifetime value in BRL
 */
public record Customer(
        int number,
        String fullName,
        String email,
        String phone,
        String country,
        LocalDate signupDate,
        String acquisitionChannel,
        String deviceOs,
        String appVersion,
        int sessions30d,
        int daysSinceLastOrder,
        int orders90d,
        double avgBasketBrl,
        int couponsUsed90d,
        boolean pushOptIn,
        String paymentMethod,
        String loyaltyTier,
        OptionalInt nps,
        int supportTickets90d,
        boolean complaint,
        double clvBrl,
        Traits traits) {

    /** Payment methods where the shopper pays in cash or by voucher rather than with a stored card. */
    private static final Set<String> CASH_LIKE_PAYMENTS = Set.of("Boleto", "OXXO", "Cash on delivery");

    /**
     * Hidden behaviour of a customer.
     *
     * @param engagement        standard-normal propensity to open the app and buy
     * @param couponAffinity    probability that an order uses a coupon
     * @param satisfaction      standard-normal satisfaction with the service
     * @param frustratedBrowser browses a lot but rarely finds something to buy
     */
    public record Traits(double engagement, double couponAffinity, double satisfaction, boolean frustratedBrowser) { }

    /** {@code MC-000123} style identifier. */
    public String customerId() {
        return "MC-" + zeroPadded(number, 6);
    }

    /** Decimal digits of a non-negative number, left-padded with zeros to {@code width}. */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Whole days between sign-up and the snapshot date. */
    public int tenureDays(LocalDate snapshotDate) {
        return (int) ChronoUnit.DAYS.between(signupDate, snapshotDate);
    }

    /** Builds before 5.2.0 carry the checkout crash fixed in 5.2.0. */
    public boolean onAppBefore52() {
        return isBuildBefore52(appVersion);
    }

    /**
     * Sessions as builds before 5.5.0 count them: 5.5.0 reports each app open twice (its home feed is a session of its
     * own; {@link NovemberChanges}). The churn rule reads these, since behaviour did not change.
     */
    public int trackedSessions() {
        return NovemberChanges.trackedSessions(appVersion, sessions30d);
    }

    public boolean paysCashLike() {
        return isCashLikePayment(paymentMethod);
    }

    static boolean isBuildBefore52(String appVersion) {
        String[] parts = appVersion.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        return major < 5 || (major == 5 && minor < 2);
    }

    static boolean isCashLikePayment(String paymentMethod) {
        return CASH_LIKE_PAYMENTS.contains(paymentMethod);
    }

    /** Share of the last 90 days' orders that used a coupon (0 without orders). */
    public double couponShare() {
        return orders90d == 0 ? 0.0 : (double) couponsUsed90d / orders90d;
    }
}

package app.retention.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Two generated churn files with one high-cardinality column each (issue 13, docs/adr/0016, docs/benchmarks.md).
 * Deterministic: the same rows and seed give the same file, byte for byte.
 *
 * <p><b>Telecom file</b> ({@link #telecom}): a phone company's customers, shaped like the public "churn in telecom"
 * data. Each customer's churn is drawn as {@code Bernoulli(sigmoid(z))} with
 * <pre>
 *   z = -2.9 + 0.018 (day_minutes - 180) + 0.006 (eve_minutes - 200) + 0.08 (intl_minutes - 10)
 *       + 1.8 [international_plan] - 0.9 [voice_mail_plan] + 2.0 [service_calls &gt;= 4]
 *       + 0.9 [state in HIGH_CHURN_STATES]
 * </pre>
 * with {@code state} one of the 51 US codes (50 states and DC) drawn uniformly, {@code account_length} uniform on
 * 1..240 (no effect), day/eve/night minutes normal (180, 54), (200, 50), (200, 50), international minutes normal
 * (10, 2.8), all clipped at 0, service calls Poisson(1.5), plans yes with 10% and 28%. So the state carries a real
 * but modest signal: ten states churn at about twice the rate of the rest.
 *
 * <p><b>City file</b> ({@link #cities}): subscribers of a streaming service with a {@code city} of 1,100 values.
 * The first 1,100 customers take one city each, the rest are drawn by Zipf's law (weight {@code 1 / rank}), so a
 * few cities have hundreds of customers and most have one to three. Churn is {@code Bernoulli(sigmoid(z))} with
 * <pre>
 *   z = -1.2 - 0.04 (tenure_months - 36) + 0.015 (monthly_charges - 70) + 0.3 support_calls
 *       + {1.0 month-to-month, 0 one year, -1.2 two year} + 0.7 [city's region is 0 or 1]
 * </pre>
 * where a city's region is its number modulo 10: the city carries signal only through a grouping of its values
 * that no single value shows. Tenure is uniform on 1..72, charges normal (70, 30) clipped to 18..120, support
 * calls Poisson(1.2), contracts 55% / 24% / 21%.
 */
public final class HighCardinalityFiles {

    public static final List<String> STATES = List.of("AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL",
            "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC",
            "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA",
            "VT", "WA", "WI", "WV", "WY");
    /** The states where churn runs high, as in the public telecom data. */
    public static final Set<String> HIGH_CHURN_STATES = Set.of("NJ", "CA", "TX", "MD", "SC", "MI", "MS", "NV", "WA",
            "ME");
    public static final int CITIES = 1_100;
    private static final List<String> CITY_FIRST = List.of("North", "South", "East", "West", "New", "Old", "Port",
            "Fort", "Lake", "Mount", "Glen", "Green", "Red", "Silver", "Stone", "Oak", "Pine", "Maple", "Cedar", "River");
    private static final List<String> CITY_SECOND = List.of("haven", "field", "ford", "bridge", "wood", "ville",
            "ton", "burg", "port", "dale", "view", "brook", "land", "mouth", "crest", "ridge", "side", "gate", "hill",
            "vale", "wick", "stead", "moor", "bury", "worth", "by", "ham", "ley", "combe", "more", "shaw", "well",
            "mere", "thorpe", "holm", "den", "hurst", "field Park", "ford Hills", "ton Falls", "ville Heights",
            "burg Springs", "dale Junction", "view Point", "brook Mills", "land Bay", "mouth Creek", "crest Lake",
            "ridge Valley", "side Grove", "gate Harbor", "hill Station", "vale Cross", "wick Green", "stead Corner");

    private HighCardinalityFiles() {
    }

    /** The telecom file: {@code rows} customers with a 51-value {@code state}; seed 13 in the benchmarks. */
    public static Path telecom(Path file, int rows, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,state,account_length,international_plan,voice_mail_plan,number_vmail_messages,"
                + "total_day_minutes,total_eve_minutes,total_night_minutes,total_intl_minutes,customer_service_calls,"
                + "churned");
        for (int i = 0; i < rows; i++) {
            String state = STATES.get(random.nextInt(STATES.size()));
            int account = 1 + random.nextInt(240);
            boolean intl = random.nextDouble() < 0.10;
            boolean voice = random.nextDouble() < 0.28;
            int messages = voice ? 10 + random.nextInt(41) : 0;
            double day = Math.max(0, 180 + 54 * random.nextGaussian());
            double eve = Math.max(0, 200 + 50 * random.nextGaussian());
            double night = Math.max(0, 200 + 50 * random.nextGaussian());
            double international = Math.max(0, 10 + 2.8 * random.nextGaussian());
            int calls = poisson(random, 1.5);
            double z = -2.9 + 0.018 * (day - 180) + 0.006 * (eve - 200) + 0.08 * (international - 10)
                    + (intl ? 1.8 : 0) - (voice ? 0.9 : 0) + (calls >= 4 ? 2.0 : 0)
                    + (HIGH_CHURN_STATES.contains(state) ? 0.9 : 0);
            boolean churned = random.nextDouble() < sigmoid(z);
            lines.add(String.format(Locale.ROOT, "T%05d,%s,%d,%s,%s,%d,%.1f,%.1f,%.1f,%.1f,%d,%s", i + 1, state,
                    account, yes(intl), yes(voice), messages, day, eve, night, international, calls, yes(churned)));
        }
        return write(file, lines);
    }

    /** The city file: {@code rows} customers (at least 1,100) with a 1,100-value {@code city}; seed 17. */
    public static Path cities(Path file, int rows, long seed) {
        if (rows < CITIES) {
            throw new IllegalArgumentException("Every city needs a customer: at least " + CITIES + " rows.");
        }
        Random random = new Random(seed);
        double[] cumulative = new double[CITIES];
        double total = 0;
        for (int c = 0; c < CITIES; c++) {
            total += 1.0 / (c + 1);
            cumulative[c] = total;
        }
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,city,tenure_months,monthly_charges,contract,support_calls,churned");
        for (int i = 0; i < rows; i++) {
            int city = i < CITIES ? i : zipf(random, cumulative);
            int tenure = 1 + random.nextInt(72);
            double charges = Math.min(120, Math.max(18, 70 + 30 * random.nextGaussian()));
            double u = random.nextDouble();
            String contract = u < 0.55 ? "Month-to-month" : u < 0.79 ? "One year" : "Two year";
            int calls = poisson(random, 1.2);
            double z = -1.2 - 0.04 * (tenure - 36) + 0.015 * (charges - 70) + 0.3 * calls
                    + (contract.equals("Month-to-month") ? 1.0 : contract.equals("Two year") ? -1.2 : 0)
                    + (city % 10 < 2 ? 0.7 : 0);
            boolean churned = random.nextDouble() < sigmoid(z);
            lines.add(String.format(Locale.ROOT, "S%05d,%s,%d,%.2f,%s,%d,%s", i + 1, cityName(city), tenure, charges,
                    contract, calls, yes(churned)));
        }
        return write(file, lines);
    }

    /** City number {@code c} (0..1,099) as a name: "North haven", "South field", …, each different. */
    public static String cityName(int c) {
        String second = CITY_SECOND.get(c / CITY_FIRST.size());
        return CITY_FIRST.get(c % CITY_FIRST.size()) + second;
    }

    private static int zipf(Random random, double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static String yes(boolean b) {
        return b ? "Yes" : "No";
    }

    private static Path write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

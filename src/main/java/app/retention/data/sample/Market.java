package app.retention.data.sample;

import app.retention.data.sample.RandomDraws.Weighted;
import java.util.List;

/**
 * The five countries the app sells in, with what differs between them: share of the customer
 * base, phones, basket size, payment habits and the (fictional) names used for demo customers.
 */
enum Market {

    BR(0.45, 0.82, 92.0, List.of(
            new Weighted<>("Pix", 42), new Weighted<>("Credit card", 32), new Weighted<>("Boleto", 12),
            new Weighted<>("Mercado Pago", 8), new Weighted<>("Debit card", 6))),
    MX(0.22, 0.80, 105.0, List.of(
            new Weighted<>("Credit card", 28), new Weighted<>("Debit card", 20), new Weighted<>("OXXO", 20),
            new Weighted<>("Mercado Pago", 16), new Weighted<>("Cash on delivery", 16))),
    CO(0.13, 0.78, 78.0, List.of(
            new Weighted<>("PSE", 30), new Weighted<>("Credit card", 28), new Weighted<>("Cash on delivery", 22),
            new Weighted<>("Debit card", 12), new Weighted<>("Mercado Pago", 8))),
    AR(0.11, 0.76, 68.0, List.of(
            new Weighted<>("Mercado Pago", 40), new Weighted<>("Credit card", 34), new Weighted<>("Debit card", 20),
            new Weighted<>("Cash on delivery", 6))),
    CL(0.09, 0.68, 118.0, List.of(
            new Weighted<>("Credit card", 40), new Weighted<>("Debit card", 40), new Weighted<>("Mercado Pago", 14),
            new Weighted<>("Cash on delivery", 6)));

    static final List<Weighted<Market>> BY_SHARE = List.of(
            new Weighted<>(BR, BR.customerShare), new Weighted<>(MX, MX.customerShare),
            new Weighted<>(CO, CO.customerShare), new Weighted<>(AR, AR.customerShare),
            new Weighted<>(CL, CL.customerShare));

    private static final List<String> PORTUGUESE_FIRST_NAMES = List.of(
            "João", "Maria", "Ana", "José", "Antônio", "Francisca", "Lucas", "Beatriz",
            "Gabriel", "Letícia", "Rafael", "Conceição", "Thiago", "Júlia", "Mateus", "Luíza");
    private static final List<String> PORTUGUESE_SURNAMES = List.of(
            "Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Gonçalves",
            "Araújo", "Ribeiro", "Carvalho", "Rocha", "Ávila", "Nascimento", "Magalhães", "Assunção");
    private static final List<String> SPANISH_FIRST_NAMES = List.of(
            "José", "María", "Sofía", "Valentina", "Mateo", "Santiago", "Camila", "Martín",
            "Inés", "Lucía", "Joaquín", "Ximena", "Diego", "Renata", "Andrés", "Guadalupe");
    private static final List<String> SPANISH_SURNAMES = List.of(
            "García", "Martínez", "Rodríguez", "López", "Hernández", "González", "Pérez", "Sánchez",
            "Ramírez", "Muñoz", "Peña", "Castillo", "Ibáñez", "Rojas", "Ortúzar", "Alessandri");
    private static final List<String> BR_AREA_CODES = List.of("11", "21", "31", "41", "51", "61", "71", "81", "85");

    private final double customerShare;
    private final double androidShare;
    private final double medianBasketBrl;
    private final List<Weighted<String>> paymentMix;

    Market(double customerShare, double androidShare, double medianBasketBrl, List<Weighted<String>> paymentMix) {
        this.customerShare = customerShare;
        this.androidShare = androidShare;
        this.medianBasketBrl = medianBasketBrl;
        this.paymentMix = paymentMix;
    }

    double androidShare() {
        return androidShare;
    }

    double medianBasketBrl() {
        return medianBasketBrl;
    }

    List<Weighted<String>> paymentMix() {
        return paymentMix;
    }

    List<String> firstNames() {
        return this == BR ? PORTUGUESE_FIRST_NAMES : SPANISH_FIRST_NAMES;
    }

    List<String> surnames() {
        return this == BR ? PORTUGUESE_SURNAMES : SPANISH_SURNAMES;
    }

    /**
     * A mobile number in the country's usual layout. Every number sits in an all-zero block
     * (e.g. {@code +55 11 90000-1234}) that carriers do not hand out, so none should reach a real person.
     */
    String fictionalPhone(RandomDraws draws) {
        String line = Customer.zeroPadded(draws.uniformInt(0, 9999), 4);
        return switch (this) {
            case BR -> "+55 " + draws.pickUniform(BR_AREA_CODES) + " 90000-" + line;
            case MX -> "+52 55 0000 " + line;
            case CO -> "+57 300 000 " + line;
            case AR -> "+54 9 11 0000-" + line;
            case CL -> "+56 9 0000 " + line;
        };
    }
}

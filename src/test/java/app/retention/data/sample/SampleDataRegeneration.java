package app.retention.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code sample-data/mcommerce_2026_09.csv}, {@code _10.csv} and {@code _11.csv} after a
 * deliberate change to the generator. Skipped unless asked for:
 * {@code mvn test -Dtest=SampleDataRegeneration -DregenerateSampleData=true}.
 */
class SampleDataRegeneration {

    /** Size of the bundled sample: big enough for stable model comparisons, small enough to ship. */
    static final int SAMPLE_CUSTOMERS = 20_000;

    @Test
    @EnabledIfSystemProperty(named = "regenerateSampleData", matches = "true")
    void regenerateBundledSampleData() throws IOException {
        Path sampleData = Path.of(System.getProperty("retention.sampleData", "sample-data"));
        List<Path> written = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(sampleData, SAMPLE_CUSTOMERS);
        assertThat(written).allSatisfy(path -> assertThat(path).exists());
    }
}

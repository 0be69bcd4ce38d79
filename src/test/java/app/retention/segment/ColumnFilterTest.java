package app.retention.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A segment's filters are saved as JSON with the segment; those saved by earlier releases must read the same. */
class ColumnFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<ColumnFilter>> FILTERS = new TypeReference<>() { };

    @Test
    void filtersSavedWithAllFourFieldsReadAsTheirKind() throws Exception {
        String saved = "[{\"column\":\"risk_band\",\"values\":[\"High\",null],\"from\":null,\"to\":null},"
                + "{\"column\":\"clv_brl\",\"values\":null,\"from\":100.0,\"to\":500.0}]";

        assertThat(JSON.readValue(saved, FILTERS)).containsExactly(
                new ColumnFilter.OneOf(SegmentDefinition.RISK_BAND, java.util.Arrays.asList("High", null)),
                new ColumnFilter.Range("clv_brl", 100.0, 500.0));
    }

    @Test
    void filtersReadBackAsWritten() throws Exception {
        List<ColumnFilter> filters = List.of(ColumnFilter.oneOf("country", List.of("BR", "MX")),
                ColumnFilter.range(SegmentDefinition.CHURN_PROBABILITY, 0.5, null));

        assertThat(JSON.readValue(JSON.writeValueAsString(filters), FILTERS)).isEqualTo(filters);
    }

    @Test
    void aRangeIsDescribedByItsOpenEnd() {
        assertThat(ColumnFilter.range("clv_brl", null, 500.0).describe()).isEqualTo("clv_brl under 500");
        assertThat(ColumnFilter.range("clv_brl", 100.0, 500.0).describe()).isEqualTo("clv_brl from 100 to under 500");
    }

    @Test
    void aFilterWithoutValuesOrRangeIsRefused() {
        assertThatThrownBy(() -> ColumnFilter.range("clv_brl", null, null)).isInstanceOf(SegmentException.class)
                .hasMessage("The filter on clv_brl needs values or a range.");
        assertThatThrownBy(() -> ColumnFilter.oneOf("country", List.of())).isInstanceOf(SegmentException.class)
                .hasMessage("The filter on country lists no values; pick at least one.");
    }
}

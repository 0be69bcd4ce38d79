package app.retention.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export log stores a kind as words; those of earlier releases must keep reading as the same kind. */
class ExportKindTest {

    @Test
    void theWordsEarlierReleasesStoredReadAsTheirKind() {
        assertThat(ExportKind.ofLabel("call list")).isEqualTo(ExportKind.CALL_LIST);
        assertThat(ExportKind.ofLabel("segment list")).isEqualTo(ExportKind.SEGMENT_LIST);
        assertThat(ExportKind.ofLabel("campaign brief")).isEqualTo(ExportKind.CAMPAIGN_BRIEF);
    }

    @Test
    void aKindIsShownAsAHeadingWithACapital() {
        assertThat(ExportKind.CAMPAIGN_BRIEF.title()).isEqualTo("Campaign brief");
    }

    @Test
    void wordsNoKindHasAreRefused() {
        assertThatThrownBy(() -> ExportKind.ofLabel("brief")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"brief\"");
    }
}

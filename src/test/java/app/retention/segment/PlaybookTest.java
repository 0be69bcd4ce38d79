package app.retention.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookTest {

    @Test
    void defaultsRecommendAnOfferAndCallForHighANudgeForMediumAndNothingForLow() {
        Playbook playbook = Playbook.defaults();

        assertThat(playbook.actionFor("High")).isEqualTo("E-mail offer + CSM call");
        assertThat(playbook.actionFor("medium")).isEqualTo("Content nudge / push notification");
        assertThat(playbook.actionFor("Low")).isEqualTo(Playbook.NO_ACTION);
    }

    @Test
    void jsonRoundTripKeepsActionsAndOrder() {
        Playbook edited = Playbook.defaults().withAction("Medium", "SMS with a coupon").withAction("VIP", "Account manager visit");

        Playbook read = Playbook.fromJson(edited.toJson());

        assertThat(read).isEqualTo(edited);
        assertThat(read.actions().keySet()).containsExactly("High", "Medium", "Low", "VIP");
    }

    @Test
    void textRoundTripKeepsActionsAndOrder() {
        Playbook edited = Playbook.defaults().withAction("Low", "Newsletter: monthly");

        assertThat(Playbook.fromText(edited.toText())).isEqualTo(edited);
        assertThat(Playbook.fromText(edited.toText()).actionFor("Low")).isEqualTo("Newsletter: monthly");
    }

    @Test
    void textSkipsBlankAndCommentLines() {
        Playbook playbook = Playbook.fromText("# who gets what\n\nHigh: Call\r\nLow: No action\n");

        assertThat(playbook.actions()).containsExactly(java.util.Map.entry("High", "Call"),
                java.util.Map.entry("Low", "No action"));
    }

    @Test
    void aLineWithoutBandAndActionIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> Playbook.fromText("High: Call\ncall everyone\n"))
                .isInstanceOf(SegmentException.class)
                .hasMessageStartingWith("Playbook line 2, `call everyone`: write it as `Band: action`");
    }

    @Test
    void aBandWithoutActionIsRefused() {
        assertThatThrownBy(() -> Playbook.fromText("High:\n"))
                .isInstanceOf(SegmentException.class)
                .hasMessageContaining("no action for band High");
    }

    @Test
    void anUnknownBandHasNoActionAndSaysHowToAddOne() {
        assertThatThrownBy(() -> Playbook.defaults().actionFor("Critical"))
                .isInstanceOf(SegmentException.class)
                .hasMessageContaining("add a line `Critical: <action>`");
    }

    @Test
    void bandsWithoutActionAreListed() {
        RiskBands bands = RiskBands.fromCutoffs(List.of("Critical", "High", "Low"), List.of(0.8, 0.5));

        assertThat(Playbook.defaults().bandsWithoutAction(bands)).containsExactly("Critical");
    }

    @Test
    void malformedJsonIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Playbook.fromJson("[1, 2]")).isInstanceOf(SegmentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> Playbook.fromJson("{\"High\": ")).isInstanceOf(SegmentException.class)
                .hasMessageContaining("not valid JSON");
    }
}

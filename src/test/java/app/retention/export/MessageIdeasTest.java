package app.retention.export;

import app.retention.segment.ReasonCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdeasTest {

    @Test
    void sampleDataColumnsHaveTheirOwnThemes() {
        assertThat(MessageIdeas.theme("days_since_last_order", "?")).isEqualTo("Long time since the last order");
        assertThat(MessageIdeas.theme("complaint", "?")).isEqualTo("Complained recently");
        assertThat(MessageIdeas.theme("push_opt_in", "?")).isEqualTo("Push notifications turned off");
        assertThat(MessageIdeas.theme("nps", "?")).isEqualTo("Low satisfaction (NPS)");
        assertThat(MessageIdeas.theme("orders_90d", "?")).isEqualTo("Few recent orders");
    }

    @Test
    void otherDatasetsColumnsAreRecognisedByWordsInTheirNames() {
        assertThat(MessageIdeas.theme("DaySinceLastOrder", "?")).isEqualTo("Long time since the last order");
        assertThat(MessageIdeas.theme("Complain", "?")).isEqualTo("Complained recently");
        assertThat(MessageIdeas.theme("CouponUsed", "?")).isEqualTo("Coupon use");
        assertThat(MessageIdeas.theme("SatisfactionScore", "?")).isEqualTo("Low satisfaction (NPS)");
    }

    @Test
    void unknownReasonsGetGeneralIdeasUnderTheirOwnLabel() {
        List<MessageIdea> ideas = MessageIdeas.forReasons(List.of(
                new ReasonCount("Tenure", "Tenure", "Customer for 2 months", 40, 0.4)), 3);

        assertThat(ideas).singleElement().satisfies(idea -> {
            assertThat(idea.theme()).isEqualTo("Tenure");
            assertThat(idea.customers()).isEqualTo(40);
            assertThat(idea.messages()).isNotEmpty();
        });
    }

    @Test
    void ideasFollowTheReasonsOrderUpToTheLimit() {
        List<ReasonCount> reasons = List.of(new ReasonCount("complaint", "Complained", "Complained", 30, 0.3),
                new ReasonCount("nps", "NPS", "NPS 3", 20, 0.2), new ReasonCount("push_opt_in", "Push", "Push off", 10, 0.1));

        assertThat(MessageIdeas.forReasons(reasons, 2)).extracting(MessageIdea::feature).containsExactly("complaint", "nps");
    }
}
